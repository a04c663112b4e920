import { NewsbriefError } from "../errors.ts";
import { existingDelivery } from "./existing-delivery.ts";
import type { PgDb, Queryable } from "./pg-pool.ts";
import { type DeliveryRow, type ItemRow, toDelivery, toQueuedItem } from "./rows.ts";
import type {
  DeliveryPlan,
  DeliveryStore,
  FeedFetchRecord,
  FeedItemRecord,
  FeedItemStore,
} from "./store.ts";

/** The feed-item queue, the channels' seen keys and the delivery ledger, on PostgreSQL. */
export function createPgLedger(
  db: PgDb,
): Omit<FeedItemStore & DeliveryStore, "getFeedStates" | "leasePendingDeliveries"> {
  return {
    recordFeedFetch: (record) =>
      db.write("save the feed's items", (q) => recordFeedFetch(q, record)),
    queuedItems: (subscriptionId, limit) =>
      db.run("read queued items", async (q) =>
        (
          await q.query<ItemRow>(
            `SELECT * FROM items WHERE subscription_id = $1 AND status = 'queued'
             ORDER BY sort_key DESC, id LIMIT $2`,
            [subscriptionId, limit],
          )
        ).map(toQueuedItem),
      ),
    prune: (itemsBefore, keysBefore) =>
      db.write("prune old items", async (q) => {
        let removed = await q.count("DELETE FROM item_keys WHERE seen_at < $1", [keysBefore]);
        removed += await q.count(
          "DELETE FROM items WHERE status IN ('delivered', 'skipped') AND seen_at < $1",
          [itemsBefore],
        );
        removed += await q.count(
          `DELETE FROM deliveries d WHERE status = 'delivered' AND delivered_at < $1
             AND NOT EXISTS (SELECT 1 FROM items WHERE delivery_id = d.id)`,
          [itemsBefore],
        );
        return removed;
      }),
    createDelivery: (plan, now) => db.write("record the delivery", (q) => create(q, plan, now)),
    markPartsSent: (deliveryId, partsSent) =>
      db.run("record the delivery's progress", async (q) => {
        await q.query("UPDATE deliveries SET parts_sent = greatest(parts_sent, $2) WHERE id = $1", [
          deliveryId,
          partsSent,
        ]);
      }),
    // One statement, so one round trip: the delivery and its items are marked together.
    completeDelivery: (deliveryId, now) =>
      db.run("record the delivery", async (q) => {
        await q.query(
          `WITH done AS (
             UPDATE deliveries SET status = 'delivered', delivered_at = $2,
               parts_sent = jsonb_array_length(parts), lease_owner = NULL, lease_until = NULL
             WHERE id = $1)
           UPDATE items SET status = 'delivered' WHERE delivery_id = $1`,
          [deliveryId, now],
        );
      }),
    pendingDeliveries: (subscriptionId) =>
      db.run("read pending deliveries", async (q) =>
        (
          await q.query<DeliveryRow>(
            `SELECT * FROM deliveries WHERE status = 'pending'
               AND ($1::bigint IS NULL OR subscription_id = $1) ORDER BY id`,
            [subscriptionId ?? null],
          )
        ).map(toDelivery),
      ),
  };
}

/**
 * Saves a fetch and queues its unseen items. A channel's fetches take turns (a transaction-scoped
 * advisory lock on the channel), so two instances fetching feeds of one channel at once still
 * queue each story once; the keys' primary key and ON CONFLICT keep the key table consistent.
 */
async function recordFeedFetch(q: Queryable, record: FeedFetchRecord) {
  await q.query("SELECT pg_advisory_xact_lock(hashtext(current_schema()), hashtext($1))", [
    record.channel,
  ]);
  await saveFeedState(q, record);
  const newest = [...record.items].sort((a, b) => b.sortKey - a.sortKey);
  // An item is known by an existing row's id, or by its place among this fetch's new items.
  const known = new Map<string, number | { index: number }>(
    await knownKeys(q, record.channel, newest),
  );
  const keyRefs = new Map<string, number | { index: number }>();
  const fresh: { item: FeedItemRecord; status: "queued" | "skipped" }[] = [];
  let queued = 0;
  for (const item of newest) {
    const seenAs = item.keys.map((key) => known.get(key)).find((ref) => ref !== undefined);
    if (seenAs !== undefined) {
      // Seen under another key (a rewritten guid or link): remember the new keys too.
      for (const key of item.keys) if (!keyRefs.has(key)) keyRefs.set(key, seenAs);
      continue;
    }
    const withinLimit = record.newItemLimit === null || queued < record.newItemLimit;
    const ref = { index: fresh.length };
    fresh.push({ item, status: withinLimit ? "queued" : "skipped" });
    for (const key of item.keys) {
      known.set(key, ref);
      keyRefs.set(key, ref);
    }
    if (withinLimit) queued++;
  }
  const ids = await insertItems(q, record, fresh);
  const keyRows = new Map(
    [...keyRefs].map(([key, ref]) => [key, typeof ref === "number" ? ref : (ids[ref.index] ?? 0)]),
  );
  let skipped = fresh.length - queued;
  // Seeing a key again keeps it from being pruned while the feed still lists its item.
  await q.query(
    `INSERT INTO item_keys (channel, key, item_id, seen_at)
     SELECT $1, key, item_id, $4 FROM unnest($2::text[], $3::bigint[]) AS k(key, item_id)
     ON CONFLICT (channel, key) DO UPDATE SET seen_at = excluded.seen_at`,
    [record.channel, [...keyRows.keys()], [...keyRows.values()], record.fetchedAt],
  );
  skipped += await q.count(
    `UPDATE items SET status = 'skipped' WHERE id IN (
       SELECT id FROM items WHERE subscription_id = $1 AND status = 'queued'
       ORDER BY sort_key DESC, id OFFSET $2)`,
    [record.subscriptionId, record.queueLimit],
  );
  return { queued, skipped };
}

