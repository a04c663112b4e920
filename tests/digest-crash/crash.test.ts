// Exactly-once delivery across crashes: the digest runner runs as a child process and is killed with
// SIGKILL at random points of delivery (mostly right after the chat accepted a message, before the
// runner could record it), then restarted. The chat server, like Discord's enforced nonce, shows a
// message once per idempotency key; every feed item must reach the channel exactly once.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// esbuild comes with tsx; bundling the runner makes each restart take a fraction of a second.
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/bot/reply.ts";
import { openSqliteStore } from "../../src/store/sqlite-store.ts";
import { readBody, send, startTestServer } from "../fakes/http-server.ts";
import { type NewsSite, startNewsSite } from "../fakes/news-site.ts";
import { stories } from "../fixtures/digest/stories.ts";
import { random } from "./random.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const ROUNDS = 15;
// One file per test process: concurrent runs (or a copy of node_modules with hard links) never share it.
const CHILD = join(ROOT, `node_modules/.cache/newsbrief-crash/child-${process.pid}.cjs`);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);

interface Chat {
  readonly url: string;
  /** Links shown in the channel, in order. */
  readonly shown: string[];
  /** Posts repeated under a key already shown (a crash between post and ledger). */
  duplicates: number;
  /** Called after each accepted post; the test uses it to kill the runner at that moment. */
  onPost: (() => void) | null;
  close(): Promise<void>;
}

async function startChat(rand: () => number): Promise<Chat> {
  const keys = new Set<string>();
  const chat: Chat = { url: "", shown: [], duplicates: 0, onPost: null, close: async () => {} };
  const server = await startTestServer({
    "/post": async (req, res) => {
      const body = JSON.parse(await readBody(req)) as { key?: string; reply: Reply };
      const key = body.key ?? "";
      if (keys.has(key)) chat.duplicates++;
      else {
        keys.add(key);
        for (const block of body.reply.blocks)
          if (block.kind === "link") chat.shown.push(block.url);
      }
      // A slow platform widens the window between "posted" and "recorded".
      setTimeout(
        () => {
          send(res, 200, "application/json", '{"ok":true}');
          chat.onPost?.();
        },
        Math.floor(rand() * 15),
      );
    },
  });
  return Object.assign(chat, { url: server.url("/post"), close: server.close });
}

function startChild(
  db: string,
  chatUrl: string,
): { child: ChildProcess; exited: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, [CHILD], {
    cwd: ROOT,
    env: { ...process.env, CRASH_DB: db, CRASH_CHAT: chatUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, out })),
  );
  return { child, exited };
}

let dir: string;
let site: NewsSite;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-crash-"));
  site = await startNewsSite();
  await build({
    entryPoints: [join(ROOT, "tests/digest-crash/child.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: CHILD,
    external: ["better-sqlite3"],
    logLevel: "error",
  });
}, 30_000);
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(CHILD, { force: true });
});

describe("digest delivery across crashes", () => {
  it(`posts every item exactly once though the runner is killed at random points (seed ${SEED})`, async () => {
    const rand = random(SEED);
    const chat = await startChat(rand);
    const db = join(dir, "crash.db");
    let newest = 3;
    site.setFeed("/crash.xml", {
      format: "rss",
      items: stories(1, newest).map((story) => ({ story })),
      fullText: true,
    });
    const store = openSqliteStore(db);
    await store.addSubscription({
      channel: "test:room",
      feeds: [site.url("/crash.xml")],
      schedule: "hourly",
      cron: "0 * * * *",
      timeZone: "UTC",
      maxItems: 4,
      createdBy: "test",
      createdAt: Date.now(),
    });
    await store.close();

    let kills = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // The first run takes the 3 items there are (a first run skips all but the newest 4).
      if (round > 0) newest += 1 + Math.floor(rand() * 2);
      site.setFeed("/crash.xml", {
        format: "rss",
        items: stories(1, newest).map((story) => ({ story })),
        fullText: true,
      });
      const { child, exited } = startChild(db, chat.url);
      const kill = () => {
        if (child.exitCode === null && child.kill("SIGKILL")) kills++;
      };
      // The first run is not interrupted: a first run takes only the newest 4 items, so if it died
      // before recording the feed and the next round added two, the oldest would rightly be skipped.
      const mode = round === 0 ? 1 : rand();
      if (mode < 0.6) {
        // Right after the k-th message was accepted, before the runner records it.
        let left = Math.floor(rand() * 2);
        chat.onPost = () => {
          if (left-- === 0) kill();
        };
      } else if (mode < 0.85) {
        const delayMs = Math.floor(rand() * 200);
        child.stdout?.once("data", () => setTimeout(kill, delayMs));
      }
      await exited;
      chat.onPost = null;
    }

    // Restarted without crashes until nothing is left to deliver.
    let drained = false;
    let lastOut = "";
    for (let attempt = 0; attempt < 12 && !drained; attempt++) {
      const { out } = await startChild(db, chat.url).exited;
      lastOut = out;
      const lastLine = out.trim().split("\n").at(-1) ?? "{}";
      if (!lastLine.startsWith("{")) throw new Error(`the runner failed:\n${out}`);
      const last = JSON.parse(lastLine) as {
        outcome?: string;
        queued?: number;
        pending?: number;
      };
      drained = last.outcome === "nothing-new" && last.queued === 0 && last.pending === 0;
    }
    await chat.close();

    const expected = stories(1, newest).map((s) => site.url(`/story/${s.n}`));
    const counts = new Map<string, number>();
    for (const link of chat.shown) counts.set(link, (counts.get(link) ?? 0) + 1);
    expect(drained, `the last run printed: ${lastOut}`).toBe(true);
    expect(kills, "SIGKILLs").toBeGreaterThan(ROUNDS / 3);
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect([...counts.keys()].sort()).toEqual([...expected].sort());
    process.stderr.write(
      `crash test (seed ${SEED}): ${ROUNDS} runs, ${kills} SIGKILLs, ${newest} items, ${chat.shown.length} shown once each, ${chat.duplicates} re-posts caught by idempotency key\n`,
    );
  }, 90_000);
});
