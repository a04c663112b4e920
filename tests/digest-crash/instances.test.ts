// Exactly once across instances: three newsbrief processes run digests on one PostgreSQL (each
// looks every 200 ms, resuming what is pending and running the digest), rounds of new feed items arrive, and an instance is killed with
// SIGKILL right after the chat accepted one of its messages, before it could record it. Another
// instance must resume that delivery once its lease expires, and every item must reach the channel
// exactly once (the chat, like Discord's enforced nonce, shows a message once per idempotency key).
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/bot/reply.ts";
import { openPostgresStore } from "../../src/store/pg-store.ts";
import type { Store } from "../../src/store/store.ts";
import { type NewsSite, startNewsSite } from "../fakes/news-site.ts";
import { stories } from "../fixtures/digest/stories.ts";
import { freshSchema, type TestSchema, testDatabaseUrl } from "../postgres/test-database.ts";
import { random } from "./random.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const CHILD = join(ROOT, `node_modules/.cache/newsbrief-crash/instance-child-${process.pid}.cjs`);
const ROUNDS = 20;
const LEASE_MS = 2_000;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);

interface Post {
  readonly key: string;
  readonly instance: string;
  readonly resumed: boolean;
  readonly at: number;
}

interface Chat {
  readonly url: string;
  readonly shown: string[];
  readonly posts: Post[];
  duplicates: number;
  /** Called after each accepted post, with the instance that made it. */
  onPost: ((instance: string) => void) | null;
  close(): Promise<void>;
}

async function startChat(): Promise<Chat> {
  const keys = new Set<string>();
  const chat: Chat = {
    url: "",
    shown: [],
    posts: [],
    duplicates: 0,
    onPost: null,
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Omit<Post, "at"> & {
        reply: Reply;
      };
      chat.posts.push({
        key: body.key,
        instance: body.instance,
        resumed: body.resumed,
        at: Date.now(),
      });
      if (keys.has(body.key)) chat.duplicates++;
      else {
        keys.add(body.key);
        for (const block of body.reply.blocks)
          if (block.kind === "link") chat.shown.push(block.url);
      }
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      chat.onPost?.(body.instance);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(chat, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/post`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

let schema: TestSchema;
let site: NewsSite;
let chat: Chat;
let store: Store;
const children = new Map<string, ChildProcess>();

function startInstance(name: string): Promise<void> {
  const child = spawn(process.execPath, [CHILD], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: schema.url,
      DATABASE_SCHEMA: schema.schema,
      DATABASE_POOL_MAX: "4",
      DIGEST_LEASE_MS: String(LEASE_MS),
      CRASH_CHAT: chat.url,
      CRASH_INSTANCE: name,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.set(name, child);
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) =>
      reject(new Error(`instance ${name} exited (${code}) before ready`)),
    );
  });
}

function kill(name: string): Promise<void> {
  const child = children.get(name);
  if (child === undefined || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGKILL");
  return exited;
}

async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

beforeAll(async () => {
  if (testDatabaseUrl === null) return;
  schema = await freshSchema("crash");
  site = await startNewsSite();
  chat = await startChat();
  store = await openPostgresStore({ url: schema.url, schema: schema.schema, poolMax: 2 });
  await build({
    entryPoints: [join(ROOT, "tests/digest-crash/instance-child.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: CHILD,
    external: ["better-sqlite3", "pg-native"],
    logLevel: "error",
  });
}, 60_000);

afterAll(async () => {
  if (testDatabaseUrl === null) return;
  await Promise.all([...children.keys()].map(kill));
  await store.close();
  await chat.close();
  await site.close();
  await schema.drop();
  rmSync(CHILD, { force: true });
});

describe.skipIf(testDatabaseUrl === null)("three instances on one PostgreSQL", () => {
  it(`deliver every item exactly once though instances are killed mid-digest (seed ${SEED})`, async () => {
    const rand = random(SEED);
    let newest = 3;
    const feed = () =>
      site.setFeed("/crash.xml", {
        format: "rss",
        items: stories(1, newest).map((story) => ({ story })),
        fullText: true,
      });
    feed();
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
    await Promise.all(["a", "b", "c"].map(startInstance));
    const expected = () => stories(1, newest).map((s) => site.url(`/story/${s.n}`));
    const allShown = () => expected().every((link) => chat.shown.includes(link));
    expect(await waitUntil(allShown, 20_000)).toBe(true);

    const resumeDelays: number[] = [];
    let kills = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      newest += 1 + Math.floor(rand() * 2);
      const victim = rand() < 0.6;
      let killed: { name: string; at: number; posts: number } | null = null;
      if (victim) {
        chat.onPost = (name) => {
          chat.onPost = null;
          killed = { name, at: Date.now(), posts: chat.posts.length };
          kills++;
          void kill(name);
        };
      }
      feed();
      expect(await waitUntil(allShown, 20_000), `round ${round}: items shown`).toBe(true);
      chat.onPost = null;
      const k = killed as { name: string; at: number; posts: number } | null;
      if (k !== null) {
        // If its delivery was left pending, a survivor must take it over once the lease expires.
        await waitUntil(async () => (await store.pendingDeliveries()).length === 0, 3 * LEASE_MS);
        const resumed = chat.posts
          .slice(k.posts)
          .find((post) => post.resumed && post.instance !== k.name);
        if (resumed !== undefined) resumeDelays.push(resumed.at - k.at);
        await startInstance(k.name);
      }
    }
    chat.onPost = null;
    expect(
      await waitUntil(async () => (await store.pendingDeliveries()).length === 0, 10_000),
    ).toBe(true);

    const counts = new Map<string, number>();
    for (const link of chat.shown) counts.set(link, (counts.get(link) ?? 0) + 1);
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect([...counts.keys()].sort()).toEqual(expected().sort());
    expect(kills).toBeGreaterThanOrEqual(ROUNDS / 4);
    expect(resumeDelays.length).toBeGreaterThan(0);
    // Resumed when the lease ran out, plus one look (200 ms) and the post.
    for (const delay of resumeDelays) expect(delay).toBeLessThan(LEASE_MS + 2_500);
    const posters = new Set(chat.posts.map((post) => post.instance));
    expect(posters.size).toBe(3);
    process.stderr.write(
      `multi-instance crash test (seed ${SEED}): ${ROUNDS} rounds, ${kills} SIGKILLs, ${newest} items shown once each, ` +
        `${resumeDelays.length} deliveries resumed by another instance after ${resumeDelays.map((d) => `${d} ms`).join(", ")} (lease ${LEASE_MS} ms), ` +
        `${chat.duplicates} re-posts caught by idempotency key\n`,
    );
  }, 240_000);
});
