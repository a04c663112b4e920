import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleSource } from "../../../src/article/article-source.ts";
import { createFetcher, fetcherOptionsFromConfig } from "../../../src/article/fetcher.ts";
import { loadConfig } from "../../../src/config.ts";
import { createDigestServiceFromConfig } from "../../../src/digest/from-config.ts";
import { silentLogger } from "../../../src/log.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { type NewsSite, type ServedItem, startNewsSite } from "../../fakes/news-site.ts";
import { stories } from "../../fixtures/digest/stories.ts";
import { FakeClock } from "./fake-clock.ts";
import { RecordingPort } from "./helpers.ts";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
});

const served = (from: number, to: number): ServedItem[] =>
  stories(from, to).map((story) => ({ story }));

function setup() {
  const config = loadConfig({ ALLOW_PRIVATE_URLS: "true", DIGEST_MAX_ITEMS: "3" });
  const clock = new FakeClock("2025-06-02T08:00:00Z");
  const store = openSqliteStore(":memory:");
  const logger = silentLogger();
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const articles = createArticleSource({ fetcher, cache: config.cache, logger });
  const digests = createDigestServiceFromConfig(config, {
    store,
    logger,
    fetcher,
    articles,
    clock,
  });
  const port = new RecordingPort("slack", 3000, () => clock.now());
  digests.attach(port);
  const subscribe = async (paths: string[]) => {
    const reply = await digests.commands.handle(
      { channel: "slack:C1", user: { id: "U1" } },
      `add ${paths.map((p) => site.url(p)).join(" ")}`,
    );
    const id = Number(/#(\d+)/.exec(reply.title ?? "")?.[1]);
    return (await store.getSubscription(id))!;
  };
  const run = async (id: number) =>
    digests.runner.run((await store.getSubscription(id))!, { kind: "now" });
  const close = async () => {
    await store.close();
    await fetcher.close();
  };
  return { clock, store, port, subscribe, run, close };
}

describe("digests from feeds on a local server", () => {
  it("posts the newest items of an RSS feed, then only new ones, then nothing on a 304", async () => {
    site.setFeed("/rss-1.xml", { format: "rss", items: served(1, 6) });
    const t = setup();
    const sub = await t.subscribe(["/rss-1.xml"]);
    expect(await t.run(sub.id)).toMatchObject({ outcome: "posted", items: 3 });
    expect(t.port.links()).toEqual([6, 5, 4].map((n) => site.url(`/story/${n}`)));

    site.setFeed("/rss-1.xml", { format: "rss", items: served(1, 8) });
    expect(await t.run(sub.id)).toMatchObject({ outcome: "posted", items: 2 });
    expect(t.port.links().slice(3)).toEqual([8, 7].map((n) => site.url(`/story/${n}`)));

    expect(await t.run(sub.id)).toMatchObject({ outcome: "nothing-new" });
    const last = site.requests.filter((r) => r.path === "/rss-1.xml").at(-1);
    expect(last).toMatchObject({
      status: 304,
      headers: { "if-none-match": expect.stringMatching(/^"/) },
    });
    await t.close();
  });

  it("briefs each item from its article page: summary sentences and the top quote with its speaker", async () => {
    site.setFeed("/atom-1.xml", { format: "atom", items: served(10, 10) });
    const t = setup();
    const sub = await t.subscribe(["/atom-1.xml"]);
    await t.run(sub.id);
    const blocks = t.port.posts[0]?.reply.blocks ?? [];
    const [story] = stories(10, 10);
    expect(blocks[0]).toEqual({ kind: "link", label: story?.title, url: site.url("/story/10") });
    const lead = story?.text.split("\n\n")[0] ?? "";
    expect(blocks.find((b) => b.kind === "paragraph")).toMatchObject({
      text: expect.stringContaining(lead),
    });
    const quote = /“([^”]+),”/.exec(story?.text ?? "")?.[1] ?? "";
    const quotes = blocks.find((b) => b.kind === "quotes");
    expect(quotes).toMatchObject({
      quotes: [
        {
          text: expect.stringContaining(quote),
          speaker: expect.stringContaining(story?.speaker ?? ""),
        },
      ],
    });
    // Shown once: as the quotation with its speaker, not again inside the summary.
    expect(t.port.posts[0]?.reply.fallbackText.split(quote)).toHaveLength(2);
    expect(site.requests.some((r) => r.path === "/story/10")).toBe(true);
    await t.close();
  });

  it("briefs from the feed's full text without fetching the page when the feed carries it", async () => {
    site.setFeed("/full.xml", { format: "rss", items: served(20, 21), fullText: true });
    const t = setup();
    const before = site.requests.filter((r) => r.path.startsWith("/story/2")).length;
    await t.run((await t.subscribe(["/full.xml"])).id);
    expect(t.port.links()).toHaveLength(2);
    expect(site.requests.filter((r) => r.path.startsWith("/story/2")).length).toBe(before);
    await t.close();
  });

  it("does not post items again when the feed rewrites their guids and dates", async () => {
    site.setFeed("/rewrite.xml", { format: "rss", items: served(30, 32) });
    const t = setup();
    const sub = await t.subscribe(["/rewrite.xml"]);
    await t.run(sub.id);
    const rewritten = stories(30, 33).map((story) => ({
      story,
      guid: `https://cms2.example/${story.n}`,
      publishedAt: "2025-06-02T07:00:00Z",
    }));
    site.setFeed("/rewrite.xml", { format: "rss", items: rewritten });
    expect(await t.run(sub.id)).toMatchObject({ outcome: "posted", items: 1 });
    expect(t.port.links().at(-1)).toBe(site.url("/story/33"));
    await t.close();
  });

  it("reports a 500 and broken XML once each, still delivers the good feed, and retries the failures after backoff", async () => {
    site.setFeed("/good.xml", { format: "rss", items: served(40, 41) });
    site.setFeed("/down.xml", { format: "rss", items: served(50, 51), status: 500 });
    site.setFeed("/broken.xml", { format: "atom", items: [], broken: true });
    const t = setup();
    const reply = await digestsAddWithoutCheck(t, ["/good.xml", "/down.xml", "/broken.xml"]);
    const first = await t.run(reply);
    expect(first).toMatchObject({ outcome: "posted", items: 2 });
    expect(first.problems.map((p) => p.url)).toEqual([
      site.url("/down.xml"),
      site.url("/broken.xml"),
    ]);
    const text = t.port.posts[0]?.reply.fallbackText ?? "";
    expect(text).toContain(`Could not read the feed ${site.url("/down.xml")}`);
    expect(text).toContain(`Could not read the feed ${site.url("/broken.xml")}`);

    site.setFeed("/good.xml", { format: "rss", items: served(40, 42) });
    await t.clock.advanceBy(60_000);
    const second = await t.run(reply);
    expect(second).toMatchObject({ outcome: "posted", items: 1, problems: [] });
    expect(site.requests.filter((r) => r.path === "/down.xml")).toHaveLength(1);

    site.setFeed("/down.xml", { format: "rss", items: served(50, 51) });
    site.setFeed("/broken.xml", { format: "atom", items: served(60, 60) });
    await t.clock.advanceBy(16 * 60_000);
    const third = await t.run(reply);
    expect(third).toMatchObject({ outcome: "posted", items: 3 });
    expect(t.port.links().slice(-3).sort()).toEqual(
      [site.url("/story/51"), site.url("/story/50"), site.url("/story/60")].sort(),
    );
    await t.close();
  });

  it("subscribes to the feed a site's home page links to when given the site's address", async () => {
    site.setFeed("/home.xml", { format: "rss", items: served(70, 71) });
    site.setHome("/home.xml");
    const t = setup();
    const sub = await t.subscribe(["/"]);
    expect(sub.feeds).toEqual([site.url("/home.xml")]);
    expect(await t.run(sub.id)).toMatchObject({ outcome: "posted", items: 2 });
    await t.close();
  });

  it("refuses to subscribe to a feed that cannot be read, saying why", async () => {
    site.setFeed("/gone.xml", { format: "rss", items: [], status: 404 });
    const t = setup();
    await expect(t.subscribe(["/gone.xml"])).rejects.toMatchObject({
      code: "ARTICLE_FETCH_FAILED",
      message: expect.stringContaining("404"),
    });
    await expect(t.subscribe(["/story/1"])).rejects.toMatchObject({ code: "FEED_INVALID" });
    expect(await t.store.listSubscriptions()).toEqual([]);
    await t.close();
  });
});

/** Subscribes straight through the store: the add command would refuse the failing feeds. */
async function digestsAddWithoutCheck(
  t: ReturnType<typeof setup>,
  paths: string[],
): Promise<number> {
  const sub = await t.store.addSubscription({
    channel: "slack:C1",
    feeds: paths.map((p) => site.url(p)),
    schedule: "daily 08:00",
    cron: "0 8 * * *",
    timeZone: "UTC",
    maxItems: 3,
    createdBy: "test",
    createdAt: t.clock.now(),
  });
  return sub.id;
}
