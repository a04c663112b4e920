import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { deflateRawSync, gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_USER_AGENT, type Fetcher } from "../../../src/article/fetcher.ts";
import {
  compressed,
  NEWS_TEST_TLS,
  type RouteHandler,
  redirect,
  send,
  serve,
  startTestServer,
  status,
  type TestServer,
} from "../../fakes/http-server.ts";
import { failure, loopbackFetcher, tableLookup } from "../../fakes/loopback-fetcher.ts";

const PAGE = `<html><body>${"<p>A paragraph of the article, long enough to matter.</p>".repeat(20)}</body></html>`;

let server: TestServer;
const fetchers: Fetcher[] = [];
function fetcherWith(options: Parameters<typeof loopbackFetcher>[0] = {}): Fetcher {
  const fetcher = loopbackFetcher(options);
  fetchers.push(fetcher);
  return fetcher;
}

/** Sends headers, then never finishes the body. */
const stalls: RouteHandler = (_req, res) => {
  res.writeHead(200, { "content-type": "text/html" });
  res.write("<html><body><p>The first words arrive, and then nothing");
};

/** Streams an endless body until the client hangs up. */
const endless: RouteHandler = (_req, res) => {
  res.writeHead(200, { "content-type": "text/html" });
  const chunk = Buffer.alloc(16 * 1024, "a");
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {}
    if (!res.destroyed) res.once("drain", pump);
  };
  pump();
};

beforeAll(async () => {
  server = await startTestServer({
    "/page": serve("text/html; charset=utf-8", PAGE),
    "/text": serve("text/plain", "Plain words."),
    "/gzip": compressed("gzip", "text/html", PAGE),
    "/br": compressed("br", "text/html", PAGE),
    "/deflate": compressed("deflate", "text/html", PAGE),
    "/raw-deflate": (_req, res) =>
      send(res, 200, "text/html", deflateRawSync(Buffer.from(PAGE)), {
        "content-encoding": "deflate",
      }),
    "/bad-gzip": (_req, res) =>
      send(res, 200, "text/html", gzipSync(Buffer.from(PAGE)).subarray(0, 40), {
        "content-encoding": "gzip",
      }),
    "/bomb": (_req, res) =>
      send(res, 200, "text/html", gzipSync(Buffer.alloc(8 * 1024 * 1024, " ")), {
        "content-encoding": "gzip",
      }),
    "/endless": endless,
    "/declared-huge": (_req, res) => {
      res.writeHead(200, {
        "content-type": "text/html",
        "content-length": String(50 * 1024 * 1024),
      });
      res.write("<html>");
    },
    "/stalls": stalls,
    "/silent": () => {
      // Accepts the request and never answers.
    },
    "/r1": redirect("/r2", 301),
    "/r2": redirect("/r3", 302),
    "/r3": redirect("/r4", 303),
    "/r4": redirect("/r5", 307),
    "/r5": redirect("/page", 308),
    "/loop": redirect("/loop"),
    "/403": status(403),
    "/404": status(404),
    "/410": status(410),
    "/429": status(429, { "retry-after": "120" }),
    "/500": status(500),
    "/503": status(503),
    "/pdf": serve("application/pdf", "%PDF-1.7 binary"),
    "/png": serve("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    "/rss": serve("application/rss+xml", "<rss><channel></channel></rss>"),
    "/etag": (req, res) => {
      if (req.headers["if-none-match"] === '"v7"') {
        res.writeHead(304, { etag: '"v7"' });
        res.end();
      } else send(res, 200, "application/rss+xml", "<rss/>", { etag: '"v7"' });
    },
  });
  server.route("/absolute-redirect", redirect(server.url("/page", "news.test")));
});
afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
});
afterAll(() => server.close());

