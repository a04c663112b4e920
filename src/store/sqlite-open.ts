import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { NewsbriefError } from "../errors.ts";
import { migrate } from "./migrations.ts";

/** True for paths SQLite keeps in memory rather than in a file. */
export function isMemoryPath(path: string): boolean {
  return path === ":memory:" || path === "";
}

/**
 * Opens (creating it and its folder when needed) a SQLite database in WAL mode and brings its
 * schema up to date.
 */
export function openDatabase(path: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (!isMemoryPath(path)) mkdirSync(dirname(resolve(path)), { recursive: true });
    db = new Database(path);
    // WAL lets the CLI read and write while the bot runs; NORMAL sync is durable across process crashes.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw storeError(`open the database ${path}`, error, path);
  }
}

/** Wraps a driver failure into STORE_FAILED, saying what was being done and on which file. */
export function storeError(doing: string, error: unknown, path?: string): NewsbriefError {
  const why = error instanceof Error ? error.message : String(error);
  const where =
    path === undefined ? "" : ` Check that ${path} is a writable SQLite file (DATABASE_PATH).`;
  return new NewsbriefError("STORE_FAILED", `Could not ${doing}: ${why}.${where}`, {
    cause: error,
    ...(path === undefined ? {} : { details: { input: path } }),
  });
}
