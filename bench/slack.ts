// `npm run bench:slack`: signed /brief slash commands against the Slack adapter's HTTP endpoint,
// beside a bare Bolt app that only acks, in the same run. Each app runs in its own process; the load
// generator (autocannon), the fake Slack Web API/response_url and the news site run in this one.
//   npm run bench:slack -- [--connections 100] [--duration 10] [--warmup 2] [--rounds 3]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { serve as servePage, startTestServer } from "../tests/fakes/http-server.ts";
import { seedPage } from "../tests/fakes/pages.ts";
import { startFakeSlackApi } from "../tests/fakes/slack-api.ts";
import { signedHeaders, slashCommandBody } from "../tests/fakes/slack-requests.ts";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";

type Target = "bare" | "newsbrief";

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;
// autocannon ships no types; the few fields used here are declared above.
const autocannon = createRequire(import.meta.url)("autocannon") as Cannon;

interface Measured {
  readonly target: Target;
  /** CPU time the app's process spent per acked request: unlike throughput, other load barely moves it. */
  readonly cpuUsPerAck: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly total: number;
  readonly failures: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: "string" },
      connections: { type: "string", default: "100" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      rounds: { type: "string", default: "3" },
    },
  });
  if (values.serve !== undefined) return serve(values.serve as Target);
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  // A-B-B-A order, so that a machine slowly getting busier or quieter favours neither app.
  const order: Target[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    order.push(
      ...(round % 2 === 0 ? (["bare", "newsbrief"] as const) : (["newsbrief", "bare"] as const)),
    );
  }

  const site = await startTestServer({
    "/seed": servePage("text/html; charset=utf-8", seedPage()),
  });
  const api = await startFakeSlackApi({ record: false });
  const body = slashCommandBody({
    command: "/brief",
    text: site.url("/seed"),
    responseUrl: api.responseUrl("bench"),
  });
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-bench-slack-"));
  const results: Measured[] = [];
  try {
    for (const [i, target] of order.entries()) {
      const app = await startChild(target, api.apiUrl, join(dir, `${target}-${i}.db`));
      const url = `http://127.0.0.1:${app.port}/slack/events`;
      const before = api.counts.get("response_url") ?? 0;
      const warm = await load(url, body, connections, warmup);
      const duringFrom = api.counts.get("response_url") ?? 0;
      const cpuBefore = cpuMsOf(app.pid);
      const result = await load(url, body, connections, duration);
      results.push(summarize(target, result, cpuMsOf(app.pid) - cpuBefore));
      if (target === "newsbrief") {
        const during = (api.counts.get("response_url") ?? 0) - duringFrom;
        console.log(`newsbrief: ${during} briefings delivered while the load ran (${duration} s)`);
        await reportDelivery(api.counts, before, warm.requests.total + result.requests.total);
      }
      await app.stop();
    }
  } finally {
    await api.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report(results, connections, duration);
}

function load(url: string, body: string, connections: number, seconds: number) {
  // One signature for the whole run: Slack's timestamp window is five minutes.
  const headers = signedHeaders(SECRET, body);
  return autocannon({ url, method: "POST", headers, body, connections, duration: seconds });
}

