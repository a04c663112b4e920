// `newsbrief brief <front page>` says what is wrong and what to give instead, with exit code 1.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { type CliRun, runCli } from "./run-cli.ts";

const frontPage = readFileSync(
  join(import.meta.dirname, "..", "..", "fixtures", "html", "home-page-teasers.html"),
  "utf8",
);

function run(args: string[]): Promise<CliRun> {
  return runCli(args, { env: { ALLOW_PRIVATE_URLS: "true" } });
}

describe("the CLI on a front page", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ "/": serve("text/html; charset=utf-8", frontPage) });
  });
  afterAll(() => server.close());

  it.each(["brief", "quotes"])(
    "%s explains that a front page lists many stories",
    async (command) => {
      const result = await run([command, server.url("/")]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        `newsbrief ${command}: ${server.url("/")} looks like a front page listing many stories: give the link of one story.\n`,
      );
    },
  );
});
