// A link to a site's front page gets a clear message on Slack instead of a briefing of teasers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";

const frontPage = readFileSync(
  join(import.meta.dirname, "..", "..", "fixtures", "html", "home-page-teasers.html"),
  "utf8",
);

let site: TestServer;
let slack: SlackHarness;

beforeAll(async () => {
  site = await startTestServer({ "/": serve("text/html; charset=utf-8", frontPage) });
  slack = await startSlackHarness();
});

afterAll(async () => {
  await site.close();
  await slack.close();
});

describe("/brief of a front page", () => {
  it("tells only the requester to give the link of one story", async () => {
    const ack = await slack.slash("/brief", site.url("/"), { channelId: "C0FRONT" });
    expect(ack.status).toBe(200);
    const { body } = await slack.api.waitFor((call) => call.responseId === ack.responseId);
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toBe(
      "That looks like a front page listing many stories: give the link of one story.",
    );
  });
});
