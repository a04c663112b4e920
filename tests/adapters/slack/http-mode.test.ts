import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { held, send, serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { seedPage } from "../../fakes/pages.ts";
import type { SlackCall } from "../../fakes/slack-api.ts";
import { messageShortcutBody, postSigned } from "../../fakes/slack-requests.ts";
import { hostileArticleHtml, longArticleHtml } from "./articles.ts";
import { SIGNING_SECRET, type SlackHarness, startSlackHarness } from "./harness.ts";
import { contextTexts, mrkdwnTexts, textsOfType } from "./messages.ts";

const SEED_TITLE = "In Mexico, Trump Administration Promises There Will Be ‘No Mass Deportations’";

const HTML = "text/html; charset=utf-8";
// A site that does not answer until the test has seen the ack.
const slow = held(serve(HTML, seedPage()));

let site: TestServer;
let slack: SlackHarness;

beforeAll(async () => {
  site = await startTestServer({
    "/seed": serve(HTML, seedPage()),
    "/slow": slow.handler,
    "/hostile": serve(HTML, hostileArticleHtml()),
    "/long": serve(HTML, longArticleHtml(10_000)),
    "/forbidden": (_req, res) => send(res, 403, HTML, "<p>Forbidden</p>"),
    "/barrier": serve(HTML, seedPage()),
    // 4.5 MB of tiny elements: seconds of parsing, which must not stop the other channels' acks.
    "/heavy": serve(
      HTML,
      `<html><head><title>Heavy page</title></head><body>${"<div><span>a</span></div>".repeat(187_000)}</body></html>`,
    ),
  });
  slack = await startSlackHarness();
});

afterAll(async () => {
  // The site goes first so that a fetch still waiting on it fails at once and the adapter can drain.
  await site.close();
  await slack.close();
});

const answerTo = (responseId: string, timeoutMs?: number): Promise<SlackCall> =>
  slack.api.waitFor((call) => call.responseId === responseId, timeoutMs);

describe("/brief over HTTP", () => {
  it("acks with an ephemeral 'Reading <link>…' within Slack's 3 s while the site has not answered", async () => {
    const ack = await slack.slash("/brief", site.url("/slow"), { channelId: "C0SLOW" });
    await slow.reached;
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3_000);
    expect(JSON.parse(ack.body)).toEqual({
      response_type: "ephemeral",
      text: `Reading ${site.url("/slow")}…`,
    });
    expect(slack.api.calls.some((call) => call.responseId === ack.responseId)).toBe(false);
    // The briefing still arrives once the slow site answers.
    slow.open();
    const answer = await answerTo(ack.responseId);
    expect(answer.body.response_type).toBe("in_channel");
    expect(textsOfType(answer.body.blocks, "header")).toEqual([SEED_TITLE]);
  });

  it("delivers the briefing to the response_url with blocks and fallback text, headed by who asked", async () => {
    const ack = await slack.slash("/brief", site.url("/seed"), { userName: "maria" });
    const { body } = await answerTo(ack.responseId);
    expect(body).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(body.link_names).toBeUndefined();
    const blocks = body.blocks as { type: string }[];
    expect(blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "Requested by maria" }],
    });
    expect(textsOfType(blocks, "header")).toEqual([SEED_TITLE]);
    const sections = textsOfType(blocks, "section").join("\n");
    expect(sections).toContain("In recent days, the Trump administration suggested");
    expect(sections).toContain("*Key points*\n• ");
    expect(blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ type: "button", url: site.url("/seed") }],
    });
    expect(String(body.text)).toMatch(
      /^In Mexico, Trump Administration Promises .+: In recent days/,
    );
  });

  it("answers /brief without text with the help, to the requester only, in the ack", async () => {
    const ack = await slack.slash("/brief", "  ");
    const body = JSON.parse(ack.body) as { response_type: string; text: string };
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toContain("/brief");
  });

  it("refuses a wrong signature and a stale timestamp with 401 and does no work", async () => {
    const forged = await slack.slash("/brief", site.url("/hostile"), {
      secret: "not-the-signing-secret",
      channelId: "C0FORGED",
    });
    const stale = await slack.slash("/brief", site.url("/hostile"), {
      timestampSec: Math.floor(Date.now() / 1000) - 10 * 60,
      channelId: "C0STALE",
    });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    // A valid command after them: once its answer is in, anything the refused ones started would be too.
    const barrier = await slack.slash("/brief", site.url("/barrier"), { channelId: "C0BARRIER" });
    await answerTo(barrier.responseId);
    expect(site.hits("/hostile")).toBe(0);
    const answered = slack.api.calls.map((call) => call.responseId);
    expect(answered).not.toContain(forged.responseId);
    expect(answered).not.toContain(stale.responseId);
  });

  it("never turns an article's <!channel>, <@U…>, @everyone or disguised link into a mention or link", async () => {
    const ack = await slack.slash("/brief", site.url("/hostile"), { channelId: "C0HOSTILE" });
    const { body } = await answerTo(ack.responseId);
    expect(body.link_names).toBeUndefined();
    const texts = mrkdwnTexts(body);
    for (const text of texts) {
      expect(text).not.toMatch(/<[!@#]|<https?:/);
    }
    expect(texts.join("\n")).toContain("&lt;!here&gt;");
    const header = textsOfType(body.blocks, "header")[0];
    expect(header).toBe("Harbour council vote <!channel> sparks a row over ferry fares");
  });

  it("fits a 10,000-word article into Slack's block limits", async () => {
    const ack = await slack.slash("/brief", site.url("/long"), { channelId: "C0LONG" });
    const { body } = await answerTo(ack.responseId, 10_000);
    const blocks = body.blocks as { type: string }[];
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const text of textsOfType(blocks, "section"))
      expect(text.length).toBeLessThanOrEqual(3000);
    for (const text of textsOfType(blocks, "header")) expect(text.length).toBeLessThanOrEqual(150);
    expect(String(body.text).length).toBeLessThanOrEqual(3000);
    expect(contextTexts(blocks).join(" ")).toMatch(/10,\d{3} words/);
  });

  it("tells only the requester, in plain words, when the site refuses the request", async () => {
    const ack = await slack.slash("/brief", site.url("/forbidden"), { channelId: "C0FORBID" });
    expect(ack.status).toBe(200);
    const { body } = await answerTo(ack.responseId);
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toBe("That site refused the request (403).");
  });

  it("briefs the link of a message through the 'Brief this link' shortcut", async () => {
    const responseUrl = slack.api.responseUrl("shortcut1");
    const payload = messageShortcutBody({
      callbackId: "brief_this_link",
      messageText: `worth a read: <${site.url("/seed")}|the Mexico story>`,
      responseUrl,
      channelId: "C0SHORTCUT",
    });
    const ack = await postSigned(slack.eventsUrl(), SIGNING_SECRET, payload);
    expect(ack.status).toBe(200);
    const reading = await slack.api.waitFor(
      (call) => call.responseId === "shortcut1" && call.body.response_type === "ephemeral",
    );
    expect(reading.body.text).toBe(`Reading ${site.url("/seed")}…`);
    const briefing = await slack.api.waitFor(
      (call) => call.responseId === "shortcut1" && call.body.response_type === "in_channel",
    );
    expect(textsOfType(briefing.body.blocks, "header")).toEqual([SEED_TITLE]);
  });

  it("acks other channels at once while a 4.5 MB page of tiny elements is being read", async () => {
    const heavy = await slack.slash("/brief", site.url("/heavy"), { channelId: "C0HEAVY" });
    expect(heavy.status).toBe(200);
    let briefed = false;
    const answer = answerTo(heavy.responseId, 30_000).finally(() => {
      briefed = true;
    });
    // Other channels keep asking, every 100 ms, for as long as the heavy page is being read.
    const acks: { status: number; ms: number }[] = [];
    for (let i = 0; !briefed && i < 300; i++) {
      acks.push(await slack.slash("/whosaid", "Kelly", { channelId: `C0OTHER${i % 5}` }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await answer;
    expect(acks.length).toBeGreaterThan(3);
    expect(acks.every((ack) => ack.status === 200)).toBe(true);
    expect(Math.max(...acks.map((ack) => ack.ms))).toBeLessThan(1_000);
  }, 40_000);

  it("acks a click on the article button at once", async () => {
    const payload = {
      type: "block_actions",
      team: { id: "T0TEST", domain: "newsbrief-test" },
      user: { id: "U0ALICE", username: "alice", team_id: "T0TEST" },
      api_app_id: "A0NEWSBRIEF",
      token: "verification-token-unused",
      trigger_id: "1.2.3",
      channel: { id: "C0NEWS", name: "news" },
      response_url: slack.api.responseUrl("click"),
      actions: [
        {
          type: "button",
          action_id: "newsbrief_open_link",
          block_id: "b1",
          text: { type: "plain_text", text: "Read the article" },
          url: site.url("/seed"),
          action_ts: "1700000000.1",
        },
      ],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const ack = await postSigned(slack.eventsUrl(), SIGNING_SECRET, body);
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3_000);
  });
});
