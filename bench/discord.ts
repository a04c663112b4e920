// `npm run bench:discord`: interactions per second through the fake gateway to the callback, and the
// time from dispatch to callback (p50, p99), for /whosaid answered at once and for autocomplete.
// The fake Discord runs in this process with the adapter, so the numbers include its own work.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDiscord } from "../adapters/discord/main.ts";
import {
  createArticleSource,
  createBot,
  createFetcher,
  fetcherOptionsFromConfig,
  loadConfig,
  openSqliteStore,
  silentLogger,
} from "../src/index.ts";
import {
  autocompleteInteraction,
  type InteractionTarget,
  type SlashCommand,
  slashInteraction,
} from "../tests/fakes/discord-interactions.ts";
import { type FakeDiscord, startFakeDiscord } from "../tests/fakes/discord-server.ts";

const TOTAL = Number(process.argv[2] ?? 3_000);
const CONCURRENCY = Number(process.argv[3] ?? 32);
const WARMUP = 300;

interface RunStats {
  readonly name: string;
  readonly count: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** CPU time of this process (adapter, core and fake) per interaction: steadier than wall time on a busy machine. */
  readonly cpuMsPerInteraction: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Sends `count` interactions, at most `concurrency` unanswered at once; each ends at its callback. */
async function drive(
  fake: FakeDiscord,
  build: () => Record<string, unknown>,
  count: number,
  concurrency: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const pending = new Map<string, () => void>();
  const stop = fake.onRequest((request) => {
    const id = /\/interactions\/(\d+)\//.exec(request.path)?.[1];
    const done = id === undefined ? undefined : pending.get(id);
    if (id === undefined || done === undefined) return;
    pending.delete(id);
    latencies.push(request.at - (fake.dispatchedAt(id) ?? request.at));
    done();
  });
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent++;
      const payload = build();
      const answered = new Promise<void>((resolve) => pending.set(String(payload.id), resolve));
      fake.dispatchInteraction(payload);
      await answered;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  stop();
  return latencies;
}

async function measure(
  name: string,
  fake: FakeDiscord,
  build: () => Record<string, unknown>,
  concurrency: number,
): Promise<RunStats> {
  await drive(fake, build, WARMUP, concurrency);
  fake.requests.length = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const latencies = await drive(fake, build, TOTAL, concurrency);
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpu);
  const failed = fake.requests.filter((r) => r.status >= 400);
  if (failed.length > 0)
    throw new Error(`${failed.length} callbacks were refused: ${failed[0]?.status}`);
  const sorted = [...latencies].sort((a, b) => a - b);
  fake.requests.length = 0;
  return {
    name,
    count: TOTAL,
    perSecond: TOTAL / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    cpuMsPerInteraction: (cpuUsed.user + cpuUsed.system) / 1000 / TOTAL,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-bench-discord-"));
  const fake = await startFakeDiscord();
  const config = loadConfig({ DATABASE_PATH: join(dir, "bench.db") });
  const store = openSqliteStore(config.databasePath);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const logger = silentLogger();
  const articles = createArticleSource({ fetcher, cache: config.cache });
  const bot = createBot({ articles, store, logger });
  const adapter = await startDiscord(
    {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    },
    { bot, logger },
  );
  const guild = fake.guilds[0];
  const target: InteractionTarget = {
    applicationId: fake.applicationId,
    guildId: guild?.id ?? "",
    channelId: guild?.channelIds[0] ?? "",
    user: { id: "400000000000000004", username: "bench" },
  };
  const seed = readFileSync(
    join(import.meta.dirname, "..", "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"),
    "utf8",
  );
  await bot.brief({ channel: `discord:${target.channelId}`, user: { id: "bench" } }, seed);

  const slash = (command: SlashCommand) => () => slashInteraction(target, command);
  const runs: RunStats[] = [];
  for (const concurrency of [1, CONCURRENCY]) {
    runs.push(
      await measure(
        `/whosaid speaker:Kelly (reply), ${concurrency} in flight`,
        fake,
        slash({ name: "whosaid", options: [{ name: "speaker", value: "Kelly" }] }),
        concurrency,
      ),
    );
  }
  runs.push(
    await measure(
      `autocomplete speaker:"Ke", ${CONCURRENCY} in flight`,
      fake,
      () =>
        autocompleteInteraction(target, {
          name: "whosaid",
          options: [{ name: "speaker", value: "Ke", focused: true }],
        }),
      CONCURRENCY,
    ),
  );
  await adapter.stop();
  await store.close();
  await fetcher.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });

  console.log(
    `Discord adapter: ${TOTAL} interactions per run after ${WARMUP} warm-up, Node ${process.version}`,
  );
  console.log("run | interactions/s | p50 ms | p99 ms | max ms | CPU ms each");
  for (const run of runs) {
    const cells = [
      run.perSecond.toFixed(0),
      run.p50Ms,
      run.p99Ms,
      run.maxMs,
      run.cpuMsPerInteraction,
    ];
    console.log(
      [run.name, ...cells.map((c) => (typeof c === "number" ? c.toFixed(2) : c))].join(" | "),
    );
  }
}

await main();
