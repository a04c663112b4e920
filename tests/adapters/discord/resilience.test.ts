import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordChatPort } from "../../../adapters/discord/chat-port.ts";
import { startDiscord } from "../../../adapters/discord/main.ts";
import {
  createBot,
  isNewsbriefError,
  NewsbriefError,
  openSqliteStore,
  type Reply,
  silentLogger,
} from "../../../src/index.ts";
import { slashInteraction } from "../../fakes/discord-interactions.ts";
import { startFakeDiscord } from "../../fakes/discord-server.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { feedXml, newsPage, seedPage } from "../../fakes/pages.ts";
import { type DiscordHarness, rendered, startDiscordHarness, visibleText } from "./harness.ts";

let discord: DiscordHarness;
let site: TestServer;

const rss = (origin: string) =>
  feedXml({
    format: "rss",
    title: "Example News",
    link: `${origin}/`,
    entries: [
      {
        title: "Harbour vote delayed",
        link: `${origin}/council/harbour-vote`,
        guid: "harbour-1",
        summary: "The council delayed the harbour vote.",
      },
      {
        title: "Kelly in Mexico",
        link: `${origin}/world/kelly-mexico`,
        guid: "kelly-1",
        summary: "Kelly promised no mass deportations.",
      },
    ],
  });

beforeAll(async () => {
  site = await startTestServer({ "/world/kelly-mexico": serve("text/html", seedPage()) });
  site.route("/feed.xml", serve("application/rss+xml", rss(site.origin)));
  site.route(
    "/council/harbour-vote",
    serve(
      "text/html",
      newsPage("Harbour vote delayed", [
        "The city council delayed its vote on the harbour budget on Tuesday.",
        "“We need another week to read the numbers,” council chair Maria Lopez said.",
      ]),
    ),
  );
  // A short heartbeat interval, so the heartbeats and their ACKs happen within the tests.
  discord = await startDiscordHarness({ fake: { heartbeatIntervalMs: 200 } });
});

afterAll(async () => {
  await discord.close();
  await site.close();
});

