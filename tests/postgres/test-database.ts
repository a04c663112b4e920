// The PostgreSQL the tests use: TEST_DATABASE_URL, or the throwaway server `npm run db:start` starts.
// Each caller gets a schema of its own, so parallel test files never see each other's rows.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** Where `npm run db:start` (.ci/postgres.sh) listens. */
export const DEFAULT_TEST_URL = "postgres://postgres@127.0.0.1:55432/postgres";

export const SKIP_HINT =
  "PostgreSQL tests skipped: no server. Start one with `npm run db:start` (or set TEST_DATABASE_URL) and run again.";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function findServer(): Promise<string | null> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_URL;
  if (await reachable(url)) return url;
  // CI always runs these tests: a missing server there is a failure, not a skip.
  if (process.env.CI === "true" || process.env.TEST_DATABASE_URL !== undefined) {
    throw new Error(`TEST_DATABASE_URL ${url} is not reachable; .ci/run starts one.`);
  }
  process.stderr.write(`${SKIP_HINT}\n`);
  return null;
}

/** The test server's URL, or null (after printing how to start one) when there is none locally. */
export const testDatabaseUrl: string | null = await findServer();

/** A fresh, empty schema on the test server; `drop` removes it with everything in it. */
export interface TestSchema {
  readonly url: string;
  readonly schema: string;
  drop(): Promise<void>;
}

/** Creates a schema with a random name (newsbrief creates its tables in it when opened). */
export async function freshSchema(prefix = "t"): Promise<TestSchema> {
  const url = testDatabaseUrl;
  if (url === null) throw new Error(SKIP_HINT);
  const schema = `${prefix}_${randomBytes(6).toString("hex")}`;
  return {
    url,
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
