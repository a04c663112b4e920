// `npm run bench:digest -- --store postgres --instances 3`: N newsbrief processes on one database
// deliver one digest to each of many channels (each its own feed from a local server, full text in
// the feed), taking turns through the store's run claims; measures digests delivered per second and
// the CPU every process (and the PostgreSQL server) spent per digest.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { build } from "esbuild";
import pg from "pg";
import { type Env, loadConfig, openStore } from "../src/index.ts";
import { startNewsSite } from "../tests/fakes/news-site.ts";
import { stories } from "../tests/fixtures/digest/stories.ts";
import { postgresCpuMs } from "./pg-cpu.ts";
import { subscribeBench } from "./store-cost.ts";

const ROOT = join(import.meta.dirname, "..");
const CHILD = join(ROOT, "node_modules/.cache/newsbrief-bench/digest-instance.cjs");

export interface ScaleResult {
  readonly deliveries: number;
  readonly wallMs: number;
  readonly perSecond: number;
  /** CPU of all instances together, per delivery. */
  readonly cpuMsPerDelivery: number;
  /** The PostgreSQL server's CPU per delivery, when the store is PostgreSQL on this machine. */
  readonly serverCpuMsPerDelivery: number | null;
  /** Deliveries made by each instance. */
  readonly byInstance: number[];
}

/** A database for the run: a fresh schema on PostgreSQL, or a fresh SQLite file. */
export async function benchDatabase(
  store: "sqlite" | "postgres",
  url: string,
): Promise<{ env: Env; drop(): Promise<void> }> {
  if (store === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-bench-"));
    return {
      env: { DATABASE_PATH: join(dir, "bench.db") },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `bench_${randomBytes(5).toString("hex")}`;
  return {
    env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Runs the scale-out benchmark once. */
export async function scaleBench(options: {
  env: Env;
  instances: number;
  channels: number;
  onServer: boolean;
}): Promise<ScaleResult> {
  await build({
    entryPoints: [join(ROOT, "bench/digest-instance.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: CHILD,
    external: ["better-sqlite3", "pg-native"],
    logLevel: "error",
  });
  const site = await startNewsSite();
  const store = await openStore(loadConfig(options.env));
  for (let i = 0; i < options.channels; i++) {
    site.setFeed(`/feed-${i}.xml`, {
      format: "rss",
      items: stories(i * 3 + 1, i * 3 + 3).map((story) => ({ story })),
      fullText: true,
    });
    await subscribeBench(store, site.url(`/feed-${i}.xml`), `bench:room-${i}`);
  }
  await store.close();
  const children = Array.from({ length: options.instances }, (_, i) => startChild(options.env, i));
  await Promise.all(children.map((child) => child.ready));
  let delivered = 0;
  const done = new Promise<number>((resolve) => {
    for (const child of children)
      child.onDelivery(() => {
        if (++delivered === options.channels) resolve(performance.now());
      });
  });
  const serverBefore = options.onServer ? postgresCpuMs() : null;
  const started = performance.now();
  for (const child of children) child.process.stdin?.write("go\n");
  const finished = await done;
  const serverAfter = options.onServer ? postgresCpuMs() : null;
  for (const child of children) child.process.stdin?.write("stop\n");
  const results = await Promise.all(children.map((child) => child.result));
  await site.close();
  const wallMs = finished - started;
  const cpuMs = results.reduce((sum, r) => sum + r.cpuMs, 0);
  return {
    deliveries: delivered,
    wallMs,
    perSecond: (delivered * 1000) / wallMs,
    cpuMsPerDelivery: cpuMs / delivered,
    serverCpuMsPerDelivery:
      serverBefore === null || serverAfter === null
        ? null
        : (serverAfter - serverBefore) / delivered,
    byInstance: results.map((r) => r.delivered),
  };
}

function startChild(env: Env, index: number) {
  const child: ChildProcess = spawn(process.execPath, [CHILD], {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_INSTANCE: String(index) },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const listeners: (() => void)[] = [];
  let resolveReady = () => {};
  let resolveResult = (_: { delivered: number; cpuMs: number }) => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const result = new Promise<{ delivered: number; cpuMs: number }>((resolve, reject) => {
    resolveResult = resolve;
    child.once("exit", (code) => reject(new Error(`bench instance ${index} exited (${code})`)));
  });
  lines.on("line", (line) => {
    if (line === "ready") resolveReady();
    else if (line === "d") for (const listener of listeners) listener();
    else if (line.startsWith("{")) resolveResult(JSON.parse(line));
  });
  return {
    process: child,
    ready,
    result,
    onDelivery: (listener: () => void) => listeners.push(listener),
  };
}
