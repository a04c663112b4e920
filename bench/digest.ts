// `npm run bench:digest`: a digest of 100 feed items end to end (fetch the feed and each article page
// from a local server, brief every item, compose, record, render) in CPU and wall time; then the
// store's overhead per delivery on a WAL file.
//   npm run bench:digest -- [--items 100] [--runs 5] [--deliveries 2000]
// With --store or --instances, the scale-out benchmark instead: the store's cost per delivery on
// that store, and N processes delivering one digest to each of --channels channels (digests/s).
//   npm run bench:digest -- --store postgres --instances 3 [--channels 300] [--database-url URL]
// PostgreSQL: --database-url, else TEST_DATABASE_URL, else the server `npm run db:start` starts.
import { parseArgs } from "node:util";
import { renderPlain } from "../adapters/console/render.ts";
import {
  type ChatPort,
  createArticleSource,
  createDigestService,
  createFeedFetcher,
  createFetcher,
  createItemBriefer,
  fetcherOptionsFromConfig,
  loadConfig,
  openSqliteStore,
  openStore,
  type Reply,
  silentLogger,
} from "../src/index.ts";
import { brief } from "../src/summary/brief.ts";
import { startNewsSite } from "../tests/fakes/news-site.ts";
import { stories } from "../tests/fixtures/digest/stories.ts";

import { benchDatabase, scaleBench } from "./digest-scale.ts";
import { measureStoreCost, subscribeBench } from "./store-cost.ts";

const { values } = parseArgs({
  options: {
    items: { type: "string" },
    runs: { type: "string" },
    deliveries: { type: "string" },
    store: { type: "string" },
    instances: { type: "string" },
    channels: { type: "string" },
    "database-url": { type: "string" },
  },
});
const ITEMS = Number(values.items ?? 100);
const RUNS = Number(values.runs ?? 5);
const DELIVERIES = Number(values.deliveries ?? 2000);

interface Timing {
  cpuMs: number;
  wallMs: number;
  fetchFeedMs: number;
  briefMs: number;
  renderMs: number;
  parts: number;
  chars: number;
}

const site = await startNewsSite();
const config = loadConfig({ ALLOW_PRIVATE_URLS: "true" });

