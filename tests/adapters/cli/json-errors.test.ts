import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, startTestServer, status, type TestServer } from "../../fakes/http-server.ts";
import { runCli } from "./run-cli.ts";

const feeds = join(import.meta.dirname, "..", "..", "fixtures", "feeds");
const PRIVATE_OK = { ALLOW_PRIVATE_URLS: "true" };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    "/gone": status(404),
    "/broken.xml": serve("application/rss+xml", readFileSync(join(feeds, "broken.xml"))),
  });
});
afterAll(() => server.close());

interface ErrorJson {
  readonly error: { readonly code: string; readonly message: string };
}

function errorOf(stdout: string): ErrorJson["error"] {
  const json = JSON.parse(stdout) as ErrorJson;
  expect(Object.keys(json)).toEqual(["error"]);
  expect(Object.keys(json.error)).toEqual(["code", "message"]);
  return json.error;
}

describe("--json errors", () => {
  it.each(["quotes", "whosaid", "brief", "feed"])(
    "%s prints a page that is not found as JSON on stdout, exits 1 and says it on stderr",
    async (command) => {
      const result = await runCli([command, server.url("/gone"), "--json"], { env: PRIVATE_OK });
      expect(result.code).toBe(1);
      expect(errorOf(result.stdout)).toEqual({
        code: "ARTICLE_FETCH_FAILED",
        message: expect.stringContaining("not found (HTTP 404)"),
      });
      expect(result.stderr).toMatch(new RegExp(`^newsbrief ${command}: .*404`));
    },
  );

  it("prints a broken feed as a FEED_INVALID error", async () => {
    const result = await runCli(["feed", server.url("/broken.xml"), "--json"], { env: PRIVATE_OK });
    expect(result.code).toBe(1);
    expect(errorOf(result.stdout).code).toBe("FEED_INVALID");
  });

  it("prints a refused private address as URL_NOT_ALLOWED", async () => {
    const result = await runCli(["brief", server.url("/gone"), "--json"]);
    expect(result.code).toBe(1);
    expect(errorOf(result.stdout).code).toBe("URL_NOT_ALLOWED");
  });

  it("prints a usage mistake as COMMAND_INVALID with exit 2, the usage on stderr only", async () => {
    const result = await runCli(["whosaid", "--json", "--speaker", "--phrase", "a.txt", "x"]);
    expect(result.code).toBe(2);
    expect(errorOf(result.stdout)).toEqual({
      code: "COMMAND_INVALID",
      message: "use --speaker or --phrase, not both.",
    });
    expect(result.stderr).toContain("Usage: newsbrief whosaid");
  });

  it("prints bad configuration as CONFIG_INVALID with exit 78", async () => {
    const result = await runCli(["brief", "-", "--json"], {
      stdin: "Some text to brief. It has two sentences.",
      env: { SUMMARY_SENTENCES: "eleven" },
    });
    expect(result.code).toBe(78);
    expect(errorOf(result.stdout)).toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("SUMMARY_SENTENCES"),
    });
  });

  it("prints nothing on stdout for a failure without --json", async () => {
    const result = await runCli(["quotes", server.url("/gone")], { env: PRIVATE_OK });
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
