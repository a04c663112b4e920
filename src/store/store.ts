import type { Reply } from "../bot/reply.ts";

/** A channel's address across platforms: "slack:C123", "discord:456", "console:main". */
export type ChannelId = string;

/** The article a channel last briefed, kept so /whosaid can answer about it after a restart. */
export interface CurrentArticle {
  readonly channel: ChannelId;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly siteName?: string;
  readonly publishedAt?: string;
  /** Milliseconds since the epoch. */
  readonly briefedAt: number;
}

/** What a user asks for when subscribing a channel to feeds. */
export interface NewSubscription {
  readonly channel: ChannelId;
  /** One or more feed URLs, in the order given. */
  readonly feeds: readonly string[];
  /** The schedule as the user wrote it: a cron expression or "daily 08:00", "weekdays 08:30", "hourly". */
  readonly schedule: string;
  /** The schedule as a cron expression (what the scheduler runs). */
  readonly cron: string;
  /** IANA time zone the schedule is read in. */
  readonly timeZone: string;
  readonly maxItems: number;
  /** Who created it: a platform user id, or "cli". */
  readonly createdBy: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
}

/** A channel's digest subscription. */
export interface Subscription extends NewSubscription {
  readonly id: number;
  /** When its last digest run happened (ms since the epoch), or null before the first run. */
  readonly lastRunAt: number | null;
}

/** What newsbrief remembers about one feed of a subscription between runs. */
export interface FeedState {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** True once a fetch of this feed has succeeded: the first success only queues the newest items. */
  readonly fetchedOnce: boolean;
  /** Consecutive failed fetches; 0 when the last one worked. */
  readonly failures: number;
  /** Do not fetch again before this time (ms since the epoch), after a failure. */
  readonly retryAt: number | null;
  /** Why the last fetch failed, for the digest's note and `/digest list`. */
  readonly lastError?: string;
  /** True once a digest told the channel about the current failure, so it says so only once. */
  readonly errorReported: boolean;
}

/** A feed item as the digest keeps it until it is delivered. */
export interface FeedItemRecord {
  readonly feedUrl: string;
  readonly title: string;
  readonly link?: string;
  /** Publication time (ms since the epoch) or, for undated items, an order key from the fetch. */
  readonly sortKey: number;
  readonly publishedAt?: string;
  /** Summary or full content from the feed, plain text. */
  readonly text?: string;
  /** True when `text` is the whole article (the feed's content), not a teaser. */
  readonly fullText?: boolean;
  /** Dedupe keys (guid, normalised link, normalised title); an item with any known key is not new. */
  readonly keys: readonly string[];
}

/** A queued item, waiting for a digest. */
export interface QueuedItem extends FeedItemRecord {
  readonly id: number;
  readonly subscriptionId: number;
}

/** The result of fetching one feed, saved in one transaction so a crash cannot lose items. */
export interface FeedFetchRecord {
  readonly subscriptionId: number;
  readonly channel: ChannelId;
  readonly state: FeedState;
  /** Items of a successful fetch, newest first; empty on a 304 or a failure. */
  readonly items: readonly FeedItemRecord[];
  /** How many of this fetch's unseen items to queue (the newest); the rest are marked seen. Null: all. */
  readonly newItemLimit: number | null;
  /** How many items may wait in the subscription's queue; older ones are skipped (marked seen). */
  readonly queueLimit: number;
  /** When the feed was fetched (ms since the epoch). */
  readonly fetchedAt: number;
}

/** What a digest is about to post: recorded before posting, under an idempotency key. */
export interface DeliveryPlan {
  readonly idempotencyKey: string;
  readonly subscriptionId: number;
  readonly channel: ChannelId;
  /** The messages, already split within the platform's limit. */
  readonly parts: readonly Reply[];
  /** Queued items this delivery carries. */
  readonly itemIds: readonly number[];
  /** Feeds whose failure this delivery reports. */
  readonly reportedFeeds: readonly string[];
  /** Time of the run (becomes the subscription's lastRunAt). */
  readonly runAt: number;
  /** Who posts it and until when, so another instance resumes it only once that lease expires. */
  readonly lease?: Lease;
}

/** A claim held by one process (`owner`) until a time (ms since the epoch); renewed while it works. */
export interface Lease {
  readonly owner: string;
  readonly until: number;
}

export type DeliveryStatus = "pending" | "delivered";

