import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../../adapters/cli/io.ts";
import { send, serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { type CliRun, runCli } from "./run-cli.ts";

const feeds = join(import.meta.dirname, "..", "..", "fixtures", "feeds");
const rssPath = join(feeds, "rss2-world.xml");
const PRIVATE_OK = { ALLOW_PRIVATE_URLS: "true" };

function run(args: string[], env: CliIo["env"] = {}, stdin = ""): Promise<CliRun> {
  return runCli(["feed", ...args], { stdin, env });
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    "/feed.xml": (req, res) => {
      if (req.headers["if-none-match"] === '"v2"') {
        res.writeHead(304, { etag: '"v2"' });
        res.end();
      } else send(res, 200, "application/rss+xml", readFileSync(rssPath), { etag: '"v2"' });
    },
    "/atom": serve("application/atom+xml", readFileSync(join(feeds, "atom-blog.xml"))),
    "/broken.xml": serve("application/rss+xml", readFileSync(join(feeds, "broken.xml"))),
  });
});
afterAll(() => server.close());

describe("newsbrief feed", () => {
  it("lists a fetched feed's items with their dates and links", async () => {
    const result = await run([server.url("/feed.xml")], PRIVATE_OK);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Northern Wire News - UK \(rss, 3 items\)\n/);
    expect(result.stdout).toContain(
      "- Port Alder harbour bridge to close for two years\n  2024-03-05 09:30  https://news.northernwire.example/uk/port-alder-bridge-closure\n",
    );
    expect(result.stdout).toContain('ETag: "v2"');
  });

  it("prints JSON with the stable item ids and validators", async () => {
    const result = await run([server.url("/atom"), "--json"], PRIVATE_OK);
    const json = JSON.parse(result.stdout) as {
      status: string;
      feed: { format: string; items: { id: string; link: string }[] };
    };
    expect(json.status).toBe("ok");
    expect(json.feed.format).toBe("atom");
    expect(json.feed.items.map((i) => i.id)).toEqual([
      "tag:coastline.example,2023-09-30:/features/last-keepers",
      "tag:coastline.example,2023-08-12:/features/fog-horns",
    ]);
    expect(json.feed.items[0]!.link).toBe(server.url("/features/last-keepers"));
  });

  it("sends a conditional GET with --etag and says when nothing changed", async () => {
    const result = await run([server.url("/feed.xml"), "--etag", '"v2"'], PRIVATE_OK);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${server.url("/feed.xml")}: not modified since the last fetch (no new items).\n`,
    );
  });

  it("reads a feed file, resolving relative links against the feed's own site", async () => {
    const result = await run([rssPath, "--json"]);
    const json = JSON.parse(result.stdout) as { feed: { items: { link?: string }[] } };
    expect(json.feed.items[1]!.link).toBe(
      "https://news.northernwire.example/uk/ferry-timetable?from=rss&utm_source=feed",
    );
  });

  it("reads a feed from stdin", async () => {
    const result = await run(["-"], {}, readFileSync(join(feeds, "rdf-science.rdf"), "utf8"));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Science Desk \(rdf, 2 items\)/);
  });

  it("refuses a loopback URL unless ALLOW_PRIVATE_URLS is set", async () => {
    const result = await run([server.url("/feed.xml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ALLOW_PRIVATE_URLS=true");
  });

  it("explains a broken feed and exits 1", async () => {
    const result = await run([server.url("/broken.xml")], PRIVATE_OK);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the feed looks cut off");
  });

  it("explains a missing file and exits 1", async () => {
    const result = await run([join(feeds, "nope.xml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no such file");
  });

  it.each([
    [[], "give a feed URL"],
    [["--bogus"], "unknown option --bogus"],
    [["a.xml", "b.xml"], "one feed at a time"],
    [["a.xml", "--etag"], "--etag needs a value"],
  ])("shows usage for bad arguments %j", async (args, words) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
    expect(result.stderr).toContain("Usage: newsbrief feed");
  });

  it("prints help with --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: newsbrief feed");
  });
});
