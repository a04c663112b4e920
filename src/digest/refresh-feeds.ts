import type { Clock } from "../bot/ports.ts";
import { toNewsbriefError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { FeedItemRecord, FeedState, Store, Subscription } from "../store/store.ts";
import type { FeedProblem } from "./compose.ts";
import type { FeedEntry, FeedFetcher } from "./feed-source.ts";
import { itemKeys } from "./item-keys.ts";

export interface RefreshDeps {
  readonly store: Store;
  readonly fetchFeed: FeedFetcher;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** New items wait at most this many digests' worth in the queue; older ones are dropped. */
export const QUEUE_DIGESTS = 5;
const BASE_BACKOFF_MS = 15 * 60_000;
const MAX_BACKOFF_MS = 24 * 60 * 60_000;
const MAX_ITEM_TEXT_CHARS = 100_000;

/** After `failures` failures in a row, wait this long before fetching the feed again. */
export function backoffMs(failures: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, Math.min(failures - 1, 16)));
}

/**
 * Fetches a subscription's feeds (conditional GET, skipping feeds still backing off after a
 * failure), queues their unseen items, and returns the failures not yet reported to the channel.
 * One failing feed never stops the others.
 */
export async function refreshFeeds(
  deps: RefreshDeps,
  subscription: Subscription,
): Promise<FeedProblem[]> {
  const states = await deps.store.getFeedStates(subscription.id);
  const after = await Promise.all(states.map((state) => refreshFeed(deps, subscription, state)));
  return after
    .filter((state) => state.failures > 0 && !state.errorReported)
    .map((state) => ({ url: state.url, reason: state.lastError ?? "it failed." }));
}

async function refreshFeed(
  deps: RefreshDeps,
  subscription: Subscription,
  state: FeedState,
): Promise<FeedState> {
  const now = deps.clock.now();
  if (state.retryAt !== null && state.retryAt > now) return state;
  const base = {
    subscriptionId: subscription.id,
    channel: subscription.channel,
    queueLimit: subscription.maxItems * QUEUE_DIGESTS,
    fetchedAt: now,
  };
  try {
    const conditional = {
      ...(state.etag === undefined ? {} : { etag: state.etag }),
      ...(state.lastModified === undefined ? {} : { lastModified: state.lastModified }),
    };
    const result = await deps.fetchFeed(state.url, conditional);
    const ok: FeedState = {
      url: state.url,
      fetchedOnce: true,
      failures: 0,
      retryAt: null,
      errorReported: false,
    };
    if (result.kind === "not-modified") {
      const next = { ...ok, ...conditional, fetchedOnce: state.fetchedOnce };
      await deps.store.recordFeedFetch({ ...base, state: next, items: [], newItemLimit: null });
      return next;
    }
    const next: FeedState = {
      ...ok,
      ...(result.etag === undefined ? {} : { etag: result.etag }),
      ...(result.lastModified === undefined ? {} : { lastModified: result.lastModified }),
    };
    const items = toRecords(state.url, result.entries, now);
    const newItemLimit = state.fetchedOnce ? null : subscription.maxItems;
    const counts = await deps.store.recordFeedFetch({ ...base, state: next, items, newItemLimit });
    deps.logger.debug(
      { subscription: subscription.id, feed: state.url, ...counts },
      "feed fetched",
    );
    return next;
  } catch (error) {
    const failure = toNewsbriefError(error);
    const failures = state.failures + 1;
    const next: FeedState = {
      ...state,
      failures,
      retryAt: now + backoffMs(failures),
      lastError: failure.message,
    };
    deps.logger.warn(
      { subscription: subscription.id, feed: state.url, code: failure.code, failures },
      "feed failed",
    );
    await deps.store.recordFeedFetch({ ...base, state: next, items: [], newItemLimit: null });
    return next;
  }
}

/** Feed entries as queue records; undated entries keep the feed's order (newest first). */
export function toRecords(
  feedUrl: string,
  entries: readonly FeedEntry[],
  now: number,
): FeedItemRecord[] {
  const records: FeedItemRecord[] = [];
  entries.forEach((entry, index) => {
    const keys = itemKeys({ feedUrl, ...entry });
    if (keys.length === 0) return;
    const dated = entry.publishedAt === undefined ? Number.NaN : Date.parse(entry.publishedAt);
    const text = entry.text?.slice(0, MAX_ITEM_TEXT_CHARS);
    records.push({
      feedUrl,
      title: entry.title?.trim() || entry.link || "(untitled)",
      sortKey: Number.isFinite(dated) ? dated : now - index,
      keys,
      ...(entry.link === undefined ? {} : { link: entry.link }),
      ...(entry.publishedAt === undefined ? {} : { publishedAt: entry.publishedAt }),
      ...(text === undefined || text.trim() === "" ? {} : { text }),
      ...(entry.fullText === true ? { fullText: true } : {}),
    });
  });
  return records;
}
