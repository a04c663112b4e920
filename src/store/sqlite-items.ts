import type Database from "better-sqlite3";
import { NewsbriefError } from "../errors.ts";
import { existingDelivery } from "./existing-delivery.ts";
import { type DeliveryRow, type ItemRow, toDelivery, toQueuedItem } from "./rows.ts";
import type {
  Delivery,
  DeliveryPlan,
  FeedFetchRecord,
  FeedItemRecord,
  QueuedItem,
} from "./store.ts";

/** The feed-item queue, the channel's seen keys and the delivery ledger, on SQLite. */
export function createItemLedger(db: Database.Database) {
  const q = statements(db);

  /** Queues an item unless the channel has seen any of its keys; returns true when it is new. */
  const admit = (
    record: FeedFetchRecord,
    item: FeedItemRecord,
    status: "queued" | "skipped",
    now: number,
  ) => {
    for (const key of item.keys) {
      const known = q.findKey.get(record.channel, key);
      if (known !== undefined) {
        // Seen under another key (a rewritten guid or link): remember the new keys too.
        for (const other of item.keys) q.insertKey.run(record.channel, other, known.item_id, now);
        return false;
      }
    }
    const id = q.insertItem.run({
      subscriptionId: record.subscriptionId,
      channel: record.channel,
      feedUrl: item.feedUrl,
      title: item.title,
      link: item.link ?? null,
      sortKey: item.sortKey,
      publishedAt: item.publishedAt ?? null,
      text: item.text ?? null,
      fullText: item.fullText === true ? 1 : 0,
      keys: JSON.stringify(item.keys),
      status,
      seenAt: now,
    }).lastInsertRowid;
    for (const key of item.keys) q.insertKey.run(record.channel, key, id, now);
    return true;
  };

  const recordFeedFetch = db.transaction((record: FeedFetchRecord) => {
    const { state } = record;
    q.saveFeed.run({
      subscriptionId: record.subscriptionId,
      url: state.url,
      etag: state.etag ?? null,
      lastModified: state.lastModified ?? null,
      fetchedOnce: state.fetchedOnce ? 1 : 0,
      failures: state.failures,
      retryAt: state.retryAt,
      lastError: state.lastError ?? null,
      errorReported: state.errorReported ? 1 : 0,
    });
    let queued = 0;
    let skipped = 0;
    const newest = [...record.items].sort((a, b) => b.sortKey - a.sortKey);
    const now = record.fetchedAt;
    for (const item of newest) {
      const withinLimit = record.newItemLimit === null || queued < record.newItemLimit;
      if (!admit(record, item, withinLimit ? "queued" : "skipped", now)) continue;
      if (withinLimit) queued++;
      else skipped++;
    }
    skipped += q.trimQueue.run(record.subscriptionId, record.queueLimit).changes;
    return { queued, skipped };
  });

  const createDelivery = db.transaction((plan: DeliveryPlan, now: number) => {
    const existing = q.deliveryByKey.get(plan.idempotencyKey);
    if (existing !== undefined) return existingDelivery(toDelivery(existing), plan);
    const id = Number(
      q.insertDelivery.run(
        plan.idempotencyKey,
        plan.subscriptionId,
        plan.channel,
        JSON.stringify(plan.parts),
        now,
        plan.lease?.owner ?? null,
        plan.lease?.until ?? null,
      ).lastInsertRowid,
    );
    const claimed = q.claimItems.run(id, JSON.stringify(plan.itemIds)).changes;
    if (claimed !== plan.itemIds.length) {
      // Another run took some of these items first: roll back rather than post them twice.
      throw new NewsbriefError(
        "STORE_FAILED",
        `Digest ${plan.subscriptionId} is already being delivered by another run; try again in a moment.`,
        { details: { reason: "items-claimed" } },
      );
    }
    q.markReported.run(plan.subscriptionId, JSON.stringify(plan.reportedFeeds));
    q.markRun.run(plan.runAt, plan.subscriptionId);
    return { delivery: toDelivery(q.deliveryById.get(id) as DeliveryRow), created: true };
  });

  const completeDelivery = db.transaction((deliveryId: number, now: number) => {
    q.completeDelivery.run(now, deliveryId);
    q.deliverItems.run(deliveryId);
  });

  const prune = db.transaction((itemsBefore: number, keysBefore: number) => {
    let removed = q.pruneKeys.run(keysBefore).changes;
    removed += q.pruneItems.run(itemsBefore).changes;
    removed += q.pruneDeliveries.run(itemsBefore).changes;
    return removed;
  });

  // IMMEDIATE: a transaction that reads and then writes takes the write lock first, so a process
  // sharing the file waits (busy_timeout) instead of failing with "database is locked".
  return {
    recordFeedFetch: (record: FeedFetchRecord) => recordFeedFetch.immediate(record),
    prune: (itemsBefore: number, keysBefore: number) => prune.immediate(itemsBefore, keysBefore),
    queuedItems: (subscriptionId: number, limit: number): QueuedItem[] =>
      q.queued.all(subscriptionId, limit).map(toQueuedItem),
    createDelivery: (plan: DeliveryPlan, now: number) => createDelivery.immediate(plan, now),
    markPartsSent: (deliveryId: number, partsSent: number) => {
      q.partsSent.run(partsSent, deliveryId);
    },
    completeDelivery: (deliveryId: number, now: number) =>
      completeDelivery.immediate(deliveryId, now),
    pendingDeliveries: (subscriptionId?: number): Delivery[] =>
      (subscriptionId === undefined ? q.pendingAll.all() : q.pendingOf.all(subscriptionId)).map(
        toDelivery,
      ),
  };
}

