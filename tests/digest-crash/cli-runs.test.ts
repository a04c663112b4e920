// Three `newsbrief digest run <id>` started together, as three cron jobs or three operators might:
// between them, each new story is posted once. On PostgreSQL when a test server is there, else on a
// SQLite file the three processes share.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/bot/reply.ts";
import { loadConfig } from "../../src/config.ts";
import { openStore } from "../../src/store/open-store.ts";
import { type NewsSite, startNewsSite } from "../fakes/news-site.ts";
import { stories } from "../fixtures/digest/stories.ts";
import { freshSchema, type TestSchema, testDatabaseUrl } from "../postgres/test-database.ts";

const ROOT = join(import.meta.dirname, "..", "..");
let site: NewsSite;
let dir: string;
let schema: TestSchema | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  site = await startNewsSite();
  dir = mkdtempSync(join(tmpdir(), "newsbrief-cli-runs-"));
  if (testDatabaseUrl !== null) schema = await freshSchema("cliruns");
  env = {
    ALLOW_PRIVATE_URLS: "true",
    ...(schema === undefined
      ? { DATABASE_PATH: join(dir, "runs.db") }
      : { DATABASE_URL: schema.url, DATABASE_SCHEMA: schema.schema }),
  };
});

afterAll(async () => {
  await site.close();
  await schema?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** `newsbrief digest run <id> --json`: the links it printed and the outcome it reported. */
function digestRun(id: number): Promise<{ links: string[]; outcome: string }> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DATABASE|SLACK|DISCORD)_/.test(name)),
  );
  const child = spawn(
    process.execPath,
    [join(ROOT, "bin/newsbrief.js"), "digest", "run", String(id), "--json"],
    {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve) =>
    child.on("exit", () => {
      const lines = out
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { reply?: Reply; result?: { outcome: string } });
      resolve({
        links: lines.flatMap((line) =>
          (line.reply?.blocks ?? []).flatMap((b) => (b.kind === "link" ? [b.url] : [])),
        ),
        outcome: lines.find((line) => line.result !== undefined)?.result?.outcome ?? out,
      });
    }),
  );
}

describe("three `newsbrief digest run` started together", () => {
  it("post each new story once between them", async () => {
    const store = await openStore(loadConfig(env));
    const feed = (newest: number) =>
      site.setFeed("/runs.xml", {
        format: "rss",
        items: stories(1, newest).map((story) => ({ story })),
        fullText: true,
      });
    feed(3);
    const sub = await store.addSubscription({
      channel: "console:main",
      feeds: [site.url("/runs.xml")],
      schedule: "hourly",
      cron: "0 * * * *",
      timeZone: "UTC",
      maxItems: 10,
      createdBy: "test",
      createdAt: Date.now(),
    });
    await store.close();

    const shown: string[] = [];
    for (const newest of [3, 6]) {
      feed(newest);
      const runs = await Promise.all([1, 2, 3].map(() => digestRun(sub.id)));
      shown.push(...runs.flatMap((run) => run.links));
      expect(runs.filter((run) => run.outcome === "posted")).toHaveLength(1);
      for (const run of runs) expect(["posted", "busy", "nothing-new"]).toContain(run.outcome);
    }
    const expected = stories(1, 6).map((s) => site.url(`/story/${s.n}`));
    expect([...shown].sort()).toEqual([...expected].sort());
  }, 120_000);
});
