import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { held, serve, startTestServer, status, type TestServer } from "../../fakes/http-server.ts";
import { seedPage } from "../../fakes/pages.ts";
import { type FakeSlackSocket, startFakeSlackSocket } from "../../fakes/slack-socket.ts";
import { APP_TOKEN, type SlackHarness, startSlackHarness } from "./harness.ts";
import { textsOfType } from "./messages.ts";

// The seed page is held back until the test has seen the ack.
const seed = held(serve("text/html; charset=utf-8", seedPage()));

let site: TestServer;
let socket: FakeSlackSocket;
let slack: SlackHarness;

beforeAll(async () => {
  site = await startTestServer({ "/seed": seed.handler, "/forbidden": status(403) });
  socket = await startFakeSlackSocket();
  slack = await startSlackHarness({
    api: { socketUrl: socket.url },
    env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: undefined },
  });
  await socket.connected();
});

afterAll(async () => {
  await site.close();
  await slack.close();
  await socket.close();
});

function slashPayload(command: string, text: string, responseId: string): Record<string, unknown> {
  return {
    token: "verification-token-unused",
    team_id: "T0TEST",
    team_domain: "newsbrief-test",
    channel_id: "C0SOCKET",
    channel_name: "news",
    user_id: "U0BOB",
    user_name: "bob",
    command,
    text,
    api_app_id: "A0NEWSBRIEF",
    is_enterprise_install: "false",
    response_url: slack.api.responseUrl(responseId),
    trigger_id: "1.2.3",
  };
}

describe("Socket Mode", () => {
  it("opens the WebSocket that apps.connections.open hands out, with the app-level token", () => {
    const open = slack.api.calls.find((call) => call.method === "apps.connections.open");
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(slack.adapter.port).toBeNull();
  });

  it("acks a /brief envelope at once and delivers the briefing to its response_url", async () => {
    const { ack, ms } = await socket.send(
      "slash_commands",
      slashPayload("/brief", site.url("/seed"), "s1"),
    );
    expect(ms).toBeLessThan(3_000);
    expect(ack).toEqual({
      envelope_id: expect.stringMatching(/^env-/),
      payload: { response_type: "ephemeral", text: `Reading ${site.url("/seed")}…` },
    });
    // The site has not answered yet: the ack did not wait for it.
    await seed.reached;
    expect(slack.api.calls.some((call) => call.responseId === "s1")).toBe(false);
    seed.open();
    const answer = await slack.api.waitFor((call) => call.responseId === "s1");
    expect(answer.body.response_type).toBe("in_channel");
    expect(textsOfType(answer.body.blocks, "header")[0]).toMatch(
      /^In Mexico, Trump Administration/,
    );
    expect(answer.body.blocks).toContainEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "Requested by bob" }],
    });
  });

  it("sends the requester an ephemeral error when the site refuses", async () => {
    await socket.send("slash_commands", slashPayload("/brief", site.url("/forbidden"), "s2"));
    const answer = await slack.api.waitFor((call) => call.responseId === "s2");
    expect(answer.body).toMatchObject({
      response_type: "ephemeral",
      text: "That site refused the request (403).",
    });
  });

  it("answers /whosaid about the article just briefed in the channel", async () => {
    const { ack } = await socket.send("slash_commands", slashPayload("/whosaid", "", "s3"));
    expect(ack.payload ?? {}).toEqual({});
    const answer = await slack.api.waitFor((call) => call.responseId === "s3");
    expect(String(answer.body.text)).toContain("In Mexico, Trump Administration");
  });
});
