import type Database from "better-sqlite3";

/**
 * The schema, one entry per version. Never edit a released entry: append a new one.
 * `PRAGMA user_version` records how many have been applied.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE current_articles (
     channel TEXT PRIMARY KEY,
     text TEXT NOT NULL,
     title TEXT, url TEXT, site_name TEXT, published_at TEXT,
     briefed_at INTEGER NOT NULL
   );
   CREATE TABLE subscriptions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     channel TEXT NOT NULL,
     schedule TEXT NOT NULL,
     cron TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     max_items INTEGER NOT NULL,
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     last_run_at INTEGER
   );
   CREATE INDEX subscriptions_channel ON subscriptions(channel);
   CREATE TABLE feeds (
     subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     url TEXT NOT NULL,
     etag TEXT, last_modified TEXT,
     fetched_once INTEGER NOT NULL DEFAULT 0,
     failures INTEGER NOT NULL DEFAULT 0,
     retry_at INTEGER,
     last_error TEXT,
     error_reported INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (subscription_id, url)
   );
   CREATE TABLE deliveries (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     idempotency_key TEXT NOT NULL UNIQUE,
     subscription_id INTEGER NOT NULL,
     channel TEXT NOT NULL,
     parts TEXT NOT NULL,
     parts_sent INTEGER NOT NULL DEFAULT 0,
     status TEXT NOT NULL CHECK (status IN ('pending', 'delivered')),
     created_at INTEGER NOT NULL,
     delivered_at INTEGER
   );
   CREATE INDEX deliveries_pending ON deliveries(status) WHERE status = 'pending';
   CREATE TABLE items (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     subscription_id INTEGER NOT NULL,
     channel TEXT NOT NULL,
     feed_url TEXT NOT NULL,
     title TEXT NOT NULL,
     link TEXT,
     sort_key INTEGER NOT NULL,
     published_at TEXT,
     text TEXT,
     keys TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'delivered', 'skipped')),
     delivery_id INTEGER REFERENCES deliveries(id),
     seen_at INTEGER NOT NULL
   );
   CREATE INDEX items_queue ON items(subscription_id, status, sort_key);
   CREATE TABLE item_keys (
     channel TEXT NOT NULL,
     key TEXT NOT NULL,
     item_id INTEGER NOT NULL,
     PRIMARY KEY (channel, key)
   ) WITHOUT ROWID;`,
  // 2: whether an item's text is the whole article (the feed's content) or only a teaser.
  "ALTER TABLE items ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;",
  // 3: when each dedupe key was last seen in a feed, so keys of items long gone can be pruned.
  `ALTER TABLE item_keys ADD COLUMN seen_at INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX item_keys_seen ON item_keys(seen_at);
   CREATE INDEX items_seen ON items(seen_at) WHERE status IN ('delivered', 'skipped');`,
  // 4: completing a delivery finds its items by index, not by scanning every item ever seen.
  "CREATE INDEX items_delivery ON items(delivery_id) WHERE delivery_id IS NOT NULL;",
  // 5: run claims and delivery leases, so several processes on one database take turns.
  `ALTER TABLE subscriptions ADD COLUMN run_owner TEXT;
   ALTER TABLE subscriptions ADD COLUMN run_until INTEGER;
   ALTER TABLE deliveries ADD COLUMN lease_owner TEXT;
   ALTER TABLE deliveries ADD COLUMN lease_until INTEGER;`,
];

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database): number {
  const applied = db.pragma("user_version", { simple: true }) as number;
  if (applied > MIGRATIONS.length) {
    throw new Error(
      `the database is at schema version ${applied}, newer than this newsbrief (${MIGRATIONS.length}); upgrade newsbrief`,
    );
  }
  for (let version = applied; version < MIGRATIONS.length; version++) {
    const sql = MIGRATIONS[version] ?? "";
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length - applied;
}
