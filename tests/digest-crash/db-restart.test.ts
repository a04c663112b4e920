// A PostgreSQL restart in the middle of a digest loses nothing: the store's operations retry with
// backoff while the server is away, and the digest completes once it is back. The test makes and
// starts a cluster of its own (as the `postgres` user when run as root), so stopping it disturbs no
// other test; without PostgreSQL's server programs on the machine it is skipped.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/bot/ports.ts";
import { createItemBriefer } from "../../src/digest/brief-item.ts";
import { createDigestService } from "../../src/digest/service.ts";
import { silentLogger } from "../../src/log.ts";
import { openPostgresStore } from "../../src/store/pg-store.ts";
import type { Store } from "../../src/store/store.ts";
import { MemoryFeeds, RecordingPort, story } from "../unit/digest/helpers.ts";

const FEED = "https://news.example/feed.xml";

/** The folder with initdb and pg_ctl: on the PATH, or Debian's /usr/lib/postgresql/<version>/bin. */
function serverBin(): string | null {
  const candidates: string[] = [];
  try {
    const initdb = execFileSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).trim();
    if (initdb !== "")
      candidates.push(
        join(execFileSync("readlink", ["-f", initdb], { encoding: "utf8" }).trim(), ".."),
      );
  } catch {}
  if (existsSync("/usr/lib/postgresql"))
    for (const version of readdirSync("/usr/lib/postgresql").sort().reverse())
      candidates.push(join("/usr/lib/postgresql", version, "bin"));
  return (
    candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) ??
    null
  );
}

const isRoot = process.getuid?.() === 0;
const BIN = serverBin();
const canRun =
  BIN !== null && (!isRoot || existsSync("/usr/sbin/runuser") || existsSync("/sbin/runuser"));
if (!canRun)
  process.stderr.write(
    "database restart test skipped: no PostgreSQL server programs (initdb, pg_ctl)\n",
  );

/** Runs a server program as the cluster's owner: `postgres` when we are root (the server refuses root). */
function asOwner(program: string, args: string[]): void {
  const path = join(BIN ?? "", program);
  if (isRoot) execFileSync("runuser", ["-u", "postgres", "--", path, ...args], { stdio: "pipe" });
  else execFileSync(path, args, { stdio: "pipe" });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let dir: string;
let port: number;
const data = () => join(dir, "data");
const startServer = () =>
  asOwner("pg_ctl", [
    "-D",
    data(),
    "-l",
    join(dir, "log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    "start",
  ]);
const stopServer = () => asOwner("pg_ctl", ["-D", data(), "-m", "fast", "-w", "stop"]);

beforeAll(() => {
  if (!canRun) return;
  dir = mkdtempSync(join(tmpdir(), "newsbrief-pg-restart-"));
  chmodSync(dir, 0o777);
  if (isRoot) execFileSync("chown", ["postgres", dir]);
  asOwner("initdb", ["-D", data(), "-A", "trust", "-U", "postgres"]);
}, 60_000);

afterAll(() => {
  if (!canRun) return;
  try {
    stopServer();
  } catch {}
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!canRun)("a PostgreSQL restart mid-digest", () => {
  it("loses nothing: the store retries with backoff and the digest completes when it is back", async () => {
    port = await freePort();
    startServer();
    const troubles: string[] = [];
    const store: Store = await openPostgresStore({
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      retryMs: 60_000,
      onTrouble: (message) => troubles.push(message),
    });
    const feeds = new MemoryFeeds();
    feeds.set(
      FEED,
      Array.from({ length: 8 }, (_, i) => story(i + 1)),
    );
    // Small messages: the digest takes several, and the server goes away after the first.
    const port700 = new RecordingPort("console", 700);
    const post = port700.post.bind(port700);
    let restarted: Promise<void> | null = null;
    port700.post = async (channelId, reply, options) => {
      await post(channelId, reply, options);
      if (restarted !== null) return;
      stopServer();
      restarted = new Promise((resolve) =>
        setTimeout(() => {
          startServer();
          resolve();
        }, 2_000),
      );
    };
    const service = createDigestService({
      store,
      clock: systemClock,
      logger: silentLogger(),
      fetchFeed: feeds.fetch,
      briefItem: createItemBriefer({}),
      defaults: { maxItems: 8 },
      checkFeeds: false,
    });
    service.attach(port700);
    const sub = await store.addSubscription({
      channel: "console:main",
      feeds: [FEED],
      schedule: "hourly",
      cron: "0 * * * *",
      timeZone: "UTC",
      maxItems: 8,
      createdBy: "test",
      createdAt: Date.now(),
    });

    const result = await service.runner.run(sub, { kind: "now" });
    await restarted;
    expect(result).toMatchObject({ outcome: "posted", items: 8 });
    expect(result.parts).toBeGreaterThan(1);
    expect(troubles.some((message) => message.startsWith("retrying:"))).toBe(true);
    expect(port700.links().sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `https://news.example/story/${i + 1}`).sort(),
    );
    expect(new Set(port700.posts.map((p) => p.key)).size).toBe(port700.posts.length);
    expect(await store.pendingDeliveries()).toEqual([]);
    expect(await store.queuedItems(sub.id, 10)).toEqual([]);
    await service.stop();
    await store.close();
  }, 120_000);
});
