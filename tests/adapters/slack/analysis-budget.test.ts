import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shapeNamed } from "../../../bench/shapes.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { seedPage } from "../../fakes/pages.ts";
import type { SlackCall } from "../../fakes/slack-api.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { textsOfType } from "./messages.ts";

const SEED_TITLE = "In Mexico, Trump Administration Promises There Will Be ‘No Mass Deportations’";
const hostile = (name: string, chars: number) => shapeNamed(name).make(chars);

let site: TestServer;
let slack: SlackHarness;
let strict: SlackHarness;

beforeAll(async () => {
  site = await startTestServer({
    "/seed": serve("text/html; charset=utf-8", seedPage()),
    // A million characters of one-word paragraphs, two million of quotations: seconds of analysis.
    "/paragraphs": serve("text/plain; charset=utf-8", hostile("tiny paragraphs", 1_000_000)),
    "/quotes": serve("text/plain; charset=utf-8", hostile("quote-dense", 2_000_000)),
  });
  // One bot with time for the whole analysis, one with a deadline the quotations cannot meet.
  slack = await startSlackHarness({ core: { ANALYSIS_TIMEOUT_MS: "60000" } });
  strict = await startSlackHarness({ core: { ANALYSIS_TIMEOUT_MS: "1500" } });
});

afterAll(async () => {
  await site.close();
  await slack.close();
  await strict.close();
});

const answerTo = (responseId: string, timeoutMs?: number, bot = slack): Promise<SlackCall> =>
  bot.api.waitFor((call) => call.responseId === responseId, timeoutMs);

describe("a hostile article in Slack", () => {
  it("acks other channels within a second while it is analysed", async () => {
    const slow = await slack.slash("/brief", site.url("/paragraphs"), { channelId: "C0HOSTILE" });
    expect(slow.status).toBe(200);
    let answered = false;
    const answer = answerTo(slow.responseId, 60_000).finally(() => {
      answered = true;
    });
    const acks: { status: number; ms: number }[] = [];
    for (let i = 0; !answered && i < 600; i++) {
      acks.push(await slack.slash("/whosaid", "Kelly", { channelId: `C0CALM${i % 5}` }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The briefing of the whole article arrives, and many acks were answered while it was made.
    expect((await answer).body.response_type).toBe("in_channel");
    expect(acks.length).toBeGreaterThan(3);
    expect(acks.every((ack) => ack.status === 200)).toBe(true);
    expect(Math.max(...acks.map((ack) => ack.ms))).toBeLessThan(1_000);
  }, 90_000);

  it("tells the user an article took too long to analyse, then briefs the next one", async () => {
    const slow = await strict.slash("/brief", site.url("/quotes"), { channelId: "C0TIMEOUT" });
    expect(slow.status).toBe(200);
    const failure = await answerTo(slow.responseId, 30_000, strict);
    expect(failure.body).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("This article took too long to analyse."),
    });
    const next = await strict.slash("/brief", site.url("/seed"), { channelId: "C0TIMEOUT" });
    const briefing = await answerTo(next.responseId, 30_000, strict);
    expect(textsOfType(briefing.body.blocks, "header")).toEqual([SEED_TITLE]);
  }, 60_000);
});
