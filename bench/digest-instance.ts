// One instance of `npm run bench:digest -- --instances N`: opens the store (DATABASE_URL or
// DATABASE_PATH), waits for "go" on stdin, then runs every subscription's digest (the same runner,
// run claims and leases as the scheduler), printing "d" for each digest it posts, until "stop".
// Then prints how many it posted and the CPU it used as one JSON line.
import { createInterface } from "node:readline";
import {
  type ChatPort,
  createDigestServiceFromConfig,
  createFetcher,
  fetcherOptionsFromConfig,
  loadConfig,
  openStore,
  silentLogger,
} from "../src/index.ts";

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, ALLOW_PRIVATE_URLS: "true", LOG_LEVEL: "silent" });
  const store = await openStore(config);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  let posts = 0;
  const port: ChatPort = {
    platform: "bench",
    maxMessageChars: 4000,
    supportsBlocks: false,
    async post() {
      posts++;
    },
  };
  const digests = createDigestServiceFromConfig(config, { store, logger: silentLogger(), fetcher });
  digests.attach(port);
  const subscriptions = await store.listSubscriptions();
  process.stdout.write("ready\n");
  const lines = createInterface({ input: process.stdin });
  let stopped = false;
  const go = new Promise<void>((resolve) => lines.once("line", () => resolve()));
  await go;
  lines.once("line", () => {
    stopped = true;
  });
  const cpu = process.cpuUsage();
  let delivered = 0;
  // Instances start at different subscriptions, as schedulers waking at different moments would.
  const offset = Number(process.env.BENCH_INSTANCE ?? 0) * Math.floor(subscriptions.length / 3);
  const order = [...subscriptions.slice(offset), ...subscriptions.slice(0, offset)];
  while (!stopped) {
    let posted = 0;
    for (const subscription of order) {
      if (stopped) break;
      const result = await digests.runner.run(subscription, { kind: "now" });
      if (result.outcome !== "posted") continue;
      posted++;
      process.stdout.write("d\n");
    }
    delivered += posted;
    if (posted === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `${JSON.stringify({ delivered, posts, cpuMs: (used.user + used.system) / 1000 })}\n`,
  );
  await store.close();
  await fetcher.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
