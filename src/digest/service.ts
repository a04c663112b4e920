import type { DigestCommands } from "../bot/bot.ts";
import { type ChatPort, type Clock, systemClock } from "../bot/ports.ts";
import type { Logger } from "../log.ts";
import type { Store } from "../store/store.ts";
import type { ItemBriefer } from "./brief-item.ts";
import { createDigestCommands } from "./commands.ts";
import { chatDirectory } from "./deliver.ts";
import type { FeedFetcher } from "./feed-source.ts";
import { createDigestRunner, type DigestRunner } from "./run-digest.ts";
import { createScheduler } from "./scheduler.ts";
import type { SubscribeDefaults } from "./subscribe.ts";

export interface DigestServiceDeps {
  readonly store: Store;
  readonly logger: Logger;
  readonly fetchFeed: FeedFetcher;
  readonly briefItem: ItemBriefer;
  readonly defaults: SubscribeDefaults;
  readonly clock?: Clock;
  /** Fetch a feed once when it is added, to refuse one that cannot be read (default true). */
  readonly checkFeeds?: boolean;
  /** How often the scheduler re-reads subscriptions (default 60 s). */
  readonly resyncMs?: number;
  /** Longest Retry-After waited for in place (default 5 minutes). */
  readonly maxRetryWaitMs?: number;
  /** How long stop() waits for a digest in flight before giving up on it (default 10 s). */
  readonly stopGraceMs?: number;
  /** This process's name in run claims and delivery leases (default: host, pid and a random suffix). */
  readonly instanceId?: string;
  /** How long a run claim or delivery lease lasts unless renewed (default 60 s): after a crash, another instance resumes within it. */
  readonly leaseMs?: number;
}

/** Digests for a process: the /digest commands, the runner and the scheduler, posting through attached ports. */
export interface DigestService {
  readonly commands: DigestCommands;
  readonly runner: DigestRunner;
  /**
   * Fetches each feed once, throwing the first failure (a feed that cannot be read is not
   * subscribed to); returns each feed's own URL (a site's page becomes the feed it links to).
   */
  checkFeeds(urls: readonly string[]): Promise<string[]>;
  /** Adds a running platform's port; its channels' digests are delivered from then on. */
  attach(port: ChatPort): void;
  /** Resumes interrupted deliveries, runs catch-up digests, then keeps the schedule. */
  start(): Promise<void>;
  /** Resolves when the scheduler is idle (tests, shutdown). */
  settled(): Promise<void>;
  /** Stops scheduling; a digest in flight stops between messages and resumes at the next start. */
  stop(): Promise<void>;
}

/** Creates the digest service. */
export function createDigestService(deps: DigestServiceDeps): DigestService {
  const clock = deps.clock ?? systemClock;
  const ports: ChatPort[] = [];
  let chats = chatDirectory(ports);
  const shutdown = new AbortController();
  const runner = createDigestRunner({
    store: deps.store,
    clock,
    logger: deps.logger,
    fetchFeed: deps.fetchFeed,
    briefItem: deps.briefItem,
    chats: (channel) => chats(channel),
    signal: shutdown.signal,
    ...(deps.maxRetryWaitMs === undefined ? {} : { maxRetryWaitMs: deps.maxRetryWaitMs }),
    ...(deps.instanceId === undefined ? {} : { instanceId: deps.instanceId }),
    ...(deps.leaseMs === undefined ? {} : { leaseMs: deps.leaseMs }),
  });
  const scheduler = createScheduler({
    store: deps.store,
    clock,
    runner,
    logger: deps.logger,
    ...(deps.resyncMs === undefined ? {} : { resyncMs: deps.resyncMs }),
  });
  const checkFeed = async (url: string): Promise<string> => {
    const result = await deps.fetchFeed(url, {});
    return result.kind === "ok" && result.url !== undefined ? result.url : url;
  };
  const commands = createDigestCommands({
    store: deps.store,
    clock,
    runner,
    defaults: deps.defaults,
    onChange: () => scheduler.wake(),
    ...(deps.checkFeeds === false ? {} : { checkFeed }),
  });
  return {
    commands,
    runner,
    async checkFeeds(urls) {
      const resolved: string[] = [];
      for (const url of urls) resolved.push(await checkFeed(url));
      return resolved;
    },
    attach(port) {
      ports.push(port);
      chats = chatDirectory(ports);
      scheduler.wake();
    },
    start: () => scheduler.start(),
    settled: () => scheduler.settled(),
    async stop() {
      shutdown.abort();
      // A digest stops between messages; one stuck in a slow fetch is abandoned after the grace
      // period: nothing is posted without its ledger entry, so the next start picks it up.
      let cancel = () => {};
      const grace = new Promise<void>((resolve) => {
        cancel = clock.setTimer(resolve, deps.stopGraceMs ?? 10_000);
      });
      await Promise.race([scheduler.stop(), grace]);
      cancel();
    },
  };
}
