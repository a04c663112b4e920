// `npm run start:shards` for real: discord.js's ShardingManager forks two shard processes (the
// normal `npm start` wiring) against a fake Discord whose gateway routes each guild to its shard.
// Each shard answers its guilds' slash commands; the digest both shards' schedulers find due runs
// once, because the store gives its run to one of them. On PostgreSQL when a test server is there,
// else on a SQLite file the two processes share.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningShards, startShards } from "../../../adapters/discord/shards.ts";
import { type Env, openPostgresStore, openSqliteStore, silentLogger } from "../../../src/index.ts";
import { slashInteraction } from "../../fakes/discord-interactions.ts";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord-server.ts";
import { freshSchema, type TestSchema, testDatabaseUrl } from "../../postgres/test-database.ts";

const NEWSROOM = { id: "200000000000000002", name: "Newsroom", channelIds: ["300000000000000003"] };
const SPORTS = { id: "210000000000000000", name: "Sports", channelIds: ["310000000000000001"] };
const USER = { id: "400000000000000004", username: "ana", globalName: "Ana" };

const ARTICLES = {
  [NEWSROOM.id]:
    'The harbour plan passed on Tuesday. "We waited ten years for this," said Mayor Ana Ruiz. Work starts in May.',
  [SPORTS.id]:
    'United won the derby 2-0. "The lads were magnificent," said coach Erik Haag after the match. The title race is open.',
};

/** A feed whose answer waits until `release()`: both shards are up while the digest is in flight. */
async function startSlowFeed() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetches: number[] = [];
  const server: Server = createServer(async (_req, res) => {
    fetches.push(Date.now());
    await gate;
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, fetches, release, close };
}

function rss(): string {
  const items = [1, 2]
    .map(
      (n) => `<item><guid>urn:match:${n}</guid><title>Match report ${n}</title>
      <link>https://sports.example/match/${n}</link><pubDate>${new Date(Date.UTC(2025, 0, n)).toUTCString()}</pubDate>
      <content:encoded>Match ${n} ended level after a late goal. "We never stopped believing," said captain Lena Berg.</content:encoded></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Sports</title><link>https://sports.example/</link>${items}</channel></rss>`;
}

let fake: FakeDiscord;
let feed: Awaited<ReturnType<typeof startSlowFeed>>;
let shards: RunningShards | undefined;
let dir: string;
let schema: TestSchema | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [NEWSROOM, SPORTS], recommendedShards: 2 });
  feed = await startSlowFeed();
  dir = mkdtempSync(join(tmpdir(), "newsbrief-shards-"));
  const database: Env =
    testDatabaseUrl === null
      ? { DATABASE_PATH: join(dir, "shards.db") }
      : await freshSchema("shards").then((created) => {
          schema = created;
          return { DATABASE_URL: created.url, DATABASE_SCHEMA: created.schema };
        });
  const store =
    database.DATABASE_URL === undefined
      ? openSqliteStore(database.DATABASE_PATH ?? "")
      : await openPostgresStore({ url: database.DATABASE_URL, schema: schema?.schema ?? "" });
  // Due since an hour ago: each shard's scheduler runs it as a catch-up as soon as it starts.
  await store.addSubscription({
    channel: `discord:${SPORTS.channelIds[0]}`,
    feeds: [feed.url],
    schedule: "hourly",
    cron: "0 * * * *",
    timeZone: "UTC",
    maxItems: 5,
    createdBy: "test",
    createdAt: Date.now() - 2 * 3_600_000,
  });
  await store.close();
  const env: Env = {
    ...process.env,
    SLACK_BOT_TOKEN: undefined,
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_SHARDS: "auto",
    DISCORD_SHARD_DELAY_MS: "0",
    ALLOW_PRIVATE_URLS: "true",
    // The feed answers only once both shards are up, which can take a while on a busy machine.
    FETCH_TIMEOUT_MS: "300000",
    LOG_LEVEL: "warn",
    ...database,
  };
  shards = await startShards(env, silentLogger());
}, 150_000);

afterAll(async () => {
  feed.release();
  await shards?.stop();
  await fake?.close();
  await feed?.close();
  await schema?.drop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** Dispatches an interaction; resolves with the JSON of the message the user ends up seeing. */
async function answerOf(payload: Record<string, unknown>): Promise<string> {
  const { id, token } = fake.dispatchInteraction(payload);
  const callback = await fake.waitForRequest(
    (r) => r.path.includes(`/interactions/${id}/`),
    20_000,
  );
  if ((callback.body as { type: number }).type !== 5) return JSON.stringify(callback.body);
  const final = await fake.waitForRequest(
    (r) => r.path.includes(`/webhooks/`) && r.path.includes(`/${token}`),
    20_000,
  );
  return JSON.stringify(final.body);
}

describe("npm run start:shards", () => {
  it("starts the number of shards Discord recommends, one gateway session each", () => {
    expect(shards?.totalShards).toBe(2);
    expect([...fake.gateway.identifiedShards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([NEWSROOM, SPORTS].map((g) => fake.gateway.shardOf(g.id))).toEqual([0, 1]);
  });

  it("answers each guild's commands from the shard that receives them", async () => {
    for (const guild of [NEWSROOM, SPORTS]) {
      const target = {
        applicationId: fake.applicationId,
        guildId: guild.id,
        channelId: guild.channelIds[0] ?? "",
        user: USER,
      };
      const text = ARTICLES[guild.id] ?? "";
      const speaker = guild === NEWSROOM ? "Ana Ruiz" : "Erik Haag";
      const briefing = await answerOf(
        slashInteraction(target, { name: "brief", options: [{ name: "text", value: text }] }),
      );
      expect(briefing, `briefing in ${guild.name}`).toContain(speaker);
      const answer = await answerOf(slashInteraction(target, { name: "whosaid" }));
      // /whosaid reads the article /brief saved for the channel: the same shard, through the store.
      expect(answer, `answer in ${guild.name}`).toContain(speaker);
    }
  }, 60_000);

  it("runs the digest both shards find due once: one feed fetch, one message", async () => {
    const channel = SPORTS.channelIds[0] ?? "";
    // Both shards are up and have looked at the due digest; only one is fetching its feed.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    feed.release();
    await fake.waitForRequest(
      (r) => r.method === "POST" && r.path.endsWith(`/channels/${channel}/messages`),
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const posts = fake.requests.filter(
      (r) => r.method === "POST" && r.path.endsWith(`/channels/${channel}/messages`),
    );
    expect(posts).toHaveLength(1);
    expect(feed.fetches).toHaveLength(1);
    expect(JSON.stringify(posts[0]?.body)).toContain("Match report 2");
  }, 60_000);
});
