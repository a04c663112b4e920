import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { feedXml, seedPage } from "../../fakes/pages.ts";
import type { SlackCall } from "../../fakes/slack-api.ts";
import { hostileArticleHtml } from "./articles.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { mrkdwnTexts } from "./messages.ts";

let site: TestServer;
let slack: SlackHarness;

beforeAll(async () => {
  site = await startTestServer({
    "/seed": serve("text/html; charset=utf-8", seedPage()),
    "/hostile": serve("text/html; charset=utf-8", hostileArticleHtml()),
  });
  // The feed links to the site's own pages, so it is written once the site has its address.
  const feed = feedXml({
    format: "rss",
    title: "Loopback News",
    link: site.url("/"),
    entries: [
      { title: "No mass deportations, Kelly tells Mexico", link: site.url("/seed") },
      { title: "Ferry fares to rise <!channel>", link: site.url("/hostile") },
    ],
  });
  site.route("/feed.xml", serve("application/rss+xml; charset=utf-8", feed));
  slack = await startSlackHarness();
});

afterAll(async () => {
  await site.close();
  await slack.close();
});

async function ask(text: string): Promise<SlackCall> {
  const ack = await slack.slash("/digest", text, { channelId: "C0DIGESTS" });
  expect(ack.status).toBe(200);
  return slack.api.waitFor((call) => call.responseId === ack.responseId, 10_000);
}

describe("/digest", () => {
  it("subscribes the channel to a feed and posts its digest to the channel on request", async () => {
    const added = await ask(`add ${site.url("/feed.xml")} daily 08:00 UTC`);
    expect(String(added.body.text)).toMatch(/#\d+/);
    const id = /#(\d+)/.exec(String(added.body.text))?.[1];

    const listed = await ask("list");
    expect(mrkdwnTexts(listed.body).join("\n")).toContain(site.url("/feed.xml"));

    await ask(`now ${id}`);
    const posted = await slack.api.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0DIGESTS",
      10_000,
    );
    const shown = mrkdwnTexts(posted.body).join("\n");
    expect(JSON.stringify(posted.body.blocks)).toContain(
      "No mass deportations, Kelly tells Mexico",
    );
    expect(shown).not.toMatch(/<[!@]/);
  });

  it("explains a command it does not know, to the requester only", async () => {
    const answer = await ask("subscribe everything");
    expect(answer.body.response_type).toBe("ephemeral");
    expect(String(answer.body.text)).toContain("is not a /digest command");
  });
});
