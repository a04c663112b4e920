import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBody } from "../../../src/article/charset.ts";
import type { FeedFormat } from "../../../src/article/feed-types.ts";
import { fetchFeed } from "../../../src/article/fetch-feed.ts";
import type { Fetcher } from "../../../src/article/fetcher.ts";
import { parseFeed } from "../../../src/article/parse-feed.ts";
import {
  compressed,
  send,
  serve,
  startTestServer,
  type TestServer,
} from "../../fakes/http-server.ts";
import { failure, loopbackFetcher } from "../../fakes/loopback-fetcher.ts";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "feeds");
const raw = (name: string) => readFileSync(join(dir, name));
const text = (name: string) => raw(name).toString("utf8");

interface FeedCase {
  readonly file: string;
  readonly format: FeedFormat;
  readonly title: string;
  readonly ids: readonly string[];
  readonly first: Record<string, string>;
}

const FEEDS: readonly FeedCase[] = [
  {
    file: "rss2-world.xml",
    format: "rss",
    title: "Northern Wire News - UK",
    ids: [
      "nwn-2024-0305-bridge",
      "https://feeds.example/uk/ferry-timetable?from=rss&utm_source=feed",
      "sha256:373eadd61daa4bb6ec1c83cc8ec0205a",
    ],
    first: {
      title: "Port Alder harbour bridge to close for two years",
      link: "https://news.northernwire.example/uk/port-alder-bridge-closure",
      publishedAt: "2024-03-05T09:30:00.000Z",
      summary: "Engineers found serious corrosion in the main cables of the 1960s crossing.",
      content:
        "The harbour bridge in Port Alder will close. “We did not take this decision lightly,” said Margaret Ellison.",
    },
  },
  {
    file: "rdf-science.rdf",
    format: "rdf",
    title: "Science Desk",
    ids: ["https://science.example/2024/comet", "https://science.example/2024/bees"],
    first: {
      title: "Comet visible to the naked eye next week",
      publishedAt: "2024-04-02T18:00:00.000Z",
      summary: "Astronomers say the comet will be brightest on Thursday.",
    },
  },
  {
    file: "atom-blog.xml",
    format: "atom",
    title: "Coastline Magazine",
    ids: [
      "tag:coastline.example,2023-09-30:/features/last-keepers",
      "tag:coastline.example,2023-08-12:/features/fog-horns",
    ],
    first: {
      title: "The last lighthouse keepers & their families",
      link: "https://feeds.example/features/last-keepers",
      publishedAt: "2023-09-30T06:00:00.000Z",
      summary: "For two centuries, families lived at the edge of the sea.",
      content:
        'When Alasdair Rennie first climbed the 130 steps of the light, he was 19. "I thought I would last a month," he says.',
    },
  },
  {
    file: "json-feed.json",
    format: "json",
    title: "Daily Meridian: Climate",
    ids: ["20240611001", "meridian-glaciers", "sha256:75acf63216974be0f745b8b616cd0ee0"],
    first: {
      title: "Heatwave closes schools across the region",
      publishedAt: "2024-06-11T04:00:00.000Z",
      content:
        'Temperatures reached 41C on Tuesday. "We had no choice," the education minister said.',
    },
  },
  {
    file: "rss-windows-1252.xml",
    format: "rss",
    title: "The Valmont Courier",
    ids: ["https://courier.example/news/cafe-quarter"],
    first: {
      title: "Council approves €12m “café quarter”",
      summary: "José Ferreira said leaving the hall empty was “a failure” — opponents disagree.",
    },
  },
];

let server: TestServer;
let fetcher: Fetcher;
let etagRequests = 0;

