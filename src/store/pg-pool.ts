import pg from "pg";
import { isNewsbriefError, NewsbriefError } from "../errors.ts";

/** Where and how to reach PostgreSQL. */
export interface PgOptions {
  /** postgres://user:password@host:port/database */
  readonly url: string;
  /** The schema newsbrief's tables live in (created when missing); default "public". */
  readonly schema?: string;
  /** Connections this process opens at most (default 10). */
  readonly poolMax?: number;
  /** How long an operation keeps retrying while the database is unreachable (default 60 s). */
  readonly retryMs?: number;
  /** How long opening one connection may take (default 5 s). */
  readonly connectTimeoutMs?: number;
  /** Told about each retry (a restart or failover in progress) and about idle connections lost. */
  readonly onTrouble?: (message: string, error: unknown) => void;
}

/** What a query runs on: the pool or a transaction's client. */
export interface Queryable {
  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Rows changed by an UPDATE or DELETE. */
  count(sql: string, params?: readonly unknown[]): Promise<number>;
}

/**
 * A pool with retries: `run` sends autocommit statements (reads, or one atomic statement) on any
 * connection; `write` runs its statements in one transaction.
 */
export interface PgDb {
  run<T>(doing: string, work: (q: Queryable) => Promise<T>): Promise<T>;
  write<T>(doing: string, work: (q: Queryable) => Promise<T>): Promise<T>;
  /**
   * One attempt on one connection, no retry: for start-up, where an unreachable database is a
   * configuration error, and for work that manages its own transaction.
   */
  once<T>(work: (q: Queryable) => Promise<T>): Promise<T>;
  /** "host:port", never the password. */
  readonly where: string;
  close(): Promise<void>;
}

const INT8_OID = 20;
// Times are milliseconds since the epoch in BIGINT columns; they fit a double exactly.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Opens a pool on the URL with the schema on its search path; connects lazily. */
export function createPgDb(options: PgOptions): PgDb {
  const schema = options.schema ?? "public";
  const where = describeUrl(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    options: `-c search_path=${schema}`,
    types,
  });
  // Without a listener, a server closing an idle connection (a restart) would crash the process.
  pool.on("error", (error) => options.onTrouble?.("idle PostgreSQL connection lost", error));
  const retryMs = options.retryMs ?? 60_000;
  const attempt = <T>(doing: string, run: () => Promise<T>) =>
    withRetry(run, retryMs, (error) => options.onTrouble?.(`retrying: ${doing}`, error)).catch(
      (error: unknown) => {
        throw isNewsbriefError(error) ? error : pgStoreError(doing, error, where);
      },
    );
  const onPool: Queryable = queryable(pool);
  return {
    where,
    run: (doing, work) => attempt(doing, () => work(onPool)),
    write: (doing, work) => attempt(doing, () => transaction(pool, work)),
    async once(work) {
      const { client, release } = await checkOut(pool);
      try {
        return await work(queryable(client));
      } finally {
        release();
      }
    },
    close: () => pool.end(),
  };
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <R>(sql: string, params?: readonly unknown[]) =>
      (await client.query(sql, params as unknown[])).rows as R[],
    count: async (sql, params) => (await client.query(sql, params as unknown[])).rowCount ?? 0,
  };
}

/** A client of the pool, whose connection dying while it is checked out is a failed query, not a crash. */
async function checkOut(pool: pg.Pool): Promise<{ client: pg.PoolClient; release(): void }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on("error", onError);
  return {
    client,
    release() {
      client.off("error", onError);
      client.release(broken);
    },
  };
}

async function transaction<T>(pool: pg.Pool, work: (q: Queryable) => Promise<T>): Promise<T> {
  const { client, release } = await checkOut(pool);
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(queryable(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    // A client whose connection broke is dropped, not handed to the next query.
    if (broken) client.release(true);
    else release();
  }
}

/** Runs `work` again with backoff (0.1 s doubling to 2 s) while it fails for a transient reason. */
async function withRetry<T>(
  work: () => Promise<T>,
  retryMs: number,
  onRetry: (error: unknown) => void,
): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const waitMs = Math.min(2_000, 100 * 2 ** attempt);
      if (!isTransient(error) || Date.now() - started + waitMs > retryMs) throw error;
      onRetry(error);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

const TRANSIENT = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "57P01", // admin_shutdown: the server is restarting
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up
  "53300", // too_many_connections
  "40001", // serialization_failure
  "40P01", // deadlock_detected
]);

/** True for failures that a retry can cure: the server restarting, a dropped connection, a deadlock. */
export function isTransient(error: unknown): boolean {
  if (isNewsbriefError(error) || !(error instanceof Error)) return false;
  const code = errorCode(error);
  if (code !== undefined && (TRANSIENT.has(code) || code.startsWith("08"))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|connection error|terminating connection/i.test(
    error.message,
  );
}

function errorCode(error: Error): string | undefined {
  const own = (error as { code?: unknown }).code;
  if (typeof own === "string") return own;
  // Node's happy-eyeballs connect reports one error per address tried.
  const inner = (error as { errors?: unknown[] }).errors?.[0];
  return inner instanceof Error ? errorCode(inner) : undefined;
}

/** "host:port" of a postgres:// URL (or its ?host= socket folder), never its password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
    return `${host}:${parsed.port || "5432"}`;
  } catch {
    return "(unparsable URL)";
  }
}

/** Why a connection or a query failed, in a few words a person can act on. */
export function pgReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = errorCode(error);
  if (code === "ECONNREFUSED") return "connection refused (is PostgreSQL running there?)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ETIMEDOUT" || /timeout/i.test(error.message)) return "no answer (timed out)";
  const first = error.message.split("\n")[0]?.trim();
  return first === undefined || first === "" ? (code ?? error.name) : first;
}

/** The one-line error for a database newsbrief cannot reach or use at start. */
export function pgConnectError(where: string, error: unknown): NewsbriefError {
  return new NewsbriefError(
    "STORE_FAILED",
    `Could not connect to PostgreSQL at ${where} (DATABASE_URL): ${pgReason(error)}.`,
    {
      cause: error,
      details: {
        input: where,
        reason: "store-unreachable",
        ...(errorCode(error as Error) === undefined
          ? {}
          : { platformCode: errorCode(error as Error) as string }),
      },
    },
  );
}

function pgStoreError(doing: string, error: unknown, where: string): NewsbriefError {
  return new NewsbriefError(
    "STORE_FAILED",
    `Could not ${doing}: ${pgReason(error)} (PostgreSQL at ${where}).`,
    { cause: error, details: { input: where } },
  );
}
