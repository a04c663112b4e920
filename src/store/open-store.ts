import type { CoreConfig } from "../config.ts";
import { openPostgresStore } from "./pg-store.ts";
import { openSqliteStore } from "./sqlite-store.ts";
import type { Store } from "./store.ts";

/** Options of `openStore` beyond the configuration. */
export interface OpenStoreOptions {
  /** A SQLite file other than DATABASE_PATH (the CLI's --db). */
  readonly path?: string;
  /** Told when PostgreSQL operations retry through a restart, or an idle connection is lost. */
  readonly onTrouble?: (message: string, error: unknown) => void;
}

/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set (several instances), else the
 * SQLite file at DATABASE_PATH. Fails with one STORE_FAILED line when the database cannot be used.
 */
export async function openStore(
  config: CoreConfig,
  options: OpenStoreOptions = {},
): Promise<Store> {
  if (config.postgres === undefined || options.path !== undefined)
    return openSqliteStore(options.path ?? config.databasePath);
  return openPostgresStore({
    url: config.postgres.url,
    schema: config.postgres.schema,
    poolMax: config.postgres.poolMax,
    retryMs: config.postgres.retryMs,
    ...(options.onTrouble === undefined ? {} : { onTrouble: options.onTrouble }),
  });
}
