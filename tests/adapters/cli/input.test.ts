// readArticleInput (adapters/cli/io.ts): how every CLI command reads its article argument.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, readArticleInput } from "../../../adapters/cli/io.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { failure } from "../../fakes/loopback-fetcher.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const htmlPath = join(root, "tests", "fixtures", "html", "harbour-bridge-wire.html");
const seedPath = join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt");

function io(env: CliIo["env"] = {}, stdin: string | Buffer = ""): CliIo {
  return {
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    stdin: Readable.from([stdin]),
    env,
  };
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    "/story": serve("text/html", readFileSync(htmlPath)),
    "/slow": () => {
      // Never answers.
    },
  });
});
afterAll(() => server.close());

describe("readArticleInput", () => {
  it("fetches a URL with the settings of the environment", async () => {
    const article = await readArticleInput(
      server.url("/story"),
      io({ ALLOW_PRIVATE_URLS: "true", FETCH_USER_AGENT: "cli-test/1" }),
    );
    expect(article.title).toContain("Port Alder harbour bridge");
    expect(server.requests.at(-1)!.headers["user-agent"]).toBe("cli-test/1");
  });

  it("refuses a loopback URL when ALLOW_PRIVATE_URLS is not set", async () => {
    const error = await failure(readArticleInput(server.url("/story"), io()));
    expect(error.code).toBe("URL_NOT_ALLOWED");
  });

  it("applies FETCH_TIMEOUT_MS", async () => {
    const error = await failure(
      readArticleInput(
        server.url("/slow"),
        io({ ALLOW_PRIVATE_URLS: "true", FETCH_TIMEOUT_MS: "200" }),
      ),
    );
    expect(error.details.reason).toBe("timeout");
  });

  it("extracts an HTML file", async () => {
    const article = await readArticleInput(htmlPath, io());
    expect(article.byline).toBe("Helen Marsh, Tom Okafor");
  });

  it("takes a text file's text unchanged", async () => {
    const article = await readArticleInput(seedPath, io());
    expect(article).toEqual({ text: readFileSync(seedPath, "utf8") });
  });

  it("reads HTML from stdin", async () => {
    const article = await readArticleInput("-", io({}, readFileSync(htmlPath)));
    expect(article.siteName).toBe("Northern Wire News");
  });

  it("reads text from stdin unchanged", async () => {
    const text = "“It is done,” she said.\n\nThe end.";
    expect(await readArticleInput("-", io({}, text))).toEqual({ text });
  });

  it.each([
    [join(root, "no-such-file.txt"), "no such file"],
    [join(root, "tests"), "it is a folder"],
  ])("explains why %s cannot be read", async (path, why) => {
    const error = await failure(readArticleInput(path, io()));
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.message).toContain(why);
  });

  it("says an empty stdin holds no text", async () => {
    const error = await failure(readArticleInput("-", io({}, "")));
    expect(error.code).toBe("INPUT_EMPTY");
  });
});
