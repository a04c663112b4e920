import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleSource } from "../../../src/article/article-source.ts";
import type { Bot, CommandContext } from "../../../src/bot/bot.ts";
import { createBot } from "../../../src/bot/create-bot.ts";
import type { Reply } from "../../../src/bot/reply.ts";
import { NewsbriefError } from "../../../src/errors.ts";
import { silentLogger } from "../../../src/log.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import type { Store } from "../../../src/store/store.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { loopbackFetcher } from "../../fakes/loopback-fetcher.ts";
import { newsPage } from "../../fakes/pages.ts";

const seed = readFileSync(
  join(import.meta.dirname, "../../../seeds/tillerson-kelly-mexico-no-mass-deportations.txt"),
  "utf8",
);
const page = newsPage(
  "Mayor Opens Bridge",
  [
    "Mayor Ana Ortiz opened the new Elm Street bridge on Monday after three years of work.",
    "“This bridge joins two halves of our city,” Ortiz said. “It was worth the wait.”",
    "The bridge cost $40 million, according to the city’s finance office.",
  ],
  { site: "Riverside Gazette", headTitle: "Mayor Opens Bridge | Riverside Gazette" },
);

const alice: CommandContext = { channel: "console:alpha", user: { id: "U1", name: "alice" } };

function textOf(reply: Reply): string {
  return JSON.stringify(reply);
}

describe("createBot", () => {
  let dir: string;
  let server: TestServer;
  let store: Store;
  let bot: Bot;
  const makeBot = (s: Store) =>
    createBot({
      articles: createArticleSource({
        fetcher: loopbackFetcher(),
        cache: { ttlMs: 60_000, maxEntries: 10 },
      }),
      store: s,
      logger: silentLogger(),
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "newsbrief-bot-"));
    server = await startTestServer({
      "/bridge": serve("text/html; charset=utf-8", page),
    });
    store = openSqliteStore(join(dir, "bot.db"));
    bot = makeBot(store);
  });

  afterAll(async () => {
    await store.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("acknowledges a link by naming it, pasted text by saying so, and nothing for empty input", () => {
    expect(bot.acknowledgeBrief(" https://example.com/a ")).toBe("Reading https://example.com/a…");
    expect(bot.acknowledgeBrief(seed)).toBe("Reading your text…");
    expect(bot.acknowledgeBrief("  ")).toBeNull();
  });

  it("briefs pasted text for the whole channel, headed by who asked", async () => {
    const reply = await bot.brief(alice, seed);
    expect(reply.visibility).toBe("channel");
    expect(reply.requestedBy).toBe("alice");
    expect(reply.title).toContain("No Mass Deportations");
    expect(reply.fallbackText.length).toBeGreaterThan(reply.title?.length ?? 0);
    const summary = reply.blocks.find((b) => b.kind === "paragraph");
    expect(summary?.kind === "paragraph" && seed.includes(summary.text.split(". ")[0] ?? "-")).toBe(
      true,
    );
  });

  it("answers /whosaid about the channel's current article, also after a restart", async () => {
    await bot.brief(alice, seed);
    await store.close();
    store = openSqliteStore(join(dir, "bot.db"));
    bot = makeBot(store);
    const reply = await bot.whoSaid(alice, { query: "Kelly" });
    expect(reply.title).toBe("What John Kelly said");
    expect(textOf(reply)).toContain(
      "4 quotes, 1 reported in “In Mexico, Trump Administration Promises",
    );
    expect(textOf(reply)).toContain("There will be no — repeat, no — mass deportations");
  });

  it("says who said a phrase", async () => {
    await bot.brief(alice, seed);
    const reply = await bot.whoSaid(alice, { phrase: "control of our borders" });
    expect(reply.visibility).toBe("channel");
    expect(textOf(reply)).toContain("Luis Videgaray");
  });

  it("tells a channel with no article how to start, only to the requester", async () => {
    const reply = await bot.whoSaid({ ...alice, channel: "console:empty" }, { query: "Kelly" });
    expect(reply.visibility).toBe("requester");
    expect(reply.fallbackText).toMatch(/No article has been briefed in this channel yet/);
  });

  it("briefs a link with its source and makes it the channel's article", async () => {
    const channel: CommandContext = { ...alice, channel: "console:links" };
    const url = server.url("/bridge");
    const reply = await bot.brief(channel, url);
    expect(reply.title).toBe("Mayor Opens Bridge");
    expect(reply.url).toBe(url);
    expect(reply.blocks).toContainEqual({ kind: "link", label: "Read the article", url });
    const answer = await bot.whoSaid(channel, { query: "Ortiz" });
    expect(textOf(answer)).toContain("This bridge joins two halves of our city");
  });

  it("answers about another article named by its link without changing the channel's article", async () => {
    await bot.brief(alice, seed);
    const other = await bot.whoSaid(alice, { url: server.url("/bridge"), query: "Ortiz" });
    expect(textOf(other)).toContain("It was worth the wait.");
    const current = await bot.whoSaid(alice, { query: "Tillerson" });
    expect(current.title).toBe("What Rex Tillerson said");
  });

  it("suggests the current article's speakers by prefix, never fetching", async () => {
    await bot.brief(alice, seed);
    const requestsBefore = server.requests.length;
    expect(await bot.suggestSpeakers(alice.channel, "ke")).toEqual(["John Kelly"]);
    expect((await bot.suggestSpeakers(alice.channel, "")).length).toBeGreaterThanOrEqual(4);
    expect(await bot.suggestSpeakers("console:nowhere", "ke")).toEqual([]);
    expect(server.requests.length).toBe(requestsBefore);
  });

  it("refuses an empty brief with a clear error", async () => {
    await expect(bot.brief(alice, "   ")).rejects.toMatchObject({ code: "INPUT_EMPTY" });
  });

  it("turns a failed fetch into a friendly reply for the requester", async () => {
    const error = await bot.brief(alice, server.url("/missing")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsbriefError);
    const reply = bot.errorReply(error);
    expect(reply).toMatchObject({
      visibility: "requester",
      fallbackText: "That page was not found (404).",
    });
  });

  it("says digests are unavailable when the deployment has none", async () => {
    const reply = await bot.digest(alice, "list");
    expect(reply.visibility).toBe("requester");
    expect(reply.fallbackText).toMatch(/not available/);
  });
});
