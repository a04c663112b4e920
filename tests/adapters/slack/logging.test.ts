import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/index.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { newsPage } from "../../fakes/pages.ts";
import { BOT_TOKEN, type SlackHarness, startSlackHarness } from "./harness.ts";

// Written for this test.
const SECRET_SENTENCE = "The ferry board kept the winter timetable secret until the very last day.";

let site: TestServer;
let slack: SlackHarness;
const lines: string[] = [];

beforeAll(async () => {
  site = await startTestServer({
    "/story": serve(
      "text/html",
      newsPage("Ferry timetable kept secret", [
        SECRET_SENTENCE,
        "“We will publish it next week,” said Nora Vik, who chairs the board.",
      ]),
    ),
  });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  // Every post through the Web API loses its answer: the client's retries included.
  slack = await startSlackHarness({
    api: { dropPostAnswers: 10 },
    logger: createLogger("info", sink),
  });
});

afterAll(async () => {
  await slack?.close();
  await site?.close();
});

describe("Slack's logs", () => {
  it("say why a reply could not be delivered without the bot token, the article or the raw error", async () => {
    // A response_url nobody answers, so the reply goes through the Web API, which fails too.
    await slack.slash("/brief", site.url("/story"), {
      responseUrl: "http://127.0.0.1:9/commands/T0/1/x",
    });
    await expect
      .poll(() => lines.some((l) => l.includes("could not deliver")), { timeout: 20_000 })
      .toBe(true);
    const log = lines.join("");
    expect(log).toContain("response_url refused the reply");
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SECRET_SENTENCE);
    const failure = JSON.parse(lines.find((l) => l.includes("could not deliver")) ?? "{}");
    expect(failure.err).toMatchObject({ code: "slack_webapi_request_error" });
    expect(Object.keys(failure.err).sort()).toEqual(
      expect.arrayContaining(["message", "stack", "type"]),
    );
    expect(failure.err).not.toHaveProperty("original");
  });
});
