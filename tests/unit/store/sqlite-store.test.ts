import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../../src/store/migrations.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { describeStoreContract } from "./contract.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-store-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeStoreContract("SQLite", async () => openSqliteStore(":memory:"));

describe("the SQLite store", () => {
  it("creates the database file and its folder, in WAL mode, at the latest schema version", async () => {
    const path = join(tempDir(), "nested", "deeper", "newsbrief.db");
    const store = openSqliteStore(path);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("keeps a channel's current article across reopening the file", async () => {
    const path = join(tempDir(), "a.db");
    const first = openSqliteStore(path);
    await first.setCurrentArticle({ channel: "slack:C1", text: "Body.", title: "T", briefedAt: 5 });
    await first.setCurrentArticle({ channel: "slack:C1", text: "Newer.", briefedAt: 6 });
    await first.close();
    const again = openSqliteStore(path);
    expect(await again.getCurrentArticle("slack:C1")).toEqual({
      channel: "slack:C1",
      text: "Newer.",
      briefedAt: 6,
    });
    expect(await again.getCurrentArticle("slack:C2")).toBeNull();
    await again.close();
  });

  it("refuses a file that is not a SQLite database with STORE_FAILED naming the file", () => {
    const path = join(tempDir(), "junk.db");
    writeFileSync(
      path,
      "this is not a database, just text that happens to be long enough".repeat(40),
    );
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: "STORE_FAILED" }));
    expect(() => openSqliteStore(path)).toThrow(/junk\.db/);
  });
});
