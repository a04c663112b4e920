import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createFetcher,
  type Fetcher,
  fetcherOptionsFromConfig,
} from "../../../src/article/fetcher.ts";
import { loadConfig } from "../../../src/config.ts";
import { redirect, serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { failure, tableLookup } from "../../fakes/loopback-fetcher.ts";

const PAGE = "<html><body><p>Hello from the test server.</p></body></html>";

let server: TestServer;
const fetchers: Fetcher[] = [];

/** A fetcher with ALLOW_PRIVATE_URLS off, whose DNS is the given table. */
function strictFetcher(table: Record<string, string | readonly string[]>, trusted?: string[]) {
  const lookup = tableLookup(table);
  const fetcher = createFetcher({
    allowPrivateUrls: false,
    ...(trusted === undefined ? {} : { trustedAddresses: trusted }),
    connectTimeoutMs: 1_000,
    timeoutMs: 3_000,
    maxBytes: 1_000_000,
    lookup,
  });
  fetchers.push(fetcher);
  return { fetcher, lookup };
}

beforeAll(async () => {
  server = await startTestServer({ "/page": serve("text/html", PAGE) });
});
afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
});
afterAll(() => server.close());

// One address from every refused range, reached through a host name the test DNS maps to it.
const RESOLVED_TO: readonly (readonly [string, string])[] = [
  ["loopback", "127.0.0.1"],
  ["loopback (rest of 127/8)", "127.3.4.5"],
  ["private 10/8", "10.0.0.1"],
  ["private 172.16/12", "172.20.1.1"],
  ["private 192.168/16", "192.168.1.20"],
  ["link-local", "169.254.10.10"],
  ["cloud metadata", "169.254.169.254"],
  ["carrier-grade NAT", "100.64.12.1"],
  ["multicast", "224.0.0.251"],
  ["unspecified", "0.0.0.0"],
  ["broadcast", "255.255.255.255"],
  ["IPv6 loopback", "::1"],
  ["IPv6 unspecified", "::"],
  ["IPv6 unique local", "fd00::10"],
  ["IPv6 link-local", "fe80::1"],
  ["IPv6 multicast", "ff02::fb"],
  ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
  ["IPv4-mapped private", "::ffff:10.0.0.1"],
  ["IPv4-mapped metadata", "::ffff:169.254.169.254"],
  ["NAT64 around a private address", "64:ff9b::192.168.0.1"],
];

describe("SSRF protection with ALLOW_PRIVATE_URLS off", () => {
  it.each(RESOLVED_TO)(
    "refuses a host that resolves to a %s address (%s)",
    async (_name, address) => {
      const { fetcher, lookup } = strictFetcher({ "target.test": address });
      const before = server.hits("/page");
      const error = await failure(
        fetcher.fetch(server.url("/page", "target.test"), { expect: "article" }),
      );
      expect(error.code).toBe("URL_NOT_ALLOWED");
      expect(error.details.reason).toBe("private-address");
      expect(error.message).toContain("target.test");
      expect(lookup.calls).toContain("target.test");
      expect(server.hits("/page")).toBe(before);
    },
  );

  it.each([
    ["dotted", "127.0.0.1"],
    ["short", "127.1"],
    ["decimal", "2130706433"],
    ["hexadecimal", "0x7f000001"],
    ["octal", "0177.0.0.1"],
    ["IPv6", "[::1]"],
    ["IPv4-mapped IPv6", "[::ffff:127.0.0.1]"],
    ["IPv4-mapped IPv6 in hex", "[::ffff:7f00:1]"],
  ])("refuses a %s loopback literal in the link without any DNS lookup", async (_name, host) => {
    const { fetcher, lookup } = strictFetcher({});
    const before = server.hits("/page");
    const error = await failure(
      fetcher.fetch(`http://${host}:${server.port}/page`, { expect: "article" }),
    );
    expect(error.code).toBe("URL_NOT_ALLOWED");
    expect(lookup.calls).toEqual([]);
    expect(server.hits("/page")).toBe(before);
  });

  it.each([
    "file:///etc/passwd",
    "ftp://files.example/report.txt",
    "gopher://127.0.0.1:70/",
    "javascript:alert(1)",
    "data:text/html,<p>hi</p>",
  ])("refuses the non-http link %s", async (link) => {
    const { fetcher } = strictFetcher({});
    const error = await failure(fetcher.fetch(link, { expect: "article" }));
    expect(error.code).toBe("URL_NOT_ALLOWED");
    expect(error.details.reason).toBe("protocol");
  });

  it("refuses links with a user name and password in them", async () => {
    const { fetcher } = strictFetcher({ "news.test": "127.0.0.1" }, ["127.0.0.1"]);
    const error = await failure(
      fetcher.fetch(`http://admin:secret@news.test:${server.port}/page`, { expect: "article" }),
    );
    expect(error.code).toBe("URL_NOT_ALLOWED");
    expect(error.message).not.toContain("secret");
  });

  it.each([
    ["a private IP literal", "http://10.0.0.1/admin"],
    ["the cloud metadata address", "http://169.254.169.254/latest/meta-data/"],
    ["a name that resolves to a private address", "http://intranet.test/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["a file", "file:///etc/passwd"],
  ])("checks every redirect again: a redirect to %s is refused", async (_name, target) => {
    server.route("/hop", redirect(target));
    const { fetcher } = strictFetcher(
      { "news.test": "127.0.0.1", "intranet.test": "192.168.1.20" },
      ["127.0.0.1"],
    );
    const error = await failure(
      fetcher.fetch(server.url("/hop", "news.test"), { expect: "article" }),
    );
    expect(error.code).toBe("URL_NOT_ALLOWED");
    expect(server.hits("/hop")).toBeGreaterThan(0);
  });

  it("connects only to the checked addresses when a name resolves to private and allowed ones", async () => {
    const { fetcher } = strictFetcher({ "mixed.test": ["10.0.0.1", "127.0.0.1"] }, ["127.0.0.1"]);
    const page = await fetcher.fetch(server.url("/page", "mixed.test"), { expect: "article" });
    expect(page.body.toString()).toBe(PAGE);
  });

  it("connects to the address it checked: a name that rebinds after the check cannot redirect the socket", async () => {
    const answers = ["127.0.0.1", "10.0.0.1"];
    let calls = 0;
    const fetcher = createFetcher({
      allowPrivateUrls: false,
      trustedAddresses: ["127.0.0.1"],
      connectTimeoutMs: 1_000,
      timeoutMs: 3_000,
      maxBytes: 1_000_000,
      lookup: async () => [{ address: answers[Math.min(calls++, 1)]!, family: 4 }],
    });
    fetchers.push(fetcher);
    const page = await fetcher.fetch(server.url("/page", "rebind.test"), { expect: "article" });
    expect(page.body.toString()).toBe(PAGE);
    expect(calls).toBe(1);
  });
});

describe("ALLOW_PRIVATE_URLS", () => {
  it("lets an intranet deployment fetch loopback and private addresses when true", async () => {
    const fetcher = createFetcher(
      fetcherOptionsFromConfig(loadConfig({ ALLOW_PRIVATE_URLS: "true" })),
    );
    fetchers.push(fetcher);
    const page = await fetcher.fetch(server.url("/page"), { expect: "article" });
    expect(page.status).toBe(200);
  });

  it("is off by default, so the same fetch is refused", async () => {
    const fetcher = createFetcher(fetcherOptionsFromConfig(loadConfig({})));
    fetchers.push(fetcher);
    const error = await failure(fetcher.fetch(server.url("/page"), { expect: "article" }));
    expect(error.code).toBe("URL_NOT_ALLOWED");
  });
});
