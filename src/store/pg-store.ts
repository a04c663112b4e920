import { NewsbriefError } from "../errors.ts";
import { createPgLedger } from "./pg-items.ts";
import { migratePg } from "./pg-migrations.ts";
import {
  createPgDb,
  type PgDb,
  type PgOptions,
  pgConnectError,
  type Queryable,
} from "./pg-pool.ts";
import {
  type ArticleRow,
  type DeliveryRow,
  type FeedRow,
  type SubscriptionRow,
  toArticle,
  toDelivery,
  toFeedState,
  toSubscription,
} from "./rows.ts";
import type { CurrentArticle, Lease, NewSubscription, Store, Subscription } from "./store.ts";

export type { PgOptions } from "./pg-pool.ts";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A Store on PostgreSQL (`pg`), for several instances sharing one database. Connects, creates the
 * schema and migrates it before returning; an unreachable or wrong database is one STORE_FAILED
 * error naming host, port and reason. Afterwards, operations retry through a restart.
 */
export async function openPostgresStore(options: PgOptions): Promise<Store> {
  const schema = options.schema ?? "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new NewsbriefError(
      "CONFIG_INVALID",
      `DATABASE_SCHEMA: "${schema}" is not a plain schema name (lower-case letters, digits, _).`,
    );
  }
  const db = createPgDb({ ...options, schema });
  try {
    await db.once((q) => migratePg(q, schema));
  } catch (error) {
    await db.close().catch(() => undefined);
    throw pgConnectError(db.where, error);
  }
  return postgresStore(db);
}

