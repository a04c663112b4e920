import { createItemBriefer } from "../../../src/digest/brief-item.ts";
import { createDigestService, type DigestService } from "../../../src/digest/service.ts";
import { buildSubscription } from "../../../src/digest/subscribe.ts";
import { silentLogger } from "../../../src/log.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import type { Store, Subscription } from "../../../src/store/store.ts";
import { FakeClock } from "./fake-clock.ts";
import { MemoryFeeds, RecordingPort } from "./helpers.ts";

export interface Harness {
  readonly clock: FakeClock;
  readonly store: Store;
  readonly feeds: MemoryFeeds;
  readonly port: RecordingPort;
  readonly service: DigestService;
  subscribe(
    feeds: string[],
    schedule?: string,
    timeZone?: string,
    maxItems?: number,
  ): Promise<Subscription>;
  advanceTo(time: string | number): Promise<void>;
  /** A new process on the same database: new clock time, service and port. */
  restart(at: string | number): Harness;
}

/** A digest service on real SQLite, a fake clock, feeds from memory and a recording chat port. */
export function createHarness(
  start: string | number,
  store: Store = openSqliteStore(":memory:"),
  maxMessageChars = 4000,
): Harness {
  const clock = new FakeClock(start);
  const feeds = new MemoryFeeds(() => clock.now());
  const port = new RecordingPort("console", maxMessageChars, () => clock.now());
  const service = createDigestService({
    store,
    clock,
    logger: silentLogger(),
    fetchFeed: feeds.fetch,
    briefItem: createItemBriefer({}),
    defaults: { maxItems: 3 },
    checkFeeds: false,
    resyncMs: 60 * 60_000,
  });
  service.attach(port);
  return {
    clock,
    store,
    feeds,
    port,
    service,
    subscribe: (urls, schedule = "daily 08:00", timeZone = "UTC", maxItems = 3) =>
      store.addSubscription(
        buildSubscription(
          { channel: "console:main", feeds: urls, schedule, timeZone, maxItems, createdBy: "test" },
          { maxItems },
          clock.now(),
        ),
      ),
    advanceTo: (time) => clock.advanceTo(time, () => service.settled()),
    restart: (at) => createHarness(at, store, maxMessageChars),
  };
}
