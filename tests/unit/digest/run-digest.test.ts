import { describe, expect, it } from "vitest";
import { NewsbriefError } from "../../../src/errors.ts";
import { createHarness } from "./harness.ts";
import { rateLimited, story } from "./helpers.ts";

const FEED = "https://news.example/feed.xml";
const OTHER = "https://other.example/rss";
const now = { kind: "now" } as const;

describe("a digest run", () => {
  it("posts only the newest items on the first run, then only what is new, and nothing when nothing is", async () => {
    const h = createHarness("2025-06-02T08:00:00Z");
    h.feeds.set(
      FEED,
      [1, 2, 3, 4, 5, 6].map((n) => story(n)),
    );
    const sub = await h.subscribe([FEED]);
    expect(await h.service.runner.run(sub, now)).toMatchObject({
      outcome: "posted",
      items: 3,
      parts: 1,
    });
    expect(h.port.links()).toEqual([6, 5, 4].map((n) => `https://news.example/story/${n}`));

    h.feeds.set(
      FEED,
      [1, 2, 3, 4, 5, 6, 7].map((n) => story(n)),
    );
    await h.clock.advanceBy(60_000);
    expect(await h.service.runner.run(sub, now)).toMatchObject({ outcome: "posted", items: 1 });
    expect(h.port.links().at(-1)).toBe("https://news.example/story/7");

    await h.clock.advanceBy(60_000);
    expect(await h.service.runner.run(sub, now)).toMatchObject({ outcome: "nothing-new" });
    expect(h.port.posts).toHaveLength(2);
    // The unchanged feed was asked with its ETag the last time.
    expect(h.feeds.calls.at(-1)?.etag).toMatch(/^"/);
  });

  it("briefs each item: title with link, a summary from the article, its top quote with the speaker", async () => {
    const h = createHarness("2025-06-02T08:00:00Z");
    h.feeds.set(FEED, [story(1)]);
    const sub = await h.subscribe([FEED]);
    await h.service.runner.run(sub, now);
    const [post] = h.port.posts;
    expect(post?.reply.title).toBe("News digest: 1 new story");
    expect(post?.reply.blocks[0]).toEqual({
      kind: "link",
      label: story(1).title,
      url: story(1).link,
    });
    expect(post?.reply.blocks[1]).toMatchObject({
      kind: "paragraph",
      text: expect.stringContaining("approved plan number 1"),
    });
    expect(post?.reply.fallbackText).toContain(story(1).link);
  });

  it("does not post a story again when the feed rewrites its guid and date", async () => {
    const h = createHarness("2025-06-02T08:00:00Z");
    h.feeds.set(FEED, [story(1), story(2)]);
    const sub = await h.subscribe([FEED]);
    await h.service.runner.run(sub, now);
    h.feeds.set(FEED, [
      story(1, { guid: "tag:new-cms,1", publishedAt: "2025-06-02T09:00:00Z" }),
      story(2, { guid: "tag:new-cms,2", link: "https://www.news.example/story/2?utm_source=rss" }),
      story(3),
    ]);
    await h.clock.advanceBy(60_000);
    await h.service.runner.run(sub, now);
    expect(h.port.links()).toEqual([
      "https://news.example/story/2",
      "https://news.example/story/1",
      "https://news.example/story/3",
    ]);
  });

  it("delivers the other feeds when one fails, says which failed once, and retries it with backoff", async () => {
    const h = createHarness("2025-06-02T08:00:00Z");
    h.feeds.set(FEED, [story(1)]);
    h.feeds.fail(
      OTHER,
      new NewsbriefError(
        "ARTICLE_FETCH_FAILED",
        "other.example answered 500 Internal Server Error.",
        { details: { status: 500 } },
      ),
    );
    const sub = await h.subscribe([FEED, OTHER]);
    const first = await h.service.runner.run(sub, now);
    expect(first).toMatchObject({ outcome: "posted", items: 1, problems: [{ url: OTHER }] });
    expect(h.port.posts[0]?.reply.fallbackText).toMatch(
      /Could not read the feed https:\/\/other\.example\/rss: other\.example answered 500/,
    );

    // Still failing a minute later: backing off, so not even fetched, and not reported again.
    await h.clock.advanceBy(60_000);
    h.feeds.set(FEED, [story(1), story(2)]);
    await h.service.runner.run(sub, now);
    expect(h.feeds.calls.filter((c) => c.url === OTHER)).toHaveLength(1);
    expect(h.port.posts[1]?.reply.fallbackText).not.toMatch(/Could not read/);

    // After the backoff it is tried again; back in service, its items come through.
    await h.clock.advanceBy(20 * 60_000);
    h.feeds.set(OTHER, [
      story(50, {
        link: "https://other.example/50",
        guid: "o50",
        title: "Ferry strike ends after two weeks of talks",
      }),
    ]);
    const third = await h.service.runner.run(sub, now);
    expect(third).toMatchObject({ outcome: "posted", items: 1, problems: [] });
    expect(h.port.links().at(-1)).toBe("https://other.example/50");
  });

  it("posts a short note when a feed fails and nothing else is new, and nothing at all the next time", async () => {
    const h = createHarness("2025-06-02T08:00:00Z");
    h.feeds.fail(
      FEED,
      new NewsbriefError("FEED_INVALID", "The feed is not valid XML (line 3).", {}),
    );
    const sub = await h.subscribe([FEED]);
    expect(await h.service.runner.run(sub, now)).toMatchObject({ outcome: "posted", items: 0 });
    expect(h.port.posts[0]?.reply.fallbackText).toMatch(/not valid XML/);
    await h.clock.advanceBy(2 * 24 * 3_600_000);
    expect(await h.service.runner.run(sub, now)).toMatchObject({ outcome: "nothing-new" });
    expect(h.port.posts).toHaveLength(1);
  });

  it("waits out a platform's Retry-After and posts the same part again", async () => {
    const h = createHarness("2025-06-02T08:00:00Z");
    h.feeds.set(FEED, [story(1)]);
    const sub = await h.subscribe([FEED]);
    h.port.failNext(rateLimited(30_000));
    const run = h.service.runner.run(sub, now);
    await h.clock.advanceBy(29_000);
    expect(h.port.posts).toHaveLength(0);
    await h.clock.advanceBy(1_000);
    expect(await run).toMatchObject({ outcome: "posted" });
    expect(h.port.posts.map((p) => p.at - Date.parse("2025-06-02T08:00:00Z"))).toEqual([30_000]);
    expect(await h.store.pendingDeliveries()).toEqual([]);
  });

  it("splits a long digest into messages within the platform's limit, each posted with its own idempotency key", async () => {
    const h = createHarness("2025-06-02T08:00:00Z", undefined, 700);
    h.feeds.set(
      FEED,
      Array.from({ length: 10 }, (_, i) => story(i + 1)),
    );
    const sub = await h.subscribe([FEED], "daily 08:00", "UTC", 10);
    const result = await h.service.runner.run(sub, now);
    expect(result.parts).toBeGreaterThan(2);
    expect(h.port.posts).toHaveLength(result.parts);
    for (const post of h.port.posts)
      expect(post.reply.fallbackText.length).toBeLessThanOrEqual(700);
    expect(new Set(h.port.posts.map((p) => p.key)).size).toBe(result.parts);
    expect(h.port.links()).toHaveLength(10);
  });

  it("resumes an interrupted delivery from the first part not posted", async () => {
    const h = createHarness("2025-06-02T08:00:00Z", undefined, 700);
    h.feeds.set(
      FEED,
      Array.from({ length: 10 }, (_, i) => story(i + 1)),
    );
    const sub = await h.subscribe([FEED], "daily 08:00", "UTC", 10);
    h.port.posts.length = 0;
    const failAfterFirst = h.port.post.bind(h.port);
    let calls = 0;
    h.port.post = async (channelId, reply, options) => {
      calls++;
      if (calls === 2) throw new NewsbriefError("INTERNAL", "connection reset");
      return failAfterFirst(channelId, reply, options);
    };
    expect(await h.service.runner.run(sub, now)).toMatchObject({ outcome: "pending" });
    const [pending] = await h.store.pendingDeliveries();
    expect(pending?.partsSent).toBe(1);

    const later = h.restart("2025-06-02T09:00:00Z");
    expect(await later.service.runner.resumePending()).toBe(1);
    const keys = [...h.port.posts, ...later.port.posts].map((p) => p.key);
    expect(keys).toEqual(pending?.parts.map((_, i) => `${pending.idempotencyKey}#${i}`));
    expect(await later.store.pendingDeliveries()).toEqual([]);
    // Only the part that was being posted when it stopped may have landed: the port may check it.
    expect(h.port.posts.map((p) => p.maybePostedSince)).toEqual([undefined]);
    expect(later.port.posts.map((p) => p.maybePostedSince)).toEqual([
      pending?.createdAt,
      ...later.port.posts.slice(1).map(() => undefined),
    ]);
  });

  it("abandons a digest waiting out a rate limit at shutdown, and the next start posts it once", async () => {
    const h = createHarness("2025-06-02T08:00:00Z");
    h.feeds.set(FEED, [story(1), story(2)]);
    const sub = await h.subscribe([FEED]);
    h.port.failNext(rateLimited(120_000));
    const run = h.service.runner.run(sub, now);
    await h.clock.advanceBy(1_000);
    await h.service.stop();
    expect(await run).toMatchObject({ outcome: "pending" });
    expect(h.port.posts).toHaveLength(0);
    expect(await h.store.pendingDeliveries()).toHaveLength(1);

    const later = h.restart("2025-06-02T08:05:00Z");
    expect(await later.service.runner.resumePending()).toBe(1);
    expect(later.port.links()).toEqual([
      "https://news.example/story/2",
      "https://news.example/story/1",
    ]);
  });
});