async function saveFeedState(q: Queryable, record: FeedFetchRecord): Promise<void> {
  const { state } = record;
  await q.query(
    `UPDATE feeds SET etag = $3, last_modified = $4, fetched_once = $5, failures = $6,
       retry_at = $7, last_error = $8, error_reported = $9
     WHERE subscription_id = $1 AND url = $2`,
    [
      record.subscriptionId,
      state.url,
      state.etag ?? null,
      state.lastModified ?? null,
      state.fetchedOnce,
      state.failures,
      state.retryAt,
      state.lastError ?? null,
      state.errorReported,
    ],
  );
}

/** The channel's known keys among the fetch's items, in one query. */
async function knownKeys(
  q: Queryable,
  channel: string,
  items: readonly FeedItemRecord[],
): Promise<Map<string, number>> {
  const keys = [...new Set(items.flatMap((item) => item.keys))];
  if (keys.length === 0) return new Map();
  const rows = await q.query<{ key: string; item_id: number }>(
    "SELECT key, item_id FROM item_keys WHERE channel = $1 AND key = ANY($2::text[])",
    [channel, keys],
  );
  return new Map(rows.map((row) => [row.key, row.item_id]));
}

/** Inserts the new items in two round trips whatever their number; returns their ids in order. */
async function insertItems(
  q: Queryable,
  record: FeedFetchRecord,
  fresh: readonly { item: FeedItemRecord; status: "queued" | "skipped" }[],
): Promise<number[]> {
  if (fresh.length === 0) return [];
  // Ids taken first, so each item's id is known without relying on the order RETURNING gives.
  const ids = (
    await q.query<{ id: number }>(
      "SELECT nextval(pg_get_serial_sequence('items', 'id')) AS id FROM generate_series(1, $1)",
      [fresh.length],
    )
  ).map((row) => row.id);
  const column = <T>(pick: (item: FeedItemRecord) => T) => fresh.map(({ item }) => pick(item));
  await q.query(
    `INSERT INTO items (id, subscription_id, channel, feed_url, title, link, sort_key, published_at,
       text, full_text, keys, status, seen_at)
     SELECT id, $1, $2, feed_url, title, link, sort_key, published_at, text, full_text, keys::jsonb,
       status, $3
     FROM unnest($4::bigint[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[],
       $10::text[], $11::boolean[], $12::text[], $13::text[])
       AS u(id, feed_url, title, link, sort_key, published_at, text, full_text, keys, status)`,
    [
      record.subscriptionId,
      record.channel,
      record.fetchedAt,
      ids,
      column((item) => item.feedUrl),
      column((item) => item.title),
      column((item) => item.link ?? null),
      column((item) => item.sortKey),
      column((item) => item.publishedAt ?? null),
      column((item) => item.text ?? null),
      column((item) => item.fullText === true),
      column((item) => JSON.stringify(item.keys)),
      fresh.map(({ status }) => status),
    ],
  );
  return ids;
}

/**
 * Records a delivery under its idempotency key (ON CONFLICT: of two instances recording the same
 * key, one inserts and the other reads it back) and claims its items: an item another delivery
 * took first makes the whole transaction roll back rather than post it twice.
 */
async function create(q: Queryable, plan: DeliveryPlan, now: number) {
  const [inserted] = await q.query<DeliveryRow>(
    `INSERT INTO deliveries (idempotency_key, subscription_id, channel, parts, status, created_at,
       lease_owner, lease_until)
     VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING *`,
    [
      plan.idempotencyKey,
      plan.subscriptionId,
      plan.channel,
      JSON.stringify(plan.parts),
      now,
      plan.lease?.owner ?? null,
      plan.lease?.until ?? null,
    ],
  );
  if (inserted === undefined) {
    const [existing] = await q.query<DeliveryRow>(
      "SELECT * FROM deliveries WHERE idempotency_key = $1",
      [plan.idempotencyKey],
    );
    return existingDelivery(toDelivery(existing as DeliveryRow), plan);
  }
  const claimed = await q.count(
    `UPDATE items SET status = 'sending', delivery_id = $1
     WHERE status = 'queued' AND id = ANY($2::bigint[])`,
    [inserted.id, plan.itemIds],
  );
  if (claimed !== plan.itemIds.length) {
    throw new NewsbriefError(
      "STORE_FAILED",
      `Digest ${plan.subscriptionId} is already being delivered by another run; try again in a moment.`,
      { details: { reason: "items-claimed" } },
    );
  }
  await q.query(
    "UPDATE feeds SET error_reported = true WHERE subscription_id = $1 AND url = ANY($2::text[])",
    [plan.subscriptionId, plan.reportedFeeds],
  );
  await q.query("UPDATE subscriptions SET last_run_at = $1 WHERE id = $2", [
    plan.runAt,
    plan.subscriptionId,
  ]);
  return { delivery: toDelivery(inserted), created: true };
}