beforeAll(async () => {
  const routes = Object.fromEntries(
    FEEDS.map((f) => [
      `/${f.file}`,
      serve(f.file.endsWith("json") ? "application/feed+json" : "application/rss+xml", raw(f.file)),
    ]),
  );
  server = await startTestServer({
    ...routes,
    "/etag.xml": (req, res) => {
      etagRequests++;
      if (req.headers["if-none-match"] === '"abc"') {
        res.writeHead(304, { etag: '"abc"' });
        res.end();
      } else send(res, 200, "application/rss+xml", raw("rss2-world.xml"), { etag: '"abc"' });
    },
    "/modified.xml": (req, res) => {
      const lastModified = "Tue, 05 Mar 2024 12:00:00 GMT";
      if (req.headers["if-modified-since"] === lastModified) {
        res.writeHead(304);
        res.end();
      } else
        send(res, 200, "application/atom+xml", raw("atom-blog.xml"), {
          "last-modified": lastModified,
        });
    },
    "/gzip.xml": compressed("gzip", "application/xml", text("rdf-science.rdf")),
    "/broken.xml": serve("application/rss+xml", raw("broken.xml")),
    "/sitemap.xml": serve("application/xml", raw("sitemap-not-a-feed.xml")),
    "/home": serve(
      "text/html",
      '<html><head><link rel="alternate" type="application/atom+xml" href="/modified.xml"></head><body>Home</body></html>',
    ),
    "/no-feed-page": serve(
      "text/html",
      "<html><head><title>Shop</title></head><body>Buy</body></html>",
    ),
    "/feed.pdf": serve("application/pdf", "%PDF-1.4"),
  });
  fetcher = loopbackFetcher();
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe("parseFeed", () => {
  it.each(FEEDS)("reads $file ($format) into items with stable ids", (expected) => {
    const body = decodeBody(raw(expected.file), undefined, "xml");
    const feed = parseFeed(body, `https://feeds.example/${expected.file}`);
    expect(feed.format).toBe(expected.format);
    expect(feed.title).toBe(expected.title);
    expect(feed.items.map((i) => i.id)).toEqual(expected.ids);
    expect(feed.items[0]).toMatchObject(expected.first);
  });

  it("keeps the first of items with a duplicate guid or id", () => {
    const rss = parseFeed(text("rss2-world.xml"), "https://feeds.example/rss2-world.xml");
    expect(rss.items.filter((i) => i.id === "nwn-2024-0305-bridge")).toHaveLength(1);
    expect(rss.items[0]!.title).toBe("Port Alder harbour bridge to close for two years");
    const json = parseFeed(text("json-feed.json"), "https://feeds.example/json-feed.json");
    expect(json.items.find((i) => i.id === "meridian-glaciers")!.link).toBe(
      "https://feeds.example/climate/glaciers",
    );
  });

  it("gives an item with no guid and no link the same hash id every time", () => {
    const once = parseFeed(text("rss2-world.xml"), "https://a.example/feed");
    const again = parseFeed(text("rss2-world.xml"), "https://a.example/feed");
    expect(once.items[2]!.id).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(again.items[2]!.id).toBe(once.items[2]!.id);
  });

  it.each([
    ["broken.xml", "cut off"],
    ["sitemap-not-a-feed.xml", "<urlset>"],
  ])("refuses %s with FEED_INVALID saying why", (file, why) => {
    expect(() => parseFeed(text(file), "https://feeds.example/x")).toThrow(
      expect.objectContaining({ code: "FEED_INVALID", message: expect.stringContaining(why) }),
    );
  });

  it.each([
    ["mismatched tags", "<rss><channel><title>x</titl></channel></rss>", "line 1"],
    ["JSON that is not a feed", '{"hello": "world"}', '"items"'],
    ["broken JSON", '{"items": [', "JSON"],
    ["an HTML page", "<html><body><p>hi</p></body></html>", "web page"],
  ])("refuses %s", (_name, body, why) => {
    expect(() => parseFeed(body)).toThrow(
      expect.objectContaining({ code: "FEED_INVALID", message: expect.stringContaining(why) }),
    );
  });

  it("tolerates the bare ampersands many feeds put in links", () => {
    const feed = parseFeed(
      "<rss><channel><title>A & B</title><item><title>x</title><link>https://e.example/?a=1&b=2</link></item></channel></rss>",
    );
    expect(feed.title).toBe("A & B");
    expect(feed.items[0]!.link).toBe("https://e.example/?a=1&b=2");
  });

  it("reads a large feed whose summaries are escaped HTML full of entities", () => {
    const item = (n: number) =>
      `<item><guid>g${n}</guid><title>Story ${n} &amp; more</title><description>${"&lt;p&gt;Words &amp;amp; words&lt;/p&gt;".repeat(20)}</description></item>`;
    const feed = parseFeed(
      `<rss><channel><title>Big</title>${Array.from({ length: 500 }, (_, n) => item(n)).join("")}</channel></rss>`,
    );
    expect(feed.items).toHaveLength(500);
    expect(feed.items[499]!.title).toBe("Story 499 & more");
    expect(feed.items[0]!.summary).toMatch(/^Words & words Words & words/);
  });

  it("does not expand an entity bomb", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`).join("")}]><rss><channel><title>&bbbbbbbbb;</title></channel></rss>`;
    // Either outcome is safe: the entity left unexpanded, or the feed refused. Never a billion a's.
    let shown: string;
    try {
      shown = parseFeed(lol).title;
    } catch (error) {
      shown = (error as Error).message;
    }
    expect(shown.length).toBeLessThan(1_000);
  });
});

describe("fetchFeed", () => {
  it("fetches a feed and returns its validators", async () => {
    const result = await fetchFeed(server.url("/etag.xml"), { fetcher });
    expect(result.status).toBe("ok");
    expect(result.etag).toBe('"abc"');
    if (result.status === "ok") expect(result.feed.items).toHaveLength(3);
  });

  it("sends If-None-Match and reports not-modified on a 304", async () => {
    const before = etagRequests;
    const result = await fetchFeed(server.url("/etag.xml"), { fetcher, etag: '"abc"' });
    expect(result).toEqual({ status: "not-modified", url: server.url("/etag.xml"), etag: '"abc"' });
    expect(etagRequests).toBe(before + 1);
  });

  it("sends If-Modified-Since and reports not-modified on a 304", async () => {
    const first = await fetchFeed(server.url("/modified.xml"), { fetcher });
    expect(first.lastModified).toBe("Tue, 05 Mar 2024 12:00:00 GMT");
    const second = await fetchFeed(server.url("/modified.xml"), {
      fetcher,
      lastModified: first.lastModified!,
    });
    expect(second.status).toBe("not-modified");
  });

  it("returns the same item ids on every fetch, so digests can tell new items from old", async () => {
    const a = await fetchFeed(server.url("/json-feed.json"), { fetcher });
    const b = await fetchFeed(server.url("/json-feed.json"), { fetcher });
    if (a.status !== "ok" || b.status !== "ok") throw new Error("expected both fetches to succeed");
    expect(b.feed.items.map((i) => i.id)).toEqual(a.feed.items.map((i) => i.id));
  });

  it("reads a gzip-compressed feed", async () => {
    const result = await fetchFeed(server.url("/gzip.xml"), { fetcher });
    expect(result.status === "ok" && result.feed.format).toBe("rdf");
  });

  it("decodes a Windows-1252 feed declared in its XML declaration", async () => {
    const result = await fetchFeed(server.url("/rss-windows-1252.xml"), { fetcher });
    expect(result.status === "ok" && result.feed.items[0]!.title).toBe(
      "Council approves €12m “café quarter”",
    );
  });

  it("follows a web page's <link rel=alternate> to its feed", async () => {
    const result = await fetchFeed(server.url("/home"), { fetcher });
    expect(result.url).toBe(server.url("/modified.xml"));
    expect(result.status === "ok" && result.feed.format).toBe("atom");
  });

  it.each([
    ["/broken.xml", "cut off"],
    ["/sitemap.xml", "<urlset>"],
    ["/no-feed-page", "links to no feed"],
    ["/feed.pdf", "a PDF document"],
  ])("refuses %s with FEED_INVALID", async (path, why) => {
    const error = await failure(fetchFeed(server.url(path), { fetcher }));
    expect(error.code).toBe("FEED_INVALID");
    expect(error.message).toContain(why);
  });

  it("reports a missing feed with its status", async () => {
    const error = await failure(fetchFeed(server.url("/gone.xml"), { fetcher }));
    expect(error.code).toBe("ARTICLE_FETCH_FAILED");
    expect(error.details.status).toBe(404);
  });
});
