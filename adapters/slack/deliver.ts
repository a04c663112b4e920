import type { RespondFn, webApi } from "@slack/bolt";
import { type Bot, type Logger, logFailure, type Reply } from "../../src/index.ts";
import { renderReply, type SlackMessage } from "./render.ts";

/** Where a command's answer goes: its response_url, else the Web API. */
export interface Invocation {
  /** "/brief", "/whosaid", "/digest" or the shortcut's callback id. */
  readonly command: string;
  /** Slack channel id, without the "slack:" prefix. */
  readonly channel: string;
  readonly user: string;
  readonly respond?: RespondFn;
  readonly client: webApi.WebClient;
}

/**
 * The adapter's one error funnel: runs the work after the ack, logs a failure with its context
 * (never the command text, which may be a whole article) and sends the requester the friendly
 * error; nothing escapes, so a handler can never crash the process.
 */
export async function runAfterAck(
  bot: Bot,
  logger: Logger,
  invocation: Invocation,
  work: () => Promise<Reply>,
): Promise<void> {
  const started = performance.now();
  const where = { channel: invocation.channel, user: invocation.user, command: invocation.command };
  let reply: Reply;
  try {
    reply = await work();
    logger.info({ ...where, ms: Math.round(performance.now() - started) }, "command answered");
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    reply = bot.errorReply(logFailure(logger, error, { ...where, ms }));
  }
  await deliver(logger, invocation, reply);
}

/** Sends a reply through the response_url, falling back to the Web API when that URL has expired. */
export async function deliver(logger: Logger, invocation: Invocation, reply: Reply): Promise<void> {
  const message = renderReply(reply);
  const where = { channel: invocation.channel, user: invocation.user, command: invocation.command };
  try {
    if (invocation.respond !== undefined) {
      await invocation.respond({ ...message, replace_original: false });
      return;
    }
  } catch (error) {
    logger.warn({ ...where, err: error }, "response_url refused the reply; using the Web API");
  }
  try {
    await postViaApi(invocation, message);
  } catch (error) {
    logger.error({ ...where, err: error }, "could not deliver the reply to Slack");
  }
}

async function postViaApi(invocation: Invocation, message: SlackMessage): Promise<void> {
  const { text, blocks } = message;
  if (message.response_type === "ephemeral") {
    await invocation.client.chat.postEphemeral({
      channel: invocation.channel,
      user: invocation.user,
      text,
      blocks,
    });
    return;
  }
  await invocation.client.chat.postMessage({
    channel: invocation.channel,
    text,
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}
