import { createHmac } from "node:crypto";

/** What a slash command carries; the rest of Slack's fields get realistic defaults. */
export interface SlashCommand {
  readonly command: string;
  readonly text: string;
  readonly responseUrl: string;
  readonly channelId?: string;
  readonly userId?: string;
  readonly userName?: string;
  readonly teamId?: string;
}

/** The form-encoded body Slack POSTs for a slash command, field for field. */
export function slashCommandBody(cmd: SlashCommand): string {
  return new URLSearchParams({
    token: "verification-token-unused",
    team_id: cmd.teamId ?? "T0TEST",
    team_domain: "newsbrief-test",
    channel_id: cmd.channelId ?? "C0NEWS",
    channel_name: "news",
    user_id: cmd.userId ?? "U0ALICE",
    user_name: cmd.userName ?? "alice",
    command: cmd.command,
    text: cmd.text,
    api_app_id: "A0NEWSBRIEF",
    is_enterprise_install: "false",
    response_url: cmd.responseUrl,
    trigger_id: `${Date.now()}.1234.abcdef`,
  }).toString();
}

/** Slack's request signature: v0= + HMAC-SHA256 of `v0:{timestamp}:{body}` keyed by the signing secret. */
export function slackSignature(secret: string, timestampSec: number, body: string): string {
  const hmac = createHmac("sha256", secret).update(`v0:${timestampSec}:${body}`);
  return `v0=${hmac.digest("hex")}`;
}

/** The headers Slack sends with a signed request. */
export function signedHeaders(
  secret: string,
  body: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    "content-type": "application/x-www-form-urlencoded",
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    "x-slack-request-timestamp": String(timestampSec),
    "x-slack-signature": slackSignature(secret, timestampSec, body),
  };
}

/** The interactivity payload of a message shortcut, form-encoded as Slack sends it. */
export function messageShortcutBody(opts: {
  readonly callbackId: string;
  readonly messageText: string;
  readonly responseUrl: string;
  readonly channelId?: string;
  readonly userId?: string;
  readonly userName?: string;
}): string {
  const payload = {
    type: "message_action",
    token: "verification-token-unused",
    action_ts: `${Date.now() / 1000}`,
    team: { id: "T0TEST", domain: "newsbrief-test" },
    user: { id: opts.userId ?? "U0ALICE", username: opts.userName ?? "alice", team_id: "T0TEST" },
    channel: { id: opts.channelId ?? "C0NEWS", name: "news" },
    is_enterprise_install: false,
    callback_id: opts.callbackId,
    trigger_id: `${Date.now()}.1234.abcdef`,
    response_url: opts.responseUrl,
    message_ts: "1700000000.000100",
    message: {
      type: "message",
      user: "U0BOB",
      ts: "1700000000.000100",
      text: opts.messageText,
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Posts a signed body to a Slack endpoint; `ms` is how long the ack took. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  timestampSec?: number,
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: signedHeaders(secret, body, timestampSec),
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}
