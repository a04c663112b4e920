// Several instances on one database: each runs the scheduler, and the store's run claims and
// delivery leases decide who posts. Same tests on a shared SQLite file and on PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { PostOptions } from "../../../src/bot/ports.ts";
import type { Reply } from "../../../src/bot/reply.ts";
import { createItemBriefer } from "../../../src/digest/brief-item.ts";
import { createDigestService, type DigestService } from "../../../src/digest/service.ts";
import { buildSubscription } from "../../../src/digest/subscribe.ts";
import { silentLogger } from "../../../src/log.ts";
import { openPostgresStore } from "../../../src/store/pg-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import type { Store } from "../../../src/store/store.ts";
import { freshSchema, testDatabaseUrl } from "../../postgres/test-database.ts";
import { FakeClock } from "./fake-clock.ts";
import { MemoryFeeds, RecordingPort, story } from "./helpers.ts";

const FEED = "https://news.example/feed.xml";
const LEASE_MS = 60_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `count` handles on one database, as `count` processes would open it. */
type OpenStores = (count: number) => Promise<Store[]>;

const sqliteStores: OpenStores = async (count) => {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-instances-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return Array.from({ length: count }, () => openSqliteStore(join(dir, "shared.db")));
};

const postgresStores: OpenStores = async (count) => {
  const schema = await freshSchema("instances");
  cleanups.push(() => schema.drop());
  return Promise.all(
    Array.from({ length: count }, () =>
      openPostgresStore({ url: schema.url, schema: schema.schema, poolMax: 3 }),
    ),
  );
};

interface Instance {
  readonly store: Store;
  readonly port: RecordingPort;
  readonly service: DigestService;
}

function instance(store: Store, clock: FakeClock, feeds: MemoryFeeds, name: string): Instance {
  const port = new RecordingPort("console", 4000, () => clock.now());
  const service = createDigestService({
    store,
    clock,
    logger: silentLogger(),
    fetchFeed: feeds.fetch,
    briefItem: createItemBriefer({}),
    defaults: { maxItems: 5 },
    checkFeeds: false,
    resyncMs: 60 * 60_000,
    instanceId: name,
    leaseMs: LEASE_MS,
  });
  service.attach(port);
  cleanups.push(async () => {
    await service.stop();
    await store.close();
  });
  return { store, port, service };
}

const subscribeDaily = (store: Store, at: number) =>
  store.addSubscription(
    buildSubscription(
      { channel: "console:main", feeds: [FEED], schedule: "daily 08:00", createdBy: "test" },
      { maxItems: 5 },
      at,
    ),
  );

describe.each([
  { name: "SQLite", open: sqliteStores, skip: false },
  { name: "PostgreSQL", open: postgresStores, skip: testDatabaseUrl === null },
])("three instances on one $name database", ({ open, skip }) => {
  it.skipIf(skip)("post each day's scheduled digest once between them", async () => {
    const clock = new FakeClock("2025-06-02T07:00:00Z");
    const feeds = new MemoryFeeds(() => clock.now());
    const stores = await open(3);
    const instances = stores.map((store, i) => instance(store, clock, feeds, `i${i}`));
    await subscribeDaily(stores[0] as Store, clock.now());
    feeds.set(FEED, [story(1), story(2)]);
    for (const { service } of instances) await service.start();
    const settled = () => Promise.all(instances.map((i) => i.service.settled())).then(() => {});
    await clock.advanceTo("2025-06-02T09:00:00Z", settled);
    feeds.set(
      FEED,
      [1, 2, 3, 4].map((n) => story(n)),
    );
    await clock.advanceTo("2025-06-03T09:00:00Z", settled);
    feeds.set(
      FEED,
      [1, 2, 3, 4, 5].map((n) => story(n)),
    );
    await clock.advanceTo("2025-06-04T09:00:00Z", settled);

    const posts = instances.flatMap((i) => i.port.posts);
    expect(posts.map((p) => new Date(p.at).toISOString()).sort()).toEqual([
      "2025-06-02T08:00:00.000Z",
      "2025-06-03T08:00:00.000Z",
      "2025-06-04T08:00:00.000Z",
    ]);
    const links = instances.flatMap((i) => i.port.links()).sort();
    expect(links).toEqual([1, 2, 3, 4, 5].map((n) => `https://news.example/story/${n}`).sort());
  });

  it.skipIf(skip)("run a slot given to all of them at once exactly once", async () => {
    const clock = new FakeClock("2025-06-02T08:00:00Z");
    const feeds = new MemoryFeeds(() => clock.now());
    const stores = await open(3);
    const instances = stores.map((store, i) => instance(store, clock, feeds, `i${i}`));
    const sub = await subscribeDaily(stores[0] as Store, Date.parse("2025-06-01T12:00:00Z"));
    feeds.set(FEED, [story(1), story(2)]);
    const slotAt = Date.parse("2025-06-02T08:00:00Z");
    const results = await Promise.all(
      instances.map((i) => i.service.runner.run(sub, { kind: "schedule", slotAt })),
    );
    expect(results.map((r) => r.outcome).sort()).toEqual(["busy", "busy", "posted"]);
    expect(instances.flatMap((i) => i.port.links())).toHaveLength(2);
  });

  it.skipIf(skip)(
    "resume a dead instance's delivery in another only once its lease has expired",
    async () => {
      const start = "2025-06-02T08:00:00Z";
      const frozen = new FakeClock(start); // the dead instance's time never moves: it renews nothing
      const clock = new FakeClock(start);
      const feeds = new MemoryFeeds(() => clock.now());
      const [deadStore, liveStore] = (await open(2)) as [Store, Store];
      const dead = instance(deadStore, frozen, feeds, "dead");
      const live = instance(liveStore, clock, feeds, "live");
      const sub = await subscribeDaily(liveStore, clock.now());
      feeds.set(FEED, [story(1), story(2)]);
      // It dies while posting: the platform never answers.
      dead.port.post = (_channel: string, _reply: Reply, _options?: PostOptions) =>
        new Promise<void>(() => {});
      void dead.service.runner.run(sub, { kind: "now" });
      await waitFor(async () => (await liveStore.pendingDeliveries()).length === 1);

      await clock.advanceBy(LEASE_MS - 1_000);
      expect(await live.service.runner.resumePending()).toBe(0);
      expect(await live.service.runner.run(sub, { kind: "now" })).toMatchObject({
        outcome: "busy",
      });
      await clock.advanceBy(2_000);
      expect(await live.service.runner.resumePending()).toBe(1);
      expect(live.port.links()).toEqual([
        "https://news.example/story/2",
        "https://news.example/story/1",
      ]);
      // The part the dead instance was posting may have landed: the platform is asked to check.
      expect(live.port.posts[0]?.maybePostedSince).toBe(Date.parse(start));
      expect(await liveStore.pendingDeliveries()).toEqual([]);
    },
  );
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("condition not met within 2 s");
}