describe("fetching a page", () => {
  it("sends a real user agent, the accepted types and the compressions it can read", async () => {
    await fetcherWith().fetch(server.url("/page"), { expect: "article" });
    const seen = server.requests.filter((r) => r.path === "/page").at(-1)!;
    expect(seen.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(seen.headers.accept).toContain("text/html");
    expect(seen.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("uses the configured user agent", async () => {
    await fetcherWith({ userAgent: "TestBot/2.0" }).fetch(server.url("/text"), {
      expect: "article",
    });
    expect(server.requests.filter((r) => r.path === "/text").at(-1)!.headers["user-agent"]).toBe(
      "TestBot/2.0",
    );
  });

  it.each(["/gzip", "/br", "/deflate", "/raw-deflate"])("decompresses %s bodies", async (path) => {
    const page = await fetcherWith().fetch(server.url(path), { expect: "article" });
    expect(page.body.toString()).toBe(PAGE);
  });

  it("follows up to five redirects (301, 302, 303, 307, 308) and reports the final URL", async () => {
    const page = await fetcherWith().fetch(server.url("/r1"), { expect: "article" });
    expect(page.url).toBe(server.url("/page"));
    expect(page.body.toString()).toBe(PAGE);
  });

  it("gives up after five redirects", async () => {
    const error = await failure(fetcherWith().fetch(server.url("/loop"), { expect: "article" }));
    expect(error.code).toBe("ARTICLE_FETCH_FAILED");
    expect(error.details.reason).toBe("too-many-redirects");
    expect(server.hits("/loop")).toBe(6);
  });

  it("follows a redirect to another host name through the same DNS check", async () => {
    const page = await fetcherWith().fetch(server.url("/absolute-redirect"), { expect: "article" });
    expect(page.url).toBe(server.url("/page", "news.test"));
  });

  it("returns not-modified for a 304 answer to a conditional GET", async () => {
    const fetcher = fetcherWith();
    const first = await fetcher.fetch(server.url("/etag"), { expect: "feed" });
    expect(first.etag).toBe('"v7"');
    const second = await fetcher.fetch(server.url("/etag"), { expect: "feed", etag: '"v7"' });
    expect(second.notModified).toBe(true);
    expect(second.body.length).toBe(0);
  });
});

describe("fetch limits", () => {
  it("stops reading an endless body at the size cap", async () => {
    const error = await failure(
      fetcherWith({ maxBytes: 256 * 1024 }).fetch(server.url("/endless"), { expect: "article" }),
    );
    expect(error.code).toBe("INPUT_TOO_LARGE");
    expect(error.message).toContain("0.3 MB");
  });

  it("refuses a body whose Content-Length is over the cap before reading it", async () => {
    const error = await failure(
      fetcherWith().fetch(server.url("/declared-huge"), { expect: "article" }),
    );
    expect(error.code).toBe("INPUT_TOO_LARGE");
  });

  it("counts the size after decompression, so a gzip bomb is stopped", async () => {
    const error = await failure(
      fetcherWith({ maxBytes: 1024 * 1024 }).fetch(server.url("/bomb"), { expect: "article" }),
    );
    expect(error.code).toBe("INPUT_TOO_LARGE");
  });

  it("times out on a server that never answers", async () => {
    const error = await failure(
      fetcherWith({ timeoutMs: 300 }).fetch(server.url("/silent"), { expect: "article" }),
    );
    expect(error.code).toBe("ARTICLE_FETCH_FAILED");
    expect(error.details.reason).toBe("timeout");
  });

  it("times out on a body that stops half way", async () => {
    const error = await failure(
      fetcherWith({ timeoutMs: 300 }).fetch(server.url("/stalls"), { expect: "article" }),
    );
    expect(error.details.reason).toBe("timeout");
  });

  it("reports a damaged compressed body", async () => {
    const error = await failure(
      fetcherWith().fetch(server.url("/bad-gzip"), { expect: "article" }),
    );
    expect(error.code).toBe("ARTICLE_FETCH_FAILED");
    expect(error.details.reason).toBe("bad-encoding");
  });
});

describe("fetch failures a chat user can act on", () => {
  it.each([
    ["/403", 403, "refused"],
    ["/404", 404, "not found"],
    ["/410", 410, "not found"],
    ["/429", 429, "limiting requests"],
    ["/500", 500, "had an error"],
    ["/503", 503, "had an error"],
  ])("reports %s with its status", async (path, code, words) => {
    const error = await failure(fetcherWith().fetch(server.url(path), { expect: "article" }));
    expect(error.code).toBe("ARTICLE_FETCH_FAILED");
    expect(error.details.status).toBe(code);
    expect(error.message).toContain(words);
  });

  it("passes on Retry-After with a 429", async () => {
    const error = await failure(fetcherWith().fetch(server.url("/429"), { expect: "article" }));
    expect(error.details.retryAfterMs).toBe(120_000);
    expect(error.message).toContain("in 2 min");
  });

  it.each([
    ["/pdf", "a PDF document"],
    ["/png", "an image"],
  ])("says %s is not an article", async (path, what) => {
    const error = await failure(fetcherWith().fetch(server.url(path), { expect: "article" }));
    expect(error.code).toBe("ARTICLE_UNREADABLE");
    expect(error.details.reason).toBe("not-article");
    expect(error.message).toContain(what);
  });

  it("points a feed given as an article to /digest", async () => {
    const error = await failure(fetcherWith().fetch(server.url("/rss"), { expect: "article" }));
    expect(error.message).toContain("/digest add");
  });

  it("reports a host name that does not resolve", async () => {
    const fetcher = fetcherWith({ lookup: tableLookup({}) });
    const error = await failure(fetcher.fetch("http://no-such-site.test/", { expect: "article" }));
    expect(error.code).toBe("ARTICLE_FETCH_FAILED");
    expect(error.details.reason).toBe("dns");
    expect(error.message).toContain("no-such-site.test");
  });

  it("reports a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      fetcherWith().fetch(`http://127.0.0.1:${port}/`, { expect: "article" }),
    );
    expect(error.details.reason).toBe("refused");
  });

  it("refuses an HTTPS site whose certificate it cannot verify", async () => {
    const https = await startTestServer(
      { "/": serve("text/html", "<p>secret</p>") },
      { tls: NEWS_TEST_TLS },
    );
    try {
      const error = await failure(
        fetcherWith().fetch(https.url("/", "news.test"), { expect: "article" }),
      );
      expect(error.code).toBe("ARTICLE_FETCH_FAILED");
      expect(error.details.reason).toBe("tls");
      expect(error.message).toContain("secure connection to news.test");
    } finally {
      await https.close();
    }
  });

  it("reports a link that is not a URL at all", async () => {
    const error = await failure(fetcherWith().fetch("http://exa mple.com/", { expect: "article" }));
    expect(error.code).toBe("INPUT_INVALID");
  });
});
