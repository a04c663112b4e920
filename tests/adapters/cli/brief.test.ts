import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../../adapters/cli/io.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { newsPage } from "../../fakes/pages.ts";
import { type CliRun, runCli } from "./run-cli.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const seedPath = join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt");
const seed = readFileSync(seedPath, "utf8");
const riverton = readFileSync(
  join(root, "tests", "fixtures", "summary", "riverton-flood-barrier.txt"),
  "utf8",
);

function run(args: string[], stdin = "", env: CliIo["env"] = {}): Promise<CliRun> {
  return runCli(["brief", ...args], { stdin, env });
}

describe("newsbrief brief", () => {
  it("prints a readable briefing of a file", async () => {
    const result = await run([seedPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^In Mexico, Trump Administration Promises There Will Be ‘No Mass Deportations’\n/,
    );
    expect(result.stdout).toMatch(/\nSummary\n {2}\S/);
    expect(result.stdout).toMatch(/\nKey points\n {2}• /);
    expect(result.stdout).toMatch(/584 words · 3 min read/);
  });

  it("prints JSON whose summary entries are verbatim sentences of the article", async () => {
    const result = await run([seedPath, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "title",
      "summary",
      "keyPoints",
      "people",
      "quotes",
      "stats",
    ]);
    const summary = json.summary as string[];
    expect(summary.length).toBeGreaterThan(0);
    for (const sentence of [...summary, ...(json.keyPoints as string[])])
      expect(seed).toContain(sentence);
  });

  it("takes the number of summary sentences, as --sentences N or --sentences=N", async () => {
    for (const args of [["--sentences", "1"], ["--sentences=1"]]) {
      const json = JSON.parse((await run([seedPath, "--json", ...args])).stdout);
      expect(json.summary).toHaveLength(1);
    }
  });

  it("defaults the number of sentences to SUMMARY_SENTENCES", async () => {
    const json = JSON.parse(
      (await run([seedPath, "--json"], "", { SUMMARY_SENTENCES: "1" })).stdout,
    );
    expect(json.summary).toHaveLength(1);
  });

  it("reads the article from standard input with -", async () => {
    const result = await run(["-", "--json"], riverton);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe(
      "Riverton Council Approves $4.2 Million Flood Barrier Plan",
    );
  });

  it("briefs every line of a JSONL file in one run, reporting a bad line without stopping", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-brief-"));
    const path = join(dir, "articles.jsonl");
    writeFileSync(
      path,
      [
        JSON.stringify({ id: "seed", text: seed }),
        "{not json",
        JSON.stringify({ id: 7, text: riverton }),
      ].join("\n"),
    );
    const result = await run(["--jsonl", path, "--sentences", "2"]);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["seed", null, 7]);
    expect(lines[0].summary.length).toBeLessThanOrEqual(2);
    for (const sentence of lines[0].summary) expect(seed).toContain(sentence);
    expect(lines[1]).toEqual({
      id: null,
      line: 2,
      error: { code: "INPUT_INVALID", message: "not valid JSON." },
    });
    expect(lines[2].title).toBe("Riverton Council Approves $4.2 Million Flood Barrier Plan");
    expect(result.stderr).toMatch(/line 2/);
  });

  it.each([
    [["--sentences", "0", seedPath], /--sentences takes a whole number from 1 to 10/],
    [["--sentences", "many", seedPath], /--sentences takes a whole number/],
    [[], /give a file, a URL, or - for stdin/],
    [[seedPath, "--colour"], /unknown option --colour/],
    [["--jsonl"], /--jsonl needs a file/],
  ])("rejects %j with a usage message and exit code 2", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: newsbrief brief/);
  });

  it("says which file it could not read", async () => {
    const result = await run([join(root, "no-such-article.txt")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot read .*no-such-article\.txt: no such file/);
  });

  it("refuses empty input with a clear message", async () => {
    const result = await run(["-"], "   \n");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/standard input/);
  });

  describe("with a URL", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({
        "/riverton": serve(
          "text/html; charset=utf-8",
          newsPage("Riverton approves flood barrier", riverton.split("\n\n").slice(4, 11)),
        ),
      });
    });
    afterAll(() => server.close());

    it("fetches and briefs the page, keeping its URL", async () => {
      const result = await run([server.url("/riverton"), "--json"], "", {
        ALLOW_PRIVATE_URLS: "true",
      });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.url).toBe(server.url("/riverton"));
      expect(json.summary[0]).toMatch(/^The Riverton city council voted 7-2 on Tuesday/);
    });
  });
});
