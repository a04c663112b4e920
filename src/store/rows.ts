import type { Reply } from "../bot/reply.ts";
import type { CurrentArticle, Delivery, FeedState, QueuedItem, Subscription } from "./store.ts";

// Rows as the drivers return them, and their mapping to the Store's records. SQLite keeps flags as
// 0/1 and JSON as text; PostgreSQL has booleans and JSONB, which `pg` parses: both are accepted.

export interface ArticleRow {
  channel: string;
  text: string;
  title: string | null;
  url: string | null;
  site_name: string | null;
  published_at: string | null;
  briefed_at: number;
}

export interface SubscriptionRow {
  id: number;
  channel: string;
  schedule: string;
  cron: string;
  time_zone: string;
  max_items: number;
  created_by: string;
  created_at: number;
  last_run_at: number | null;
}

export interface FeedRow {
  subscription_id: number;
  url: string;
  etag: string | null;
  last_modified: string | null;
  fetched_once: number | boolean;
  failures: number;
  retry_at: number | null;
  last_error: string | null;
  error_reported: number | boolean;
}

export interface ItemRow {
  id: number;
  subscription_id: number;
  feed_url: string;
  title: string;
  link: string | null;
  sort_key: number;
  published_at: string | null;
  text: string | null;
  full_text: number | boolean;
  keys: string | string[];
}

export interface DeliveryRow {
  id: number;
  idempotency_key: string;
  subscription_id: number;
  channel: string;
  parts: string | Reply[];
  parts_sent: number;
  status: "pending" | "delivered";
  created_at: number;
  delivered_at: number | null;
  lease_owner: string | null;
  lease_until: number | null;
}

/** A JSON column: text from SQLite, already parsed from PostgreSQL's JSONB. */
function json<T>(value: string | T): T {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

/** Copies the non-null optional columns onto a record, so optional fields are absent, never undefined. */
function optional<T extends Record<string, unknown>>(
  fields: T,
): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== null && value !== undefined) out[key] = value;
  return out as Partial<{ [K in keyof T]: NonNullable<T[K]> }>;
}

export function toArticle(row: ArticleRow): CurrentArticle {
  return {
    channel: row.channel,
    text: row.text,
    briefedAt: row.briefed_at,
    ...optional({
      title: row.title,
      url: row.url,
      siteName: row.site_name,
      publishedAt: row.published_at,
    }),
  };
}

export function toSubscription(row: SubscriptionRow, feeds: readonly string[]): Subscription {
  return {
    id: row.id,
    channel: row.channel,
    feeds,
    schedule: row.schedule,
    cron: row.cron,
    timeZone: row.time_zone,
    maxItems: row.max_items,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastRunAt: row.last_run_at,
  };
}

export function toFeedState(row: FeedRow): FeedState {
  return {
    url: row.url,
    fetchedOnce: Boolean(row.fetched_once),
    failures: row.failures,
    retryAt: row.retry_at,
    errorReported: Boolean(row.error_reported),
    ...optional({ etag: row.etag, lastModified: row.last_modified, lastError: row.last_error }),
  };
}

export function toQueuedItem(row: ItemRow): QueuedItem {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    feedUrl: row.feed_url,
    title: row.title,
    sortKey: row.sort_key,
    keys: json<string[]>(row.keys),
    ...(row.full_text ? { fullText: true } : {}),
    ...optional({ link: row.link, publishedAt: row.published_at, text: row.text }),
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    subscriptionId: row.subscription_id,
    channel: row.channel,
    parts: json<Reply[]>(row.parts),
    partsSent: row.parts_sent,
    status: row.status,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    lease:
      row.lease_owner === null || row.lease_until === null
        ? null
        : { owner: row.lease_owner, until: row.lease_until },
  };
}
