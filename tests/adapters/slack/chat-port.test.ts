import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackChatPort, DIGEST_PART_EVENT } from "../../../adapters/slack/chat-port.ts";
import type { Reply } from "../../../src/index.ts";
import { silentLogger } from "../../../src/index.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { feedXml, seedPage } from "../../fakes/pages.ts";
import {
  type FakeSlackApi,
  type FakeSlackApiOptions,
  startFakeSlackApi,
} from "../../fakes/slack-api.ts";
import { startSlackHarness } from "./harness.ts";

const DIGEST: Reply = {
  visibility: "channel",
  blocks: [{ kind: "paragraph", text: "Morning digest: 3 new stories" }],
  fallbackText: "Morning digest: 3 new stories",
};

let api: FakeSlackApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function startApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  api = await startFakeSlackApi(options);
  return api;
}

function portOn(slack: FakeSlackApi, logger = silentLogger()) {
  return createSlackChatPort({
    token: "xoxb-test",
    apiUrl: slack.apiUrl,
    timeoutMs: 2_000,
    logger,
  });
}

const keysIn = (slack: FakeSlackApi, channel: string) =>
  slack
    .messagesIn(channel)
    .map((m) => (m.metadata as { event_payload?: { key?: string } })?.event_payload?.key);

describe("Slack chat port: a digest part reaches the channel once", () => {
  it("does not post again when Slack took the message but the answer was lost", async () => {
    const slack = await startApi({ dropPostAnswers: 1 });
    await portOn(slack).post("C0NEWS", DIGEST, { idempotencyKey: "digest:1:slot#0" });

    expect(keysIn(slack, "C0NEWS")).toEqual(["digest:1:slot#0"]);
    expect(slack.counts.get("chat.postMessage")).toBe(1);
    expect(slack.counts.get("conversations.history")).toBe(1);
  });

  it("after a restart, skips a part that reached the channel before the crash", async () => {
    const slack = await startApi();
    const before = Date.now();
    await portOn(slack).post("C0NEWS", DIGEST, { idempotencyKey: "digest:1:slot#0" });

    // A new process resumes the delivery its predecessor had not recorded as posted.
    await portOn(slack).post("C0NEWS", DIGEST, {
      idempotencyKey: "digest:1:slot#0",
      maybePostedSince: before,
    });
    expect(keysIn(slack, "C0NEWS")).toEqual(["digest:1:slot#0"]);
    expect(slack.counts.get("chat.postMessage")).toBe(1);
  });

  it("posts a resumed part that never arrived, and another digest's part with it", async () => {
    const slack = await startApi();
    const before = Date.now();
    await portOn(slack).post("C0NEWS", DIGEST, { idempotencyKey: "digest:1:older#0" });
    await portOn(slack).post("C0NEWS", DIGEST, {
      idempotencyKey: "digest:1:slot#0",
      maybePostedSince: before,
    });
    expect(keysIn(slack, "C0NEWS")).toEqual(["digest:1:older#0", "digest:1:slot#0"]);
    expect(slack.messagesIn("C0NEWS")[1]?.metadata).toMatchObject({
      event_type: DIGEST_PART_EVENT,
    });
  });

  it("without history access still posts (once more at worst) and says which scopes are missing", async () => {
    const slack = await startApi({ dropPostAnswers: 1, historyError: "missing_scope" });
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(line) });
    await portOn(slack, logger).post("C0NEWS", DIGEST, { idempotencyKey: "digest:1:slot#0" });

    expect(slack.messagesIn("C0NEWS")).toHaveLength(2);
    expect(lines.join("")).toContain("missing_scope");
    expect(lines.join("")).toContain("channels:history");
  });

  it("gives up with an error after three lost answers, so the digest stays pending", async () => {
    const slack = await startApi({ dropPostAnswers: 3, historyError: "missing_scope" });
    await expect(
      portOn(slack).post("C0NEWS", DIGEST, { idempotencyKey: "digest:1:slot#0" }),
    ).rejects.toMatchObject({ code: "INTERNAL" });
    expect(slack.counts.get("chat.postMessage")).toBe(3);
  });
});

describe("/digest now when Slack's answer is lost", () => {
  let site: TestServer | undefined;

  afterEach(async () => {
    await site?.close();
    site = undefined;
  });

  it("shows the digest in the channel once, and the delivery counts as done", async () => {
    site = await startTestServer({ "/seed": serve("text/html; charset=utf-8", seedPage()) });
    const feed = feedXml({
      format: "rss",
      title: "Loopback News",
      link: site.url("/"),
      entries: [{ title: "Kelly in Mexico", link: site.url("/seed") }],
    });
    site.route("/feed.xml", serve("application/rss+xml; charset=utf-8", feed));
    const slack = await startSlackHarness({ api: { dropPostAnswers: 1 } });
    try {
      const ask = async (text: string) => {
        const ack = await slack.slash("/digest", text, { channelId: "C0ONCE" });
        return slack.api.waitFor((call) => call.responseId === ack.responseId, 10_000);
      };
      const added = await ask(`add ${site.url("/feed.xml")} daily 08:00 UTC`);
      const id = /#(\d+)/.exec(String(added.body.text))?.[1];
      await ask(`now ${id}`);
      await slack.api.waitFor((call) => call.method === "conversations.history", 10_000);

      const again = await ask(`now ${id}`);
      expect(String(again.body.text)).toMatch(/nothing new/i);
      expect(slack.api.messagesIn("C0ONCE")).toHaveLength(1);
      expect(slack.api.messagesIn("C0ONCE")[0]?.text).toContain("Kelly in Mexico");
    } finally {
      await slack.close();
    }
  });
});
