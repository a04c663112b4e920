// The store's cost per digest delivery, as the runner pays it: record the plan and claim its item,
// then complete it; and per new feed item queued with its dedupe keys. On SQLite or PostgreSQL.
import type { Reply, Store } from "../src/index.ts";
import { postgresCpuMs } from "./pg-cpu.ts";

export interface StoreCost {
  /** Wall time per one-message delivery. */
  readonly perDeliveryUs: number;
  /** This process's CPU per delivery. */
  readonly perDeliveryCpuUs: number;
  /** The PostgreSQL server's CPU per delivery (null for SQLite, or off Linux). */
  readonly perDeliveryServerCpuUs: number | null;
  readonly perItemQueuedUs: number;
}

/** Adds the subscription the benchmarks deliver to. */
export function subscribeBench(store: Store, feed: string, channel = "bench:room", maxItems = 10) {
  return store.addSubscription({
    channel,
    feeds: [feed],
    schedule: "daily 08:00",
    cron: "0 8 * * *",
    timeZone: "UTC",
    maxItems,
    createdBy: "bench",
    createdAt: Date.now(),
  });
}

/** Measures `deliveries` one-message deliveries on a fresh store. */
export async function measureStoreCost(
  store: Store,
  deliveries: number,
  onServer: boolean,
): Promise<StoreCost> {
  const subscription = await subscribeBench(store, "https://news.example/feed.xml");
  const items = Array.from({ length: deliveries }, (_, i) => ({
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
    queueLimit: deliveries,
    fetchedAt: Date.now(),
  });
  const perItemQueuedUs = ((performance.now() - started) * 1000) / deliveries;
  const queued = await store.queuedItems(subscription.id, deliveries);
  const part: Reply = {
    visibility: "channel",
    blocks: [{ kind: "paragraph", text: "x".repeat(400) }],
    fallbackText: "x".repeat(400),
  };
  started = performance.now();
  const cpu = process.cpuUsage();
  const serverBefore = onServer ? postgresCpuMs() : null;
  for (const [i, item] of queued.entries()) {
    const plan = {
      idempotencyKey: `bench:${i}`,
      subscriptionId: subscription.id,
      channel: subscription.channel,
      parts: [part],
      itemIds: [item.id],
      reportedFeeds: [],
      runAt: i,
      lease: { owner: "bench", until: Date.now() + 60_000 },
    };
    const { delivery } = await store.createDelivery(plan, i);
    await store.completeDelivery(delivery.id, i);
  }
  const perDeliveryUs = ((performance.now() - started) * 1000) / queued.length;
  const used = process.cpuUsage(cpu);
  const serverAfter = onServer ? postgresCpuMs() : null;
  return {
    perDeliveryUs,
    perDeliveryCpuUs: (used.user + used.system) / queued.length,
    perDeliveryServerCpuUs:
      serverBefore === null || serverAfter === null
        ? null
        : ((serverAfter - serverBefore) * 1000) / queued.length,
    perItemQueuedUs,
  };
}
