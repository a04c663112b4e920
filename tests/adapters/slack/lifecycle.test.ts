import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlack } from "../../../adapters/slack/main.ts";
import {
  createBot,
  isNewsbriefError,
  type NewsbriefError,
  openSqliteStore,
  type Reply,
  silentLogger,
} from "../../../src/index.ts";
import { held, serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { seedPage } from "../../fakes/pages.ts";
import { startFakeSlackApi } from "../../fakes/slack-api.ts";
import {
  APP_TOKEN,
  BOT_TOKEN,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from "./harness.ts";

const digest: Reply = {
  visibility: "channel",
  title: "Morning digest: 1 new story",
  blocks: [
    { kind: "link", label: "Ferry fares to rise <!channel>", url: "https://news.example/ferry" },
    { kind: "paragraph", text: "The harbour council voted to raise fares." },
  ],
  fallbackText: "Morning digest: Ferry fares to rise <!channel>",
};

async function failureOf(promise: Promise<unknown>): Promise<NewsbriefError> {
  const error = await promise.then(
    () => new Error("expected a failure"),
    (e: unknown) => e,
  );
  if (isNewsbriefError(error)) return error;
  throw error;
}

// A page held back until the adapter is stopping, so the briefing is still in flight.
const slow = held(serve("text/html; charset=utf-8", seedPage()));

let site: TestServer;
let slack: SlackHarness;

beforeAll(async () => {
  site = await startTestServer({ "/slow": slow.handler });
  slack = await startSlackHarness();
});

afterAll(async () => {
  await site.close();
  await slack.close();
});

describe("the Slack chat port", () => {
  it("posts a reply to a channel with chat.postMessage, escaped, with blocks and a fallback", async () => {
    expect(slack.adapter.chat).toMatchObject({ platform: "slack", supportsBlocks: true });
    await slack.adapter.chat.post("C0DIGEST", digest);
    const call = await slack.api.waitFor((c) => c.method === "chat.postMessage");
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call.body).toMatchObject({
      channel: "C0DIGEST",
      text: "Morning digest: Ferry fares to rise &lt;!channel&gt;",
      unfurl_links: "false",
    });
    expect(call.body.link_names).toBeUndefined();
    expect(call.body.blocks).toContainEqual({
      type: "header",
      text: { type: "plain_text", text: "Morning digest: 1 new story", emoji: false },
    });
  });

  it("turns Slack's 429 into RATE_LIMITED with the wait it asked for, without retrying itself", async () => {
    slack.api.options.rateLimitSeconds = 7;
    const before = slack.api.calls.length;
    try {
      const error = await failureOf(slack.adapter.chat.post("C0DIGEST", digest));
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.details.retryAfterMs).toBe(7_000);
      expect(slack.api.calls.length - before).toBe(1);
    } finally {
      delete slack.api.options.rateLimitSeconds;
    }
  });

  it("says what to do when the bot is not in the channel", async () => {
    slack.api.options.postMessageError = "not_in_channel";
    try {
      const error = await failureOf(slack.adapter.chat.post("C0PRIVATE", digest));
      expect(error.details).toMatchObject({
        reason: "platform-refused",
        platformCode: "not_in_channel",
      });
      expect(error.message).toMatch(/C0PRIVATE.*invite the app/);
    } finally {
      delete slack.api.options.postMessageError;
    }
  });
});

describe("starting and stopping", () => {
  it("finishes a briefing already acked before stop() resolves", async () => {
    const ack = await slack.slash("/brief", site.url("/slow"), { channelId: "C0DRAIN" });
    expect(ack.status).toBe(200);
    await slow.reached;
    const restarted = slack.restart();
    slow.open();
    await restarted;
    const delivered = slack.api.calls.find((call) => call.responseId === ack.responseId);
    expect(delivered?.body.response_type).toBe("in_channel");
  });

  it("refuses to start with a token Slack rejects, naming the variable", async () => {
    const api = await startFakeSlackApi({ authError: "invalid_auth" });
    const store = openSqliteStore(":memory:");
    const logger = silentLogger();
    const bot = createBot({
      articles: { analyze: () => Promise.reject(new Error("unused")) },
      store,
      logger,
    });
    try {
      const env = {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_PORT: "0",
        SLACK_API_URL: api.apiUrl,
      };
      const error = await failureOf(startSlack(env, { bot, logger }));
      expect(error.code).toBe("CONFIG_INVALID");
      expect(error.message).toBe(
        "Slack rejected SLACK_BOT_TOKEN (invalid_auth). Check the token in the app's settings.",
      );
      const invalid = await failureOf(startSlack({ ...env, SLACK_PORT: "http" }, { bot, logger }));
      expect(invalid.message).toMatch(/SLACK_PORT/);
      expect(api.calls.filter((call) => call.method === "auth.test")).toHaveLength(1);
    } finally {
      await store.close();
      await api.close();
    }
  });

  it("says which variable to check when the port is taken or the app token is refused", async () => {
    const api = await startFakeSlackApi();
    const taken = createServer().listen(0, "127.0.0.1");
    await once(taken, "listening");
    const store = openSqliteStore(":memory:");
    const logger = silentLogger();
    const bot = createBot({
      articles: { analyze: () => Promise.reject(new Error("unused")) },
      store,
      logger,
    });
    const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: api.apiUrl, SLACK_HOST: "127.0.0.1" };
    try {
      const port = String((taken.address() as AddressInfo).port);
      const busy = await failureOf(
        startSlack(
          { ...env, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: port },
          { bot, logger },
        ),
      );
      expect(busy.code).toBe("CONFIG_INVALID");
      expect(busy.message).toMatch(/EADDRINUSE.*Check SLACK_PORT/);
      // The fake hands out no WebSocket URL: apps.connections.open answers invalid_auth.
      const refused = await failureOf(
        startSlack({ ...env, SLACK_APP_TOKEN: APP_TOKEN }, { bot, logger }),
      );
      expect(refused.message).toBe(
        "Slack rejected SLACK_APP_TOKEN (invalid_auth). Check the token in the app's settings.",
      );
    } finally {
      taken.close();
      await store.close();
      await api.close();
    }
  });
});
