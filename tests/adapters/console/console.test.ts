import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNewsbrief } from "../../../adapters/main.ts";
import { openSqliteStore } from "../../../src/index.ts";
import { type NewsSite, startNewsSite } from "../../fakes/news-site.ts";
import { stories } from "../../fixtures/digest/stories.ts";

let dir: string;
let site: NewsSite;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-console-"));
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

let dbCount = 0;
/** Runs the whole process wiring with the given lines on a pipe; returns what it printed and its exit code. */
async function session(lines: string[], env: Record<string, string> = {}) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const db = env.DATABASE_PATH ?? join(dir, `console-${++dbCount}.db`);
  stdin.end(lines.map((line) => `${line}\n`).join(""));
  const code = await runNewsbrief(
    { LOG_LEVEL: "silent", ...env, DATABASE_PATH: db },
    { stdin, stdout, stderr, stopSignal: new Promise(() => {}) },
  );
  return { code, out, err, db };
}

describe("the console adapter (npm start with no platform configured)", () => {
  it("briefs the seed article first, answers piped commands, and exits cleanly at the end of input", async () => {
    const { code, out, db } = await session(["/whosaid Kelly"]);
    expect(code).toBe(0);
    const seed = out.indexOf("Briefing the sample article (");
    const title = out.indexOf(
      "== In Mexico, Trump Administration Promises There Will Be ‘No Mass Deportations’ ==",
    );
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(title).toBeGreaterThan(seed);
    const answer = out.slice(out.indexOf("== What John Kelly said ==")).replace(/\s+/g, " ");
    expect(out.indexOf("== What John Kelly said ==")).toBeGreaterThan(title);
    expect(answer).toContain("There will be no — repeat, no — mass deportations.");
    // The database was closed: it opens again and holds the console's current article.
    const store = openSqliteStore(db);
    expect((await store.getCurrentArticle("console:main"))?.text).toMatch(
      /^In Mexico, Trump Administration/,
    );
    await store.close();
  });

  it("skips the seed with CONSOLE_SEED=off and briefs a pasted article ended by a dot", async () => {
    const [story] = stories(5, 5);
    const { out } = await session(["/brief", ...(story?.text.split("\n") ?? []), ".", "/whosaid"], {
      CONSOLE_SEED: "off",
    });
    expect(out).not.toContain("sample article");
    expect(out).toContain(story?.text.split("\n\n")[0]?.slice(0, 60));
  });

  it("says how many quotes could not be attributed, in the briefing and in /whosaid", async () => {
    const article = join(
      import.meta.dirname,
      "../../fixtures/present/market-flood-unattributed.txt",
    );
    const { out } = await session(["/whosaid"], { CONSOLE_SEED: article });
    const briefing = out.slice(out.indexOf("== Rain closes the covered market =="));
    expect(briefing).toContain("\n2 quotes could not be attributed.\n");
    expect(out).toContain("2 quotes could not be attributed in “Rain closes the covered market”.");
  });

  it("adds a digest, lists it and prints it in the terminal with /digest now", async () => {
    site.setFeed("/console.xml", {
      format: "rss",
      items: stories(1, 3).map((s) => ({ story: s })),
      fullText: true,
    });
    const feed = site.url("/console.xml");
    const { out } = await session(
      [
        `/digest add ${feed} weekdays 07:30 Europe/Paris`,
        "/digest list",
        "/digest now 1",
        "/digest now 1",
      ],
      {
        CONSOLE_SEED: "off",
        ALLOW_PRIVATE_URLS: "true",
      },
    );
    expect(out).toContain("== Digest #1 added ==");
    expect(out).toContain("weekdays 07:30 (Europe/Paris)");
    expect(out.replace(/\s+/g, " ")).toMatch(
      /#1: weekdays 07:30 \(Europe\/Paris\), next .*; http:\/\/127\.0\.0\.1:\d+\/console\.xml/,
    );
    expect(out).toContain("== News digest: 3 new stories ==");
    for (const s of stories(1, 3))
      expect(out).toContain(`${s.title} <${site.url(`/story/${s.n}`)}>`);
    expect(out).toContain("Digest #1 posted: 3 new stories.");
    expect(out).toContain("Nothing new for digest #1 since the last one.");
  });

  it("answers mistakes with what went wrong and what to do, and keeps going", async () => {
    const { code, out } = await session(
      ["/digest remove 9", "hello there", "/frobnicate", "/digest add ftp://x", "/whosaid"],
      {
        CONSOLE_SEED: "off",
      },
    );
    expect(code).toBe(0);
    expect(out).toContain("There is no digest #9 in this channel");
    expect(out).toContain("Commands: /brief");
    expect(out).toContain("Unknown command /frobnicate.");
    expect(out).toMatch(/only http and https/);
    expect(out).toMatch(/No article has been briefed in this channel yet/);
  });

  it("refuses a bad configuration before starting, naming the variable", async () => {
    await expect(session([], { DIGEST_MAX_ITEMS: "many" })).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("DIGEST_MAX_ITEMS"),
    });
    await expect(session([], { CONSOLE_SEED: join(dir, "missing.txt") })).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("CONSOLE_SEED"),
    });
  });
});