function summarize(target: Target, result: CannonResult, cpuMs: number): Measured {
  return {
    target,
    cpuUsPerAck: (cpuMs * 1000) / Math.max(1, result.requests.total),
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Waits until every acked /brief is answered at the response_url (or answers stop coming). */
async function reportDelivery(counts: Map<string, number>, before: number, acked: number) {
  const started = performance.now();
  const delivered = () => (counts.get("response_url") ?? 0) - before;
  let last = -1;
  let stableSince = performance.now();
  while (delivered() < acked && performance.now() - stableSince < 5_000) {
    if (delivered() !== last) [last, stableSince] = [delivered(), performance.now()];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const refused = acked - delivered();
  // autocannon does not count the requests still in flight when a run ends; their briefings arrive too.
  console.log(
    `newsbrief: ${delivered()} briefings delivered for ${acked} acks counted, the last ${seconds} s after the load ended` +
      (refused > 0 ? `; ${refused} refused as busy at the ack (queue full)` : ""),
  );
}

function report(results: readonly Measured[], connections: number, duration: number): void {
  console.log(`\n/brief acks, ${connections} connections, ${duration} s per run (autocannon)\n`);
  console.log(
    "| app                  | requests/s | ack p50 | ack p99 | CPU per ack | requests | failed |",
  );
  console.log(
    "| -------------------- | ---------: | ------: | ------: | ----------: | -------: | -----: |",
  );
  for (const r of results) {
    const name = r.target === "bare" ? "bare Bolt (ack only)" : "newsbrief adapter";
    const cells = [
      name.padEnd(20),
      r.rps.toFixed(0).padStart(10),
      `${r.p50} ms`.padStart(7),
      `${r.p99} ms`.padStart(7),
      `${r.cpuUsPerAck.toFixed(0)} µs`.padStart(11),
      String(r.total).padStart(8),
      String(r.failures).padStart(6),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  // Runs go in A-B pairs (bare, newsbrief or the reverse), each pair close in time: a ratio per
  // pair cancels most of what other processes on the machine do, and the median drops outliers.
  const pairs: [Measured, Measured][] = [];
  for (let i = 0; i + 1 < results.length; i += 2) {
    const [a, b] = [results[i], results[i + 1]];
    if (a === undefined || b === undefined) continue;
    pairs.push(a.target === "bare" ? [a, b] : [b, a]);
  }
  const ratio = median(pairs.map(([bare, ours]) => ours.rps / bare.rps));
  const cpuRatio = median(pairs.map(([bare, ours]) => bare.cpuUsPerAck / ours.cpuUsPerAck));
  const p99 = median(pairs.map(([, ours]) => ours.p99));
  const bareP99 = median(pairs.map(([bare]) => bare.p99));
  console.log(
    `\nthroughput newsbrief / bare Bolt, median of pairs: ${(ratio * 100).toFixed(1)}% (target ≥ 90%)`,
  );
  console.log(`the same from CPU time per ack: ${(cpuRatio * 100).toFixed(1)}%`);
  console.log(
    `ack p99, median of runs: newsbrief ${p99} ms, bare Bolt ${bareP99} ms (target < 50 ms)`,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** User + system CPU time of a process so far, from /proc (Linux); NaN elsewhere. */
function cpuMsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks * (1000 / CLOCK_TICKS_PER_SECOND);
  } catch {
    return Number.NaN;
  }
}

// USER_HZ, the unit of /proc/<pid>/stat times: 100 on Linux on every common architecture.
const CLOCK_TICKS_PER_SECOND = 100;

/** Starts one app in a child process; resolves with its port once it listens. */
async function startChild(target: Target, apiUrl: string, dbPath: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", import.meta.filename, "--serve", target],
    {
      env: { ...process.env, BENCH_API_URL: apiUrl, BENCH_DB: dbPath },
      // The adapter logs one line per command, as in production; only a failure's last words are kept.
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let lastWords = "";
  child.stderr.on("data", (chunk: Buffer) => {
    lastWords = (lastWords + chunk.toString("utf8")).slice(-2_000);
  });
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    once(lines, "line").then(([line]) => String(line)),
    once(child, "exit").then(() => null),
  ]);
  if (first === null) throw new Error(`the ${target} app did not start:\n${lastWords}`);
  const { port } = JSON.parse(first) as { port: number };
  return {
    port,
    pid: child.pid,
    async stop() {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** Child mode: runs the adapter under test, or the bare Bolt app, and prints its port. */
async function serve(target: Target): Promise<void> {
  const apiUrl = process.env.BENCH_API_URL ?? "";
  const dbPath = process.env.BENCH_DB ?? ":memory:";
  const { port, stop } =
    target === "bare" ? await serveBare(apiUrl) : await serveNewsbrief(apiUrl, dbPath);
  console.log(JSON.stringify({ port }));
  process.once("SIGTERM", () => {
    void stop().then(() => process.exit(0));
  });
}

async function serveBare(apiUrl: string) {
  const { App, LogLevel } = await import("@slack/bolt");
  const app = new App({
    token: TOKEN,
    signingSecret: SECRET,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
    // Like the adapter: without it the baseline would pay for a store the adapter does not run.
    convoStore: false,
  });
  app.command("/brief", async ({ ack, command }) => {
    await ack({ response_type: "ephemeral", text: `Reading ${command.text}…` });
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as import("node:http").Server;
  const { port } = server.address() as import("node:net").AddressInfo;
  return { port, stop: () => app.stop() };
}

async function serveNewsbrief(apiUrl: string, dbPath: string) {
  const core = await import("../src/index.ts");
  const { startSlack } = await import("../adapters/slack/main.ts");
  const config = core.loadConfig({ ALLOW_PRIVATE_URLS: "true", DATABASE_PATH: dbPath });
  // Production logging (one info line per command), written where the bench does not read it.
  const logger = core.createLogger("info");
  const store = core.openSqliteStore(config.databasePath);
  const fetcher = core.createFetcher(core.fetcherOptionsFromConfig(config));
  const articles = core.createArticleSource({ fetcher, cache: config.cache, logger });
  const bot = core.createBot({
    articles,
    store,
    logger,
    summarySentences: config.summarySentences,
  });
  const env = {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_PORT: "0",
    SLACK_HOST: "127.0.0.1",
    SLACK_API_URL: apiUrl,
  };
  const adapter = await startSlack(env, { bot, logger });
  return {
    port: adapter.port ?? 0,
    async stop() {
      await adapter.stop();
      await store.close();
      await fetcher.close();
    },
  };
}

await main();