async function digestRun(fullText: boolean): Promise<Timing> {
  const path = `/bench-${fullText ? "full" : "teaser"}.xml`;
  site.setFeed(path, {
    format: "rss",
    items: stories(1, ITEMS).map((story) => ({ story })),
    fullText,
  });
  const store = openSqliteStore(":memory:");
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const logger = silentLogger();
  const articles = createArticleSource({ fetcher, cache: config.cache, logger });
  const timing = { fetchFeedMs: 0, briefMs: 0, renderMs: 0, parts: 0, chars: 0 };
  const fetchFeed = createFeedFetcher(fetcher);
  const briefItem = createItemBriefer({
    brief,
    logger,
    analyzeUrl: (url) => articles.analyze(url),
  });
  const port: ChatPort = {
    platform: "bench",
    maxMessageChars: 4000,
    supportsBlocks: false,
    async post(_channel, reply: Reply) {
      const started = performance.now();
      timing.chars += renderPlain(reply).length;
      timing.renderMs += performance.now() - started;
      timing.parts++;
    },
  };
  const service = createDigestService({
    store,
    logger,
    checkFeeds: false,
    defaults: { maxItems: ITEMS },
    fetchFeed: async (url, conditional) => {
      const started = performance.now();
      try {
        return await fetchFeed(url, conditional);
      } finally {
        timing.fetchFeedMs += performance.now() - started;
      }
    },
    briefItem: async (item) => {
      const started = performance.now();
      try {
        return await briefItem(item);
      } finally {
        timing.briefMs += performance.now() - started;
      }
    },
  });
  service.attach(port);
  const subscription = await subscribeBench(store, site.url(path), "bench:room", ITEMS);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = await service.runner.run(subscription, { kind: "now" });
  const wallMs = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  if (result.items !== ITEMS)
    throw new Error(`expected ${ITEMS} items, got ${result.items} (${result.outcome})`);
  await store.close();
  await fetcher.close();
  return { cpuMs: (used.user + used.system) / 1000, wallMs, ...timing };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function report(label: string, runs: Timing[]): void {
  const m = (key: keyof Timing) => median(runs.map((r) => r[key])).toFixed(0);
  console.log(
    `${label}: CPU ${m("cpuMs")} ms (${(median(runs.map((r) => r.cpuMs)) / ITEMS).toFixed(1)} ms/item), wall ${m("wallMs")} ms; ` +
      `feed fetch+parse ${m("fetchFeedMs")} ms, briefing ${m("briefMs")} ms summed over 4 items in parallel, rendering ${m("renderMs")} ms; ${m("parts")} messages, ${m("chars")} chars (median of ${runs.length})`,
  );
}

async function scaleOut(): Promise<void> {
  const kind = values.store === "postgres" ? "postgres" : "sqlite";
  const url =
    values["database-url"] ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:55432/postgres";
  const instances = Number(values.instances ?? 1);
  const channels = Number(values.channels ?? 300);
  const costDb = await benchDatabase(kind, url);
  const store = await openStore(loadConfig(costDb.env));
  const cost = await measureStoreCost(store, DELIVERIES, kind === "postgres");
  await store.close();
  await costDb.drop();
  const server =
    cost.perDeliveryServerCpuUs === null
      ? ""
      : ` + ${cost.perDeliveryServerCpuUs.toFixed(0)} µs PostgreSQL server CPU`;
  console.log(
    `store (${kind}): ${cost.perDeliveryUs.toFixed(0)} µs wall, ${cost.perDeliveryCpuUs.toFixed(0)} µs CPU${server} per one-message delivery (record + claim items, complete; ${DELIVERIES} deliveries), ${cost.perItemQueuedUs.toFixed(0)} µs per item queued with its 3 dedupe keys`,
  );
  const db = await benchDatabase(kind, url);
  const result = await scaleBench({
    env: db.env,
    instances,
    channels,
    onServer: kind === "postgres",
  });
  await db.drop();
  const serverCpu =
    result.serverCpuMsPerDelivery === null
      ? ""
      : ` + ${result.serverCpuMsPerDelivery.toFixed(1)} ms PostgreSQL server CPU`;
  console.log(
    `${instances} instance(s) on ${kind}: ${result.deliveries} digests (3 stories each, one per channel) in ${(result.wallMs / 1000).toFixed(1)} s = ${result.perSecond.toFixed(0)} digests/s; ` +
      `${result.cpuMsPerDelivery.toFixed(1)} ms CPU per digest across instances${serverCpu}; per instance ${result.byInstance.join(" / ")}`,
  );
}

if (values.store !== undefined || values.instances !== undefined) {
  await scaleOut();
  await site.close();
  process.exit(0);
}

await digestRun(true); // warm-up: JIT, module caches
for (const fullText of [true, false]) {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await digestRun(fullText));
  report(
    `${ITEMS}-item digest, ${fullText ? "full text in the feed" : "teasers: each article page fetched"}`,
    runs,
  );
}
const costDb = await benchDatabase("sqlite", "");
const costStore = await openStore(loadConfig(costDb.env));
const overhead = await measureStoreCost(costStore, DELIVERIES, false);
await costStore.close();
await costDb.drop();
console.log(
  `store (SQLite WAL file, synchronous=NORMAL): ${overhead.perDeliveryUs.toFixed(0)} µs wall, ${overhead.perDeliveryCpuUs.toFixed(0)} µs CPU per one-message delivery (record + claim items, complete), ${overhead.perItemQueuedUs.toFixed(0)} µs per item queued with its 3 dedupe keys (${DELIVERIES} deliveries)`,
);
await site.close();
