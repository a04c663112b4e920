// PostgreSQL-only behaviour: start-up errors, migrations under concurrent start, and races between
// instances that SQLite's single writer never sees.
import { createServer } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PG_MIGRATIONS } from "../../../src/store/pg-migrations.ts";
import { openPostgresStore } from "../../../src/store/pg-store.ts";
import type { Store } from "../../../src/store/store.ts";
import { freshSchema, type TestSchema, testDatabaseUrl } from "../../postgres/test-database.ts";
import { item, okState, reply, subscribe } from "./records.ts";

const schemas: TestSchema[] = [];
const stores: Store[] = [];
afterAll(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const schema of schemas.splice(0)) await schema.drop();
});

/** `count` stores on one fresh schema, as `count` instances would open it. */
async function instances(count: number): Promise<{ schema: TestSchema; opened: Store[] }> {
  const schema = await freshSchema("pgstore");
  schemas.push(schema);
  const opened = await Promise.all(
    Array.from({ length: count }, () =>
      openPostgresStore({ url: schema.url, schema: schema.schema, poolMax: 3 }),
    ),
  );
  stores.push(...opened);
  return { schema, opened };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("PostgreSQL start-up errors", () => {
  it("names host, port and reason in one line when nothing listens at DATABASE_URL", async () => {
    const port = await closedPort();
    const failure = await openPostgresStore({
      url: `postgres://newsbrief:s3cret@127.0.0.1:${port}/newsbrief`,
    }).catch((error: Error) => error);
    expect(failure).toMatchObject({ code: "STORE_FAILED" });
    const message = (failure as Error).message;
    expect(message).toBe(
      `Could not connect to PostgreSQL at 127.0.0.1:${port} (DATABASE_URL): connection refused (is PostgreSQL running there?).`,
    );
    expect(message).not.toContain("s3cret");
    expect(message).not.toContain("\n");
  });

  it("refuses a schema name that is not a plain identifier", async () => {
    await expect(
      openPostgresStore({ url: "postgres://x@127.0.0.1:1/db", schema: "a; DROP TABLE x" }),
    ).rejects.toMatchObject({ code: "CONFIG_INVALID", message: /DATABASE_SCHEMA/ });
  });
});

describe.skipIf(testDatabaseUrl === null)("PostgreSQL store", () => {
  it("says which database does not exist", async () => {
    const url = new URL(testDatabaseUrl ?? "");
    url.pathname = "/no_such_database_here";
    await expect(openPostgresStore({ url: url.href })).rejects.toThrow(
      /^Could not connect to PostgreSQL at 127\.0\.0\.1:\d+ \(DATABASE_URL\): database "no_such_database_here" does not exist\.$/,
    );
  });

  it("migrates once when three instances start together, and records every version", async () => {
    const { schema } = await instances(3);
    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT version FROM ${schema.schema}.schema_migrations ORDER BY version`,
    );
    await client.end();
    expect(rows.map((row) => row.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
  });

  it("lets exactly one of several instances claim a run at the same moment", async () => {
    const { opened } = await instances(3);
    const [first] = opened as [Store];
    const sub = await subscribe(first);
    for (let round = 0; round < 5; round++) {
      const now = 10_000 * (round + 1);
      const wins = await Promise.all(
        opened.map((store, i) => store.claimRun(sub.id, { owner: `i${i}`, until: now + 5 }, now)),
      );
      expect(wins.filter((won) => won !== null)).toHaveLength(1);
    }
  });

  it("queues a story once when instances record fetches of one channel at the same time", async () => {
    const { opened } = await instances(3);
    const [first] = opened as [Store];
    // Two digests of one channel with the same feed: its stories are new to the channel once.
    const subs = [await subscribe(first, "slack:C9"), await subscribe(first, "slack:C9")];
    const items = Array.from({ length: 20 }, (_, i) => item(i + 1));
    const results = await Promise.all(
      opened.map((store, i) => {
        const sub = subs[i % 2] as { id: number; channel: string };
        return store.recordFeedFetch({
          subscriptionId: sub.id,
          channel: sub.channel,
          state: okState(),
          items: i === 0 ? items : [...items].reverse(),
          newItemLimit: null,
          queueLimit: 100,
          fetchedAt: 1_000,
        });
      }),
    );
    expect(results.reduce((sum, r) => sum + r.queued, 0)).toBe(20);
    const queued = [
      ...(await first.queuedItems(subs[0]?.id ?? 0, 100)),
      ...(await first.queuedItems(subs[1]?.id ?? 0, 100)),
    ];
    expect(queued.map((q) => q.title).sort()).toEqual(items.map((i) => i.title).sort());
  });

  it("records a delivery once when instances race with the same key, and its items go to one", async () => {
    const { opened } = await instances(3);
    const [first] = opened as [Store];
    const sub = await subscribe(first);
    await first.recordFeedFetch({
      subscriptionId: sub.id,
      channel: sub.channel,
      state: okState(),
      items: [item(1), item(2)],
      newItemLimit: null,
      queueLimit: 15,
      fetchedAt: 1_000,
    });
    const ids = (await first.queuedItems(sub.id, 10)).map((i) => i.id);
    const plan = (owner: string, key: string) => ({
      idempotencyKey: key,
      subscriptionId: sub.id,
      channel: sub.channel,
      parts: [reply("x")],
      itemIds: ids,
      reportedFeeds: [],
      runAt: 2_000,
      lease: { owner, until: 9_000 },
    });
    const same = await Promise.all(
      opened.map((store, i) => store.createDelivery(plan(`i${i}`, "slot-key"), 2_000)),
    );
    expect(same.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(same.map((r) => r.delivery.id)).size).toBe(1);
    // Other keys ("/digest now" in two instances) for the same items: every one is refused.
    const other = await Promise.allSettled(
      opened.map((store, i) => store.createDelivery(plan(`i${i}`, `now-${i}`), 2_000)),
    );
    expect(other.every((r) => r.status === "rejected")).toBe(true);
    expect(await first.pendingDeliveries()).toHaveLength(1);
  });
});
