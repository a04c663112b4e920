import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { newsPage } from "../../fakes/pages.ts";
import type { SlackCall } from "../../fakes/slack-api.ts";
import { longArticleHtml } from "./articles.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { mrkdwnTexts, textsOfType } from "./messages.ts";

// A story written for this test: two named speakers, each quoted twice and reported once.
const BRIDGE = newsPage("Bridge repairs to close the river crossing for six weeks", [
  "The old river bridge will close to cars for six weeks from Monday while engineers replace its worn bearings, the county said on Friday.",
  "“The bearings are forty years old and they have done their job, but we cannot wait another winter,” said Dana Whitfield, the county's chief engineer.",
  "Shop owners on the east bank said they feared losing customers. “Six weeks is a long time for a small business,” said Marco Bellini, who runs a bakery by the bridge.",
  "Whitfield said crews would work at night to finish early. “If the weather holds, we will open a week ahead of schedule,” she said.",
  "Bellini said he would still open every day. “People know where we are, and we will be here,” he said.",
]);

let site: TestServer;
let slack: SlackHarness;

beforeAll(async () => {
  site = await startTestServer({
    "/bridge": serve("text/html; charset=utf-8", BRIDGE),
    "/long": serve("text/html; charset=utf-8", longArticleHtml(10_000)),
  });
  slack = await startSlackHarness();
});

afterAll(async () => {
  await site.close();
  await slack.close();
});

async function ask(command: string, text: string, channelId: string): Promise<SlackCall> {
  const ack = await slack.slash(command, text, { channelId });
  expect(ack.status).toBe(200);
  return slack.api.waitFor((call) => call.responseId === ack.responseId);
}

const shown = (call: SlackCall) => mrkdwnTexts(call.body).join("\n");

describe("/whosaid", () => {
  it("answers about the channel's current article, and still does after a restart", async () => {
    await ask("/brief", site.url("/bridge"), "C0BRIDGE");

    const before = await ask("/whosaid", "Whitfield", "C0BRIDGE");
    expect(before.body.response_type).toBe("in_channel");
    expect(shown(before)).toContain("we cannot wait another winter");
    expect(shown(before)).not.toContain("long time for a small business");

    await slack.restart();
    const fetchesBefore = site.requests.length;

    const after = await ask("/whosaid", "Bellini", "C0BRIDGE");
    expect(shown(after)).toContain("Six weeks is a long time for a small business");
    // The answer came from the stored article, not from fetching it again.
    expect(site.requests.length).toBe(fetchesBefore);
  });

  it("lists the speakers and their quote counts when asked without a name", async () => {
    await ask("/brief", site.url("/bridge"), "C0SPEAKERS");
    const answer = await ask("/whosaid", "", "C0SPEAKERS");
    expect(shown(answer)).toMatch(/• Dana Whitfield[^\n]*: 2 quotes, 1 reported\n/);
    expect(shown(answer)).toMatch(/• Marco Bellini[^\n]*: 2 quotes, 1 reported\n/);
  });

  it("says how many quotes could not be attributed, in the briefing and in the speaker list", async () => {
    const text = readFileSync(
      join(import.meta.dirname, "../../fixtures/present/market-flood-unattributed.txt"),
      "utf8",
    );
    const briefing = await ask("/brief", text, "C0MARKET");
    expect(shown(briefing)).toContain("2 quotes could not be attributed.");
    const speakers = await ask("/whosaid", "", "C0MARKET");
    expect(shown(speakers)).toContain(
      "2 quotes could not be attributed in “Rain closes the covered market”.",
    );
  });

  it("finds who said a quoted phrase", async () => {
    await ask("/brief", site.url("/bridge"), "C0PHRASE");
    const answer = await ask("/whosaid", "“a week ahead of schedule”", "C0PHRASE");
    expect(shown(answer)).toContain("Dana Whitfield");
  });

  it("names an article explicitly with a link before the name", async () => {
    const answer = await ask("/whosaid", `${site.url("/bridge")} Bellini`, "C0ELSEWHERE");
    expect(shown(answer)).toContain("we will be here");
  });

  it("tells the requester when the channel has no article yet", async () => {
    const answer = await ask("/whosaid", "Whitfield", "C0EMPTY");
    expect(answer.body.response_type).toBe("ephemeral");
    expect(String(answer.body.text)).toMatch(/No article has been briefed in this channel/);
  });

  it("fits every quote of a speaker quoted twenty times in a 10,000-word article into Slack's limits", async () => {
    await ask("/brief", site.url("/long"), "C0LONGWHO");
    const answer = await ask("/whosaid", "Ana Ruiz", "C0LONGWHO");
    const blocks = answer.body.blocks as unknown[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    const sections = textsOfType(blocks, "section");
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    const quotes = sections.join("\n").match(/— \*Ana Ruiz\*/g) ?? [];
    expect(quotes.length).toBeGreaterThanOrEqual(20);
  });
});
