import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliRun, runCli } from "./run-cli.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const seedPath = join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt");
const seed = readFileSync(seedPath, "utf8");
const tmp = mkdtempSync(join(tmpdir(), "newsbrief-quotes-"));

function run(args: string[], stdin: string | Buffer = ""): Promise<CliRun> {
  return runCli(args, { stdin });
}

interface QuotesJson {
  people: Array<{ name: string; aliases: string[]; role?: string }>;
  quotes: Array<{
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    type: string;
    confidence: number;
    cue?: string;
  }>;
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe("newsbrief quotes", () => {
  it("prints the people and every quotation as JSON, grounded in the input", async () => {
    const result = await run(["quotes", seedPath, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as QuotesJson;
    expect(Object.keys(json)).toEqual(["people", "quotes"]);
    const names = new Set(json.people.map((p) => p.name));
    expect(names).toContain("John Kelly");
    for (const p of json.people) expect(Array.isArray(p.aliases)).toBe(true);
    for (const q of json.quotes) {
      expect(seed.slice(q.start, q.end)).toBe(q.text);
      expect(["direct", "partial", "block", "indirect"]).toContain(q.type);
      if (q.speaker !== null) expect(names).toContain(q.speaker);
    }
    const kelly = json.quotes.find((q) => q.text.startsWith("This is something"));
    expect(kelly).toMatchObject({ speaker: "John Kelly", type: "direct", cue: "Kelly said" });
    // Every quotation carries the speaker model's confidence; a named cue leaves little doubt.
    for (const q of json.quotes) expect(q.confidence).toBeGreaterThanOrEqual(0);
    for (const q of json.quotes) expect(q.confidence).toBeLessThanOrEqual(1);
    expect(kelly?.confidence).toBeGreaterThan(0.9);
  });

  it("explains each speaker: confidence, the cue's rule and the features that weighed most", async () => {
    const result = await run(["quotes", seedPath, "--explain"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    const at = lines.findIndex((l) => l.includes("This is something I would really like"));
    expect(lines[at]).toMatch(/^John Kelly \((?:0\.\d\d|1\.00)\) direct: “This is something/);
    const why = lines.slice(at + 1).find((l) => l.startsWith("    rule "));
    expect(why).toMatch(/^ {4}rule verb-after; cue:name \+\d/);
    // A quotation with no cue says so, and what carried it instead.
    expect(result.stdout).toMatch(/\n {4}rule none; previous:same-paragraph \+/);
  });

  it("reads the article from standard input with -", async () => {
    const result = await run(["quotes", "-", "--json"], seed);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as QuotesJson).quotes.length).toBeGreaterThan(5);
  });

  it("prints aligned speakers and quotations for people", async () => {
    const result = await run(["quotes", seedPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Speakers: John Kelly \(Homeland Security chief\); /);
    expect(result.stdout).toMatch(/\nRex Tillerson +direct +“In a relationship/);
    // Reported speech is shown without quotation marks, as on every front end.
    expect(result.stdout).toMatch(/\nJohn Kelly +indirect +[^“\s]/);
    // The count, and no "could not be attributed" line: every quotation of the seed has a speaker
    // ("the former Exxon CEO" is Tillerson). unattributed.test.ts covers that line.
    expect(result.stdout).toMatch(/\n\d+ quotes\.\n$/);
  });

  it("reads a JSONL file in one process, one result per line, and survives a bad line", async () => {
    const path = file(
      "batch.jsonl",
      [
        JSON.stringify({ id: "a", text: '"We won," said Nora Lind.' }),
        "{not json",
        JSON.stringify({ id: "b", text: "" }),
        JSON.stringify({ id: "c", text: "Quiet day. Nothing happened." }),
      ].join("\n"),
    );
    const result = await run(["quotes", "--jsonl", path]);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(["a", null, "b", "c"]);
    expect((lines[0] as unknown as QuotesJson).quotes[0]).toMatchObject({
      text: "We won,",
      speaker: "Nora Lind",
    });
    expect(lines[1]?.error).toEqual({ code: "INPUT_INVALID", message: "not valid JSON." });
    expect(lines[2]?.error).toMatchObject({
      code: "INPUT_EMPTY",
      message: expect.stringMatching(/no text/i),
    });
    expect(lines[3]).toEqual({ id: "c", line: 4, people: [], quotes: [] });
    expect(result.stderr).toMatch(/line 2: .*not valid JSON/);
  });

  it.each([
    ["a missing file", [join(tmp, "missing.txt")], /Cannot read .*missing\.txt: no such file/],
    ["an empty file", [file("empty.txt", "  \n")], /There is no text in/],
    [
      "binary junk",
      [file("junk.bin", Buffer.from([0, 1, 2, 0, 255, 254, 0, 7]))],
      /does not look like text/,
    ],
  ])("explains %s on stderr, as JSON on stdout, and exits 1", async (_name, args, message) => {
    const result = await run(["quotes", ...args, "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    const { error } = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(error.code).toMatch(/^INPUT_/);
    expect(error.message).toMatch(message);
  });

  it("explains a usage mistake and exits 2", async () => {
    const result = await run(["quotes", "--frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option --frobnicate/);
    expect(result.stderr).toMatch(/Usage: newsbrief quotes/);
  });
});

describe("newsbrief whosaid", () => {
  it("lists what a speaker said, readable by people", async () => {
    const result = await run(["whosaid", seedPath, "Kelly"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^John Kelly \(Homeland Security chief\): 4 quotes, 1 reported\n {2}- /,
    );
    expect(result.stdout).toContain("“multiple appeals.”");
  });

  it("answers who said a phrase", async () => {
    const result = await run(["whosaid", seedPath, "control of our borders"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Who said “control of our borders”:\nLuis Videgaray:\n/);
  });

  it("prints JSON answers", async () => {
    const speaker = JSON.parse((await run(["whosaid", seedPath, "Tillerson", "--json"])).stdout);
    expect(speaker.kind).toBe("speaker");
    expect(speaker.speaker).toMatchObject({ name: "Rex Tillerson", role: "Secretary of State" });
    for (const q of speaker.quotes) expect(seed.slice(q.start, q.end)).toBe(q.text);
    const phrase = JSON.parse((await run(["whosaid", seedPath, '"tough trip"', "--json"])).stdout);
    expect(phrase.kind).toBe("phrase");
    expect(phrase.matches[0]).toMatchObject({ speaker: "Trump" });
    expect(typeof phrase.matches[0].sentence).toBe("string");
  });

  it("lists the speakers without a query", async () => {
    const result = await run(["whosaid", seedPath]);
    expect(result.stdout).toMatch(
      /^Speakers:\n {2}John Kelly \(Homeland Security chief\) +4 quotes, 1 reported\n {2}Trump \(President\) +3 quotes\n/,
    );
  });

  it("says when nothing matches and suggests the closest names", async () => {
    const result = await run(["whosaid", seedPath, "Kelley"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "Nothing in this article matches “Kelley”.\nDid you mean:\n  - John Kelly\n",
    );
  });

  it("reads the query as a name or a phrase only when asked", async () => {
    const name = JSON.parse((await run(["whosaid", seedPath, "Rex", "--json"])).stdout);
    expect(name.kind).toBe("speaker");
    const phrase = JSON.parse(
      (await run(["whosaid", seedPath, "Rex", "--phrase", "--json"])).stdout,
    );
    expect(phrase.kind).toBe("phrase");
    expect(phrase.matches[0]).toMatchObject({ speaker: "Trump" });
    expect(
      (
        JSON.parse(
          (await run(["whosaid", seedPath, "tough trip", "--speaker", "--json"])).stdout,
        ) as { kind: string }
      ).kind,
    ).toBe("none");
  });

  it("asks for quotation marks around a query of several words given apart", async () => {
    const result = await run(["whosaid", seedPath, "tough", "trip"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/put the query in quotation marks/);
  });
});