function statements(db: Database.Database) {
  return {
    findKey: db.prepare<[string, string], { item_id: number }>(
      "SELECT item_id FROM item_keys WHERE channel = ? AND key = ?",
    ),
    // Seeing a key again keeps it from being pruned while the feed still lists its item.
    insertKey: db.prepare(
      `INSERT INTO item_keys (channel, key, item_id, seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (channel, key) DO UPDATE SET seen_at = excluded.seen_at`,
    ),
    pruneKeys: db.prepare("DELETE FROM item_keys WHERE seen_at < ?"),
    pruneItems: db.prepare(
      "DELETE FROM items WHERE status IN ('delivered', 'skipped') AND seen_at < ?",
    ),
    pruneDeliveries: db.prepare(
      `DELETE FROM deliveries WHERE status = 'delivered' AND delivered_at < ?
         AND id NOT IN (SELECT delivery_id FROM items WHERE delivery_id IS NOT NULL)`,
    ),
    insertItem: db.prepare(
      `INSERT INTO items (subscription_id, channel, feed_url, title, link, sort_key, published_at,
         text, full_text, keys, status, seen_at)
       VALUES (@subscriptionId, @channel, @feedUrl, @title, @link, @sortKey, @publishedAt, @text,
         @fullText, @keys, @status, @seenAt)`,
    ),
    saveFeed: db.prepare(
      `UPDATE feeds SET etag = @etag, last_modified = @lastModified, fetched_once = @fetchedOnce,
         failures = @failures, retry_at = @retryAt, last_error = @lastError,
         error_reported = @errorReported
       WHERE subscription_id = @subscriptionId AND url = @url`,
    ),
    trimQueue: db.prepare(
      `UPDATE items SET status = 'skipped' WHERE id IN (
         SELECT id FROM items WHERE subscription_id = ? AND status = 'queued'
         ORDER BY sort_key DESC, id LIMIT -1 OFFSET ?)`,
    ),
    queued: db.prepare<[number, number], ItemRow>(
      `SELECT * FROM items WHERE subscription_id = ? AND status = 'queued'
       ORDER BY sort_key DESC, id LIMIT ?`,
    ),
    deliveryByKey: db.prepare<[string], DeliveryRow>(
      "SELECT * FROM deliveries WHERE idempotency_key = ?",
    ),
    deliveryById: db.prepare<[number], DeliveryRow>("SELECT * FROM deliveries WHERE id = ?"),
    insertDelivery: db.prepare(
      `INSERT INTO deliveries (idempotency_key, subscription_id, channel, parts, status, created_at,
         lease_owner, lease_until)
       VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)`,
    ),
    claimItems: db.prepare(
      `UPDATE items SET status = 'sending', delivery_id = ?
       WHERE status = 'queued' AND id IN (SELECT value FROM json_each(?))`,
    ),
    markReported: db.prepare(
      `UPDATE feeds SET error_reported = 1
       WHERE subscription_id = ? AND url IN (SELECT value FROM json_each(?))`,
    ),
    markRun: db.prepare("UPDATE subscriptions SET last_run_at = ? WHERE id = ?"),
    partsSent: db.prepare("UPDATE deliveries SET parts_sent = max(parts_sent, ?) WHERE id = ?"),
    completeDelivery: db.prepare(
      `UPDATE deliveries SET status = 'delivered', delivered_at = ?,
         parts_sent = json_array_length(parts), lease_owner = NULL, lease_until = NULL WHERE id = ?`,
    ),
    deliverItems: db.prepare("UPDATE items SET status = 'delivered' WHERE delivery_id = ?"),
    pendingAll: db.prepare<[], DeliveryRow>(
      "SELECT * FROM deliveries WHERE status = 'pending' ORDER BY id",
    ),
    pendingOf: db.prepare<[number], DeliveryRow>(
      "SELECT * FROM deliveries WHERE status = 'pending' AND subscription_id = ? ORDER BY id",
    ),
  };
}
