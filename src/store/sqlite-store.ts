import type Database from "better-sqlite3";
import { isNewsbriefError } from "../errors.ts";
import {
  type ArticleRow,
  type FeedRow,
  type SubscriptionRow,
  toArticle,
  toFeedState,
  toSubscription,
} from "./rows.ts";
import { createClaims } from "./sqlite-claims.ts";
import { createItemLedger } from "./sqlite-items.ts";
import { openDatabase, storeError } from "./sqlite-open.ts";
import type { Store, Subscription } from "./store.ts";

/** A Store on SQLite (better-sqlite3, WAL); `path` is a file (created with its folder) or ":memory:". */
export function openSqliteStore(path: string): Store {
  const db = openDatabase(path);
  const guard = guarded(path);
  const subscriptions = subscriptionQueries(db);
  const ledger = createItemLedger(db);
  const claims = createClaims(db);
  const articles = {
    get: db.prepare<[string], ArticleRow>("SELECT * FROM current_articles WHERE channel = ?"),
    set: db.prepare(
      `INSERT INTO current_articles (channel, text, title, url, site_name, published_at, briefed_at)
       VALUES (@channel, @text, @title, @url, @siteName, @publishedAt, @briefedAt)
       ON CONFLICT (channel) DO UPDATE SET text = excluded.text, title = excluded.title,
         url = excluded.url, site_name = excluded.site_name,
         published_at = excluded.published_at, briefed_at = excluded.briefed_at`,
    ),
  };
  let closed = false;

  return {
    getCurrentArticle: guard("read the channel's article", (channel) => {
      const row = articles.get.get(channel);
      return row === undefined ? null : toArticle(row);
    }),
    setCurrentArticle: guard("save the channel's article", (article) => {
      articles.set.run({ title: null, url: null, siteName: null, publishedAt: null, ...article });
    }),
    addSubscription: guard("save the subscription", subscriptions.add),
    getSubscription: guard("read the subscription", subscriptions.get),
    listSubscriptions: guard("list subscriptions", subscriptions.list),
    removeSubscription: guard("remove the subscription", subscriptions.remove),
    markRun: guard("record the digest run", subscriptions.markRun),
    claimRun: guard("claim the digest run", (id: number, lease, now: number, slotAt?: number) => {
      const row = claims.claimRun(id, lease, now, slotAt);
      return row === null ? null : subscriptions.withFeeds(row);
    }),
    renewRun: guard("renew the digest run's claim", claims.renewRun),
    releaseRun: guard("release the digest run", claims.releaseRun),
    leasePendingDeliveries: guard("lease pending deliveries", claims.leasePendingDeliveries),
    getFeedStates: guard("read the feed state", (id: number) =>
      subscriptions.feedRows.all(id).map(toFeedState),
    ),
    recordFeedFetch: guard("save the feed's items", ledger.recordFeedFetch),
    queuedItems: guard("read queued items", ledger.queuedItems),
    prune: guard("prune old items", ledger.prune),
    createDelivery: guard("record the delivery", ledger.createDelivery),
    markPartsSent: guard("record the delivery's progress", ledger.markPartsSent),
    completeDelivery: guard("record the delivery", ledger.completeDelivery),
    pendingDeliveries: guard("read pending deliveries", ledger.pendingDeliveries),
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

/** Makes a synchronous query async and turns driver errors into STORE_FAILED. */
function guarded(path: string) {
  return <A extends unknown[], R>(doing: string, fn: (...args: A) => R) =>
    async (...args: A): Promise<R> => {
      try {
        return fn(...args);
      } catch (error) {
        if (isNewsbriefError(error)) throw error;
        throw storeError(doing, error, path);
      }
    };
}

function subscriptionQueries(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO subscriptions (channel, schedule, cron, time_zone, max_items, created_by, created_at)
     VALUES (@channel, @schedule, @cron, @timeZone, @maxItems, @createdBy, @createdAt)`,
  );
  const insertFeed = db.prepare(
    "INSERT INTO feeds (subscription_id, position, url) VALUES (?, ?, ?)",
  );
  const byId = db.prepare<[number], SubscriptionRow>("SELECT * FROM subscriptions WHERE id = ?");
  const all = db.prepare<[], SubscriptionRow>("SELECT * FROM subscriptions ORDER BY id");
  const byChannel = db.prepare<[string], SubscriptionRow>(
    "SELECT * FROM subscriptions WHERE channel = ? ORDER BY id",
  );
  const feedRows = db.prepare<[number], FeedRow>(
    "SELECT * FROM feeds WHERE subscription_id = ? ORDER BY position",
  );
  const withFeeds = (row: SubscriptionRow): Subscription =>
    toSubscription(
      row,
      feedRows.all(row.id).map((feed) => feed.url),
    );
  const removeAll = db.transaction((id: number) => {
    db.prepare("DELETE FROM items WHERE subscription_id = ?").run(id);
    db.prepare("DELETE FROM deliveries WHERE subscription_id = ? AND status = 'pending'").run(id);
    return db.prepare("DELETE FROM subscriptions WHERE id = ?").run(id).changes > 0;
  });
  const add = db.transaction((subscription: Parameters<Store["addSubscription"]>[0]) => {
    const { feeds, ...fields } = subscription;
    const id = Number(insert.run(fields).lastInsertRowid);
    for (const [position, url] of [...new Set(feeds)].entries()) insertFeed.run(id, position, url);
    return withFeeds(byId.get(id) as SubscriptionRow);
  });
  const markRun = db.prepare("UPDATE subscriptions SET last_run_at = ? WHERE id = ?");
  return {
    feedRows,
    withFeeds,
    add: (subscription: Parameters<Store["addSubscription"]>[0]) => add.immediate(subscription),
    get: (id: number) => {
      const row = byId.get(id);
      return row === undefined ? null : withFeeds(row);
    },
    list: (channel?: string) =>
      (channel === undefined ? all.all() : byChannel.all(channel)).map(withFeeds),
    remove: (id: number) => removeAll.immediate(id),
    markRun: (id: number, runAt: number) => {
      markRun.run(runAt, id);
    },
  };
}
