// `npm run bench:digest`: a digest of 100 feed items end to end (fetch the feed and each article page
// from a local server, brief every item, compose, record, render) in CPU and wall time; then the
// store's overhead per delivery on a WAL file.
//   npm run bench:digest -- [--items 100] [--runs 5] [--deliveries 2000]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  type Reply,
  type Store,
  silentLogger,
} from "../src/index.ts";
import { brief } from "../src/summary/brief.ts";
import { startNewsSite } from "../tests/fakes/news-site.ts";
import { stories } from "../tests/fixtures/digest/stories.ts";

const { values } = parseArgs({
  options: { items: { type: "string" }, runs: { type: "string" }, deliveries: { type: "string" } },
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
  const subscription = await subscribe(store, site.url(path));
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

function subscribe(store: Store, feed: string) {
  return store.addSubscription({
    channel: "bench:room",
    feeds: [feed],
    schedule: "daily 08:00",
    cron: "0 8 * * *",
    timeZone: "UTC",
    maxItems: ITEMS,
    createdBy: "bench",
    createdAt: Date.now(),
  });
}

/** Per one-message delivery, as the runner does it: record the plan and claim its item, complete; on a WAL file. */
async function storeOverhead(): Promise<{
  perDeliveryUs: number;
  perDeliveryCpuUs: number;
  perItemQueuedUs: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-bench-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  const subscription = await subscribe(store, "https://news.example/feed.xml");
  const items = Array.from({ length: DELIVERIES }, (_, i) => ({
    feedUrl: "https://news.example/feed.xml",
    title: `Story number ${i} about the harbour plan`,
    link: `https://news.example/story/${i}`,
    sortKey: i,
    text: "A short teaser of the story.",
    keys: [`g:${i}`, `l:news.example/story/${i}`, `t:story number ${i} about the harbour plan`],
  }));
  const state = {
    url: "https://news.example/feed.xml",
    fetchedOnce: true,
    failures: 0,
    retryAt: null,
    errorReported: false,
  };
  let started = performance.now();
  await store.recordFeedFetch({
    subscriptionId: subscription.id,
    channel: subscription.channel,
    state,
    items,
    newItemLimit: null,
    queueLimit: DELIVERIES,
    fetchedAt: Date.now(),
  });
  const perItemQueuedUs = ((performance.now() - started) * 1000) / DELIVERIES;
  const queued = await store.queuedItems(subscription.id, DELIVERIES);
  const part: Reply = {
    visibility: "channel",
    blocks: [{ kind: "paragraph", text: "x".repeat(400) }],
    fallbackText: "x".repeat(400),
  };
  started = performance.now();
  const cpu = process.cpuUsage();
  for (const [i, item] of queued.entries()) {
    const plan = {
      idempotencyKey: `bench:${i}`,
      subscriptionId: subscription.id,
      channel: subscription.channel,
      parts: [part],
      itemIds: [item.id],
      reportedFeeds: [],
      runAt: i,
    };
    const { delivery } = await store.createDelivery(plan, i);
    await store.completeDelivery(delivery.id, i);
  }
  const perDeliveryUs = ((performance.now() - started) * 1000) / queued.length;
  const used = process.cpuUsage(cpu);
  const perDeliveryCpuUs = (used.user + used.system) / queued.length;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { perDeliveryUs, perDeliveryCpuUs, perItemQueuedUs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function report(label: string, runs: Timing[]): void {
  const m = (key: keyof Timing) => median(runs.map((r) => r[key])).toFixed(0);
  console.log(
    `${label}: CPU ${m("cpuMs")} ms (${(median(runs.map((r) => r.cpuMs)) / ITEMS).toFixed(1)} ms/item), wall ${m("wallMs")} ms; ` +
      `feed fetch+parse ${m("fetchFeedMs")} ms, briefing ${m("briefMs")} ms summed over 4 items in parallel, rendering ${m("renderMs")} ms; ${m("parts")} messages, ${m("chars")} chars (median of ${runs.length})`,
  );
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
const overhead = await storeOverhead();
console.log(
  `store (SQLite WAL file, synchronous=NORMAL): ${overhead.perDeliveryUs.toFixed(0)} µs wall, ${overhead.perDeliveryCpuUs.toFixed(0)} µs CPU per one-message delivery (record + claim items, complete), ${overhead.perItemQueuedUs.toFixed(0)} µs per item queued with its 3 dedupe keys (${DELIVERIES} deliveries)`,
);
await site.close();