function postgresStore(db: PgDb): Store {
  const ledger = createPgLedger(db);
  let closed = false;
  return {
    getCurrentArticle: (channel) =>
      db.run("read the channel's article", async (q) => {
        const [row] = await q.query<ArticleRow>(
          "SELECT * FROM current_articles WHERE channel = $1",
          [channel],
        );
        return row === undefined ? null : toArticle(row);
      }),
    setCurrentArticle: (article) =>
      db.run("save the channel's article", (q) => saveArticle(q, article)),
    addSubscription: (subscription) =>
      db.write("save the subscription", (q) => insertSubscription(q, subscription)),
    getSubscription: (id) =>
      db.run("read the subscription", async (q) => {
        const rows = await q.query<SubscriptionRow>("SELECT * FROM subscriptions WHERE id = $1", [
          id,
        ]);
        return (await withFeeds(q, rows))[0] ?? null;
      }),
    listSubscriptions: (channel) =>
      db.run("list subscriptions", async (q) =>
        withFeeds(
          q,
          await q.query<SubscriptionRow>(
            "SELECT * FROM subscriptions WHERE $1::text IS NULL OR channel = $1 ORDER BY id",
            [channel ?? null],
          ),
        ),
      ),
    removeSubscription: (id) =>
      db.write("remove the subscription", async (q) => {
        await q.query("DELETE FROM items WHERE subscription_id = $1", [id]);
        await q.query("DELETE FROM deliveries WHERE subscription_id = $1 AND status = 'pending'", [
          id,
        ]);
        return (await q.count("DELETE FROM subscriptions WHERE id = $1", [id])) > 0;
      }),
    markRun: (id, runAt) =>
      db.run("record the digest run", async (q) => {
        await q.query("UPDATE subscriptions SET last_run_at = $1 WHERE id = $2", [runAt, id]);
      }),
    getFeedStates: (id) =>
      db.run("read the feed state", async (q) =>
        (
          await q.query<FeedRow>(
            "SELECT * FROM feeds WHERE subscription_id = $1 ORDER BY position",
            [id],
          )
        ).map(toFeedState),
      ),
    claimRun: (id, lease, now, slotAt) =>
      db
        .run("claim the digest run", async (q) =>
          withFeeds(q, await claim(q, id, lease, now, slotAt)),
        )
        .then((rows) => rows[0] ?? null),
    renewRun: (id, lease) => db.run("renew the digest run's claim", (q) => renew(q, id, lease)),
    releaseRun: (id, owner) => db.run("release the digest run", (q) => release(q, id, owner)),
    leasePendingDeliveries: (id, lease, now) =>
      db.run("lease pending deliveries", (q) => leasePending(q, id, lease, now)),
    ...ledger,
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}

async function saveArticle(q: Queryable, article: CurrentArticle): Promise<void> {
  await q.query(
    `INSERT INTO current_articles (channel, text, title, url, site_name, published_at, briefed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (channel) DO UPDATE SET text = excluded.text, title = excluded.title,
       url = excluded.url, site_name = excluded.site_name,
       published_at = excluded.published_at, briefed_at = excluded.briefed_at`,
    [
      article.channel,
      article.text,
      article.title ?? null,
      article.url ?? null,
      article.siteName ?? null,
      article.publishedAt ?? null,
      article.briefedAt,
    ],
  );
}

async function insertSubscription(q: Queryable, s: NewSubscription): Promise<Subscription> {
  const rows = await q.query<SubscriptionRow>(
    `INSERT INTO subscriptions (channel, schedule, cron, time_zone, max_items, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [s.channel, s.schedule, s.cron, s.timeZone, s.maxItems, s.createdBy, s.createdAt],
  );
  const id = rows[0]?.id;
  await q.query(
    `INSERT INTO feeds (subscription_id, position, url)
     SELECT $1, ordinality - 1, url FROM unnest($2::text[]) WITH ORDINALITY AS f(url, ordinality)`,
    [id, [...new Set(s.feeds)]],
  );
  return (await withFeeds(q, rows))[0] as Subscription;
}

/** Subscriptions with their feed URLs, read in one query. */
async function withFeeds(q: Queryable, rows: SubscriptionRow[]): Promise<Subscription[]> {
  if (rows.length === 0) return [];
  const feeds = await q.query<{ subscription_id: number; url: string }>(
    "SELECT subscription_id, url FROM feeds WHERE subscription_id = ANY($1) ORDER BY position",
    [rows.map((row) => row.id)],
  );
  return rows.map((row) =>
    toSubscription(
      row,
      feeds.filter((feed) => feed.subscription_id === row.id).map((feed) => feed.url),
    ),
  );
}

// One conditional UPDATE: PostgreSQL locks the row, so of two instances claiming at once the
// second re-checks the WHERE after the first commits, and finds the claim taken.
function claim(q: Queryable, id: number, lease: Lease, now: number, slotAt?: number) {
  return q.query<SubscriptionRow>(
    `UPDATE subscriptions SET run_owner = $2, run_until = $3
     WHERE id = $1 AND (run_owner IS NULL OR run_owner = $2 OR run_until < $4)
       AND ($5::bigint IS NULL OR coalesce(last_run_at, created_at) < $5)
     RETURNING *`,
    [id, lease.owner, lease.until, now, slotAt ?? null],
  );
}

// Each one statement (data-modifying CTEs): the claim and its deliveries' leases move together.
async function renew(q: Queryable, id: number, lease: Lease): Promise<boolean> {
  const [row] = await q.query<{ held: number }>(
    `WITH run AS (
       UPDATE subscriptions SET run_until = $3 WHERE id = $1 AND run_owner = $2 RETURNING id),
     leases AS (
       UPDATE deliveries SET lease_until = $3
       WHERE subscription_id IN (SELECT id FROM run) AND lease_owner = $2 AND status = 'pending')
     SELECT count(*) AS held FROM run`,
    [id, lease.owner, lease.until],
  );
  return (row?.held ?? 0) > 0;
}

async function release(q: Queryable, id: number, owner: string): Promise<void> {
  await q.query(
    `WITH run AS (
       UPDATE subscriptions SET run_owner = NULL, run_until = NULL
       WHERE id = $1 AND run_owner = $2)
     UPDATE deliveries SET lease_owner = NULL, lease_until = NULL
     WHERE subscription_id = $1 AND lease_owner = $2 AND status = 'pending'`,
    [id, owner],
  );
}

// SKIP LOCKED: a delivery another transaction is leasing at this moment is left to it.
async function leasePending(q: Queryable, id: number, lease: Lease, now: number) {
  const rows = await q.query<DeliveryRow>(
    `UPDATE deliveries d SET lease_owner = $2, lease_until = $3
     FROM (SELECT id FROM deliveries
           WHERE subscription_id = $1 AND status = 'pending'
             AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until < $4)
           ORDER BY id FOR UPDATE SKIP LOCKED) free
     WHERE d.id = free.id
     RETURNING d.*`,
    [id, lease.owner, lease.until, now],
  );
  return rows.map(toDelivery).sort((a, b) => a.id - b.id);
}