/** A digest delivery: pending until every part is posted. */
export interface Delivery {
  readonly id: number;
  readonly idempotencyKey: string;
  readonly subscriptionId: number;
  readonly channel: ChannelId;
  readonly parts: readonly Reply[];
  /** Parts already posted; a resumed delivery starts at this one. */
  readonly partsSent: number;
  readonly status: DeliveryStatus;
  readonly createdAt: number;
  readonly deliveredAt: number | null;
  /** The process posting it and until when; null when nobody holds it (any instance may resume it). */
  readonly lease: Lease | null;
}

/** Channels' subscriptions. */
export interface SubscriptionStore {
  addSubscription(subscription: NewSubscription): Promise<Subscription>;
  getSubscription(id: number): Promise<Subscription | null>;
  /** Every subscription, or a channel's, oldest first. */
  listSubscriptions(channel?: ChannelId): Promise<Subscription[]>;
  /** Removes a subscription with its feed state and queue; false when there was none. */
  removeSubscription(id: number): Promise<boolean>;
  /** Records a run that posted nothing. */
  markRun(subscriptionId: number, runAt: number): Promise<void>;
}

/**
 * Which process runs a subscription's digest: one at a time across every instance on the
 * database. A claim is a lease, renewed while the run lasts; a process that dies loses it when it
 * expires, and another instance can run (or resume) the digest then.
 */
export interface RunClaimStore {
  /**
   * Claims the subscription's run for `lease.owner` when nobody else holds it (or their lease has
   * expired at `now`) and, for a scheduled slot (`slotAt`), that slot has not run yet. Returns the
   * subscription as it is now, or null (removed, held by another process, or slot already run).
   */
  claimRun(
    subscriptionId: number,
    lease: Lease,
    now: number,
    slotAt?: number,
  ): Promise<Subscription | null>;
  /** Extends the owner's run claim and its pending deliveries' leases; false when the claim was lost. */
  renewRun(subscriptionId: number, lease: Lease): Promise<boolean>;
  /** Gives up the owner's run claim and the leases of its deliveries still pending. */
  releaseRun(subscriptionId: number, owner: string): Promise<void>;
}

/** Feed state, the queue of new items and the dedupe keys of what each channel has seen. */
export interface FeedItemStore {
  /** The state of each feed of a subscription (defaults for feeds never fetched). */
  getFeedStates(subscriptionId: number): Promise<FeedState[]>;
  /** Saves a fetch's state and queues its unseen items; returns how many were queued and skipped. */
  recordFeedFetch(record: FeedFetchRecord): Promise<{ queued: number; skipped: number }>;
  /** The newest queued items of a subscription, newest first. */
  queuedItems(subscriptionId: number, limit: number): Promise<QueuedItem[]>;
  /**
   * Forgets what is old: delivered and skipped items and finished deliveries older than
   * `itemsBefore`, and dedupe keys no feed has listed since `keysBefore`. Returns rows removed.
   */
  prune(itemsBefore: number, keysBefore: number): Promise<number>;
}

/** The delivery ledger that makes digests exactly-once across crashes. */
export interface DeliveryStore {
  /**
   * Records a delivery before it is posted, claims its items, marks the feeds reported and the run
   * done, all at once. The same idempotency key returns the delivery already recorded, with
   * `created: false` (whoever created it posts it), or `created: true` when it is the plan's lease
   * owner's own: a retry after a lost connection that had in fact committed.
   */
  createDelivery(
    plan: DeliveryPlan,
    now: number,
  ): Promise<{ delivery: Delivery; created: boolean }>;
  /** Records that the first `partsSent` parts reached the channel. */
  markPartsSent(deliveryId: number, partsSent: number): Promise<void>;
  /** Marks a delivery and its items delivered. */
  completeDelivery(deliveryId: number, now: number): Promise<void>;
  /** Deliveries recorded but not finished (a crash or a failure interrupted them), oldest first. */
  pendingDeliveries(subscriptionId?: number): Promise<Delivery[]>;
  /**
   * Leases a subscription's pending deliveries that nobody holds (no lease, an expired one, or
   * `lease.owner`'s own), oldest first; rows another transaction is leasing right now are skipped.
   */
  leasePendingDeliveries(subscriptionId: number, lease: Lease, now: number): Promise<Delivery[]>;
}

/**
 * Everything newsbrief persists. Owned by the core; SQLite (one machine) and PostgreSQL (several
 * instances) implement it, and one contract suite runs against both.
 */
export interface Store extends SubscriptionStore, RunClaimStore, FeedItemStore, DeliveryStore {
  getCurrentArticle(channel: ChannelId): Promise<CurrentArticle | null>;
  setCurrentArticle(article: CurrentArticle): Promise<void>;
  close(): Promise<void>;
}
