import type { TLSSocket } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticle } from "../../../src/article/load-article.ts";
import { friendlyMessage } from "../../../src/bot/error-reply.ts";
import { NEWS_TEST_TLS, send, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { failure, loopbackFetcher } from "../../fakes/loopback-fetcher.ts";
import { newsPage } from "../../fakes/pages.ts";

// A page written for this test.
const PAGE = newsPage(
  "Tram line opens",
  [
    "The first trams ran on the new east line on Saturday, three months late.",
    "“It was worth the wait,” said Ruth Adeyemi, the transport chief.",
  ],
  { site: "Test News", headTitle: "Tram line opens | Test News" },
);

let server: TestServer;
let port: number;
const servernames: (string | false | null)[] = [];

beforeAll(async () => {
  server = await startTestServer(
    {
      "/trams": (req, res) => {
        servernames.push((req.socket as TLSSocket).servername);
        send(res, 200, "text/html; charset=utf-8", PAGE);
      },
    },
    { tls: NEWS_TEST_TLS },
  );
  port = server.port;
});

afterAll(() => server.close());

describe("HTTPS", () => {
  it("reads an article over TLS from the checked address, verifying the host name's certificate", async () => {
    const fetcher = loopbackFetcher({ trustedCa: NEWS_TEST_TLS.cert });
    try {
      const article = await loadArticle(`https://news.test:${port}/trams`, { fetcher });
      expect(article.title).toBe("Tram line opens");
      expect(article.text).toContain("“It was worth the wait,” said Ruth Adeyemi");
      expect(article.url).toBe(`https://news.test:${port}/trams`);
      // Connected to the address the guard resolved, yet the TLS handshake named the host.
      expect(servernames.at(-1)).toBe("news.test");
    } finally {
      await fetcher.close();
    }
  });

  it("refuses a certificate it cannot verify, with a message a chat user can act on", async () => {
    const fetcher = loopbackFetcher();
    try {
      const error = await failure(loadArticle(`https://news.test:${port}/trams`, { fetcher }));
      expect(error).toMatchObject({ code: "ARTICLE_FETCH_FAILED", details: { reason: "tls" } });
      expect(error.message).toContain("Could not open a secure connection to news.test");
      expect(friendlyMessage(error)).toMatch(
        /^Could not open a secure connection to news\.test:\d+ \(\w*CERT\w*\)\.$/,
      );
    } finally {
      await fetcher.close();
    }
  });
});
