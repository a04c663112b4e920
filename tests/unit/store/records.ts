// Records the store tests build: a subscription, feed items, feed states, replies.
import type { Reply } from "../../../src/bot/reply.ts";
import type { FeedItemRecord, FeedState, Store } from "../../../src/store/store.ts";

export const FEED = "https://news.example/feed.xml";

export function subscribe(store: Store, channel = "console:main", feeds = [FEED]) {
  return store.addSubscription({
    channel,
    feeds,
    schedule: "daily 08:00",
    cron: "0 8 * * *",
    timeZone: "UTC",
    maxItems: 3,
    createdBy: "U1",
    createdAt: 1_000,
  });
}

export function item(n: number, keys = [`g:${n}`, `l:news.example/${n}`]): FeedItemRecord {
  return {
    feedUrl: FEED,
    title: `Story ${n}`,
    link: `https://news.example/${n}`,
    sortKey: n,
    keys,
  };
}

export function okState(extra: Partial<FeedState> = {}): FeedState {
  return {
    url: FEED,
    fetchedOnce: true,
    failures: 0,
    retryAt: null,
    errorReported: false,
    ...extra,
  };
}

export const reply = (text: string): Reply => ({
  visibility: "channel",
  blocks: [],
  fallbackText: text,
});
