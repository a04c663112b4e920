import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cacheKey, createArticleSource } from "../../../src/article/article-source.ts";
import type { Fetcher } from "../../../src/article/fetcher.ts";
import type { ArticleSource } from "../../../src/bot/bot.ts";
import {
  held,
  redirect,
  send,
  serve,
  startTestServer,
  type TestServer,
} from "../../fakes/http-server.ts";
import { failure, loopbackFetcher } from "../../fakes/loopback-fetcher.ts";
import { newsPage } from "../../fakes/pages.ts";

const story = (n: number) =>
  newsPage(
    `Story ${n}`,
    Array.from(
      { length: 3 },
      () =>
        `"Story ${n} matters," the mayor said on Friday, adding that the council would vote next week on the plan.`,
    ),
  );

let server: TestServer;
let fetcher: Fetcher;
let now: number;
let flaky: boolean;

/** Held back until the test opens it, so concurrent requests overlap. */
const slowStory = held(serve("text/html", story(9)));

function source(
  cache: { ttlMs?: number; maxEntries?: number; maxChars?: number } = {},
): ArticleSource {
  return createArticleSource({
    fetcher,
    cache: { ttlMs: 60_000, maxEntries: 10, ...cache },
    clock: { now: () => now },
  });
}

beforeAll(async () => {
  server = await startTestServer({
    "/s1": serve("text/html", story(1)),
    "/s2": serve("text/html", story(2)),
    "/s3": serve("text/html", story(3)),
    "/moved": redirect("/s3"),
    "/slow": slowStory.handler,
    "/flaky": (_req, res) => {
      if (flaky) send(res, 503, "text/html", "busy");
      else send(res, 200, "text/html", story(4));
    },
  });
  fetcher = loopbackFetcher();
});
beforeEach(() => {
  now = 1_000_000;
  flaky = false;
  server.requests.length = 0;
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe("createArticleSource", () => {
  it("analyses a URL once within the TTL and reuses the analysis", async () => {
    const articles = source();
    const first = await articles.analyze(server.url("/s1"));
    const second = await articles.analyze(server.url("/s1"));
    expect(second).toBe(first);
    expect(first.article.title).toBe("Story 1");
    expect(server.hits("/s1")).toBe(1);
  });

  it("fetches again once the TTL has passed", async () => {
    const articles = source({ ttlMs: 15 * 60_000 });
    await articles.analyze(server.url("/s1"));
    now += 15 * 60_000 - 1;
    await articles.analyze(server.url("/s1"));
    expect(server.hits("/s1")).toBe(1);
    now += 2;
    await articles.analyze(server.url("/s1"));
    expect(server.hits("/s1")).toBe(2);
  });

  it("evicts the least recently used URL beyond the entry cap", async () => {
    const articles = source({ maxEntries: 2 });
    await articles.analyze(server.url("/s1"));
    await articles.analyze(server.url("/s2"));
    await articles.analyze(server.url("/s1")); // s1 is now the most recently used
    await articles.analyze(server.url("/s3")); // evicts s2
    await articles.analyze(server.url("/s1"));
    expect(server.hits("/s1")).toBe(1);
    await articles.analyze(server.url("/s2"));
    expect(server.hits("/s2")).toBe(2);
  });

  it("evicts by total text size too, so memory stays bounded", async () => {
    const articles = source({ maxEntries: 100, maxChars: 400 });
    await articles.analyze(server.url("/s1"));
    await articles.analyze(server.url("/s2"));
    await articles.analyze(server.url("/s1"));
    expect(server.hits("/s1")).toBe(2);
  });

  it("shares one fetch between concurrent requests for the same URL", async () => {
    const articles = source();
    const analyses = Promise.all([1, 2, 3].map(() => articles.analyze(server.url("/slow"))));
    await slowStory.reached;
    slowStory.open();
    const results = await analyses;
    expect(new Set(results).size).toBe(1);
    expect(server.hits("/slow")).toBe(1);
  });

  it("treats a URL with a fragment or tracking parameters as the same article", async () => {
    const articles = source();
    await articles.analyze(server.url("/s2"));
    await articles.analyze(`${server.url("/s2")}?utm_source=slack&utm_medium=chat#comments`);
    expect(server.hits("/s2")).toBe(1);
  });

  it("caches under the final URL of a redirect as well", async () => {
    const articles = source();
    const viaRedirect = await articles.analyze(server.url("/moved"));
    const direct = await articles.analyze(server.url("/s3"));
    expect(direct).toBe(viaRedirect);
    expect(server.hits("/s3")).toBe(1);
  });

  it("does not cache failures: the next request tries again", async () => {
    const articles = source();
    flaky = true;
    const error = await failure(articles.analyze(server.url("/flaky")));
    expect(error.details.status).toBe(503);
    flaky = false;
    const analysis = await articles.analyze(server.url("/flaky"));
    expect(analysis.article.title).toBe("Story 4");
    expect(server.hits("/flaky")).toBe(2);
  });

  it("analyses pasted text without fetching anything", async () => {
    const text = '"We will win," the captain said after the match on Saturday.';
    const analysis = await source().analyze(text);
    expect(analysis.article.text).toBe(text);
    expect(analysis.text.sentences.length).toBe(1);
    expect(server.requests).toEqual([]);
  });

  it("analyses pasted HTML", async () => {
    const analysis = await source().analyze(story(7));
    expect(analysis.article.title).toBe("Story 7");
  });
});

describe("cacheKey", () => {
  it.each([
    ["https://news.example/a#top", "https://news.example/a"],
    ["https://NEWS.example/a?utm_source=x&id=4&fbclid=abc", "https://news.example/a?id=4"],
    ["https://news.example/a?gclid=1", "https://news.example/a"],
    ["https://news.example/a?page=2", "https://news.example/a?page=2"],
  ])("keys %s as %s", (url, key) => {
    expect(cacheKey(url)).toBe(key);
  });
});