describe("the Discord adapter over time", () => {
  it("identifies with the Guilds intent only", () => {
    expect(discord.fake.gateway.identifies).toEqual([{ intents: 1 }]);
  });

  it("heartbeats and, with every beat acknowledged, keeps its one gateway session", async () => {
    const since = discord.fake.gateway.heartbeats.length;
    const deadline = Date.now() + 5_000;
    while (discord.fake.gateway.heartbeats.length < since + 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(discord.fake.gateway.heartbeats.length).toBeGreaterThanOrEqual(since + 3);
    expect(discord.fake.gateway.identifies).toHaveLength(1);
    expect(discord.fake.gateway.resumes).toHaveLength(0);
  });

  it("keeps the channel's current article across a restart", async () => {
    await discord.slash({
      name: "brief",
      options: [{ name: "url", value: site.url("/world/kelly-mexico") }],
    });
    await discord.restart();
    expect(discord.fake.gateway.identifies).toHaveLength(2);
    const outcome = await discord.slash({
      name: "whosaid",
      options: [{ name: "speaker", value: "Kelly" }],
    });
    expect(outcome.ephemeral).toBe(false);
    const text = rendered(visibleText(outcome.message));
    expect(text).toContain("Kelly");
    expect(text).toContain("mass deportations");
    const choices = await discord.autocomplete({
      name: "whosaid",
      options: [{ name: "speaker", value: "Til", focused: true }],
    });
    expect(choices.map((c) => c.name)).toContain("Rex Tillerson");
  });

  it("resumes after a gateway reconnect (op 7) and keeps answering, missed events included", async () => {
    const identifies = discord.fake.gateway.identifies.length;
    const resumed = discord.fake.gateway.reconnect();
    await discord.fake.gateway.disconnected();
    // Sent while the client is away: the gateway replays it after RESUME.
    const during = discord.slash({
      name: "whosaid",
      options: [{ name: "phrase", value: "mass deportations" }],
    });
    await resumed;
    expect(discord.fake.gateway.resumes).toHaveLength(1);
    expect(discord.fake.gateway.identifies).toHaveLength(identifies);
    expect(rendered(visibleText((await during).message))).toContain("John Kelly");
    const after = await discord.slash({ name: "whosaid" });
    expect(after.type).toBe(4);
    expect(rendered(visibleText(after.message))).toContain("Kelly");
  });

  it("survives an error event from the client and answers the next command", async () => {
    expect(() => discord.adapter.client.emit("error", new Error("socket hang up"))).not.toThrow();
    const outcome = await discord.slash({ name: "brief" });
    expect(outcome.ephemeral).toBe(true);
  });

  it("answers an unknown command with a private error instead of failing", async () => {
    const outcome = await discord.slash({ name: "weather" });
    expect(outcome.ephemeral).toBe(true);
    expect(rendered(visibleText(outcome.message))).toContain("Unknown command /weather");
  });

  it("adds a digest, then posts it to the channel through the chat port on /digest now", async () => {
    const added = await discord.slash({
      name: "digest",
      subcommand: "add",
      options: [
        { name: "feed", value: site.url("/feed.xml") },
        { name: "schedule", value: "daily 08:00" },
        { name: "timezone", value: "Europe/Paris" },
      ],
    });
    const addedText = rendered(visibleText(added.message));
    expect(addedText).toContain("daily 08:00 (Europe/Paris)");
    const id = /Digest #(\d+) added/.exec(addedText)?.[1] ?? "";
    expect(id).not.toBe("");
    const listed = await discord.slash({ name: "digest", subcommand: "list" });
    expect(rendered(visibleText(listed.message))).toContain(`#${id}: daily 08:00 (Europe/Paris)`);
    const now = await discord.slash({
      name: "digest",
      subcommand: "now",
      options: [{ name: "id", value: id }],
    });
    expect(rendered(visibleText(now.message))).toMatch(
      new RegExp(`Digest #${id} posted: 2 new stories`),
    );
    const posted = discord.fake.channelMessages(discord.target.channelId);
    expect(posted.length).toBeGreaterThan(0);
    const digestText = rendered(posted.map(visibleText).join("\n"));
    expect(digestText).toContain("Harbour vote delayed");
    expect(digestText).toContain("Kelly in Mexico");
    for (const message of posted) expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers /digest remove for an unknown id with a private error", async () => {
    const outcome = await discord.slash({
      name: "digest",
      subcommand: "remove",
      options: [{ name: "id", value: "999" }],
    });
    expect(outcome.ephemeral).toBe(true);
    expect(rendered(visibleText(outcome.message))).toContain("no digest #999");
  });
});

describe("the Discord chat port", () => {
  const reply: Reply = {
    visibility: "channel",
    title: "Morning digest @everyone",
    blocks: [{ kind: "paragraph", text: "Two stories <@&1>." }],
    fallbackText: "Morning digest",
  };

  it("turns a 429 into RATE_LIMITED with the wait Discord asked for", async () => {
    const channelId = discord.target.channelId;
    discord.fake.rateLimitNextMessage(channelId, 2.5);
    const error = await discord.adapter.chat.post(channelId, reply).catch((e: unknown) => e);
    expect(isNewsbriefError(error) && error.code).toBe("RATE_LIMITED");
    // discord.js adds a small safety offset to Discord's Retry-After.
    const retryAfterMs = (error as NewsbriefError).details.retryAfterMs ?? 0;
    expect(retryAfterMs).toBeGreaterThanOrEqual(2_500);
    expect(retryAfterMs).toBeLessThan(3_000);
  });

  it("posts a digest part once however often it is retried with the same idempotency key", async () => {
    const channelId = "300000000000000099";
    await discord.adapter.chat.post(channelId, reply, {
      idempotencyKey: "sub-1:2026-11-27T08:00:part-1",
    });
    await discord.adapter.chat.post(channelId, reply, {
      idempotencyKey: "sub-1:2026-11-27T08:00:part-1",
    });
    const posted = discord.fake.channelMessages(channelId);
    expect(posted).toHaveLength(1);
    expect(visibleText(posted[0] ?? {})).toContain("Morning digest @\u200beveryone");
    expect(posted[0]?.allowed_mentions).toEqual({ parse: [] });
  });

  it("says which channel failed when Discord refuses the post", async () => {
    const port = createDiscordChatPort(discord.adapter.client.rest);
    const error = await port.post("not-a-channel", reply).catch((e: unknown) => e);
    expect(isNewsbriefError(error) && error.message).toContain("channel not-a-channel (404)");
  });
});

describe("starting the adapter", () => {
  const core = () => {
    const store = openSqliteStore(":memory:");
    const articles = { analyze: () => Promise.reject(new Error("unused")) };
    return {
      bot: createBot({ articles, store, logger: silentLogger() }),
      logger: silentLogger(),
      store,
    };
  };

  it("refuses a configuration with missing variables in one error naming them", async () => {
    const { store, ...adapterCore } = core();
    const error = await startDiscord({ DISCORD_TOKEN: "a.b.c" }, adapterCore).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NewsbriefError);
    expect((error as NewsbriefError).code).toBe("CONFIG_INVALID");
    expect((error as NewsbriefError).message).toContain("DISCORD_APPLICATION_ID");
    await store.close();
  });

  it("explains a token Discord rejects", async () => {
    const fake = await startFakeDiscord();
    const { store, ...adapterCore } = core();
    const env = {
      DISCORD_TOKEN: "wrong.token",
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    const error = await startDiscord(env, adapterCore).catch((e: unknown) => e);
    expect((error as NewsbriefError).code).toBe("CONFIG_INVALID");
    expect((error as NewsbriefError).message).toContain("Discord rejected DISCORD_TOKEN");
    await store.close();
    await fake.close();
  });

  it("keeps running when Discord no longer accepts an interaction's answer", async () => {
    // A window of 0 ms: every callback is refused with 10062 Unknown interaction, as for a very late answer.
    const fake = await startFakeDiscord({ responseWindowMs: 0 });
    const { store, ...adapterCore } = core();
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    const adapter = await startDiscord(env, adapterCore);
    const target = {
      applicationId: fake.applicationId,
      guildId: fake.guilds[0]?.id ?? "",
      channelId: fake.guilds[0]?.channelIds[0] ?? "",
      user: { id: "400000000000000004", username: "ana" },
    };
    const sent = fake.dispatchInteraction(slashInteraction(target, { name: "whosaid" }));
    const answer = await fake.waitForRequest((r) => r.path.includes(`/interactions/${sent.id}/`));
    // The error funnel then tries to tell the user privately, which fails the same way; nothing crashes.
    await fake.waitForRequest((r) => r !== answer && fake.requestsFor(sent).includes(r));
    expect(fake.requestsFor(sent).length).toBeGreaterThanOrEqual(2);
    expect(fake.requestsFor(sent).every((r) => r.status === 404)).toBe(true);
    expect(adapter.client.isReady()).toBe(true);
    await adapter.stop();
    await store.close();
    await fake.close();
  });
});
