import type { webApi } from "@slack/bolt";
import { type ChatPort, NewsbriefError } from "../../src/index.ts";
import { renderReply } from "./render.ts";

/** Posts digests and other unprompted messages to Slack channels through chat.postMessage. */
export function createSlackChatPort(client: webApi.WebClient): ChatPort {
  return {
    platform: "slack",
    // Slack cuts a message's text at 40,000 characters; blocks are fitted by the renderer.
    maxMessageChars: 40_000,
    supportsBlocks: true,
    async post(channelId, reply) {
      const { text, blocks } = renderReply(reply);
      try {
        await client.chat.postMessage({
          channel: channelId,
          text,
          blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
      } catch (error) {
        throw postFailure(error, channelId);
      }
    },
  };
}

interface SlackApiError {
  readonly code?: string;
  readonly retryAfter?: number;
  readonly data?: { readonly error?: string };
  readonly statusCode?: number;
}

/** Maps a Web API failure to a NewsbriefError; a 429 becomes RATE_LIMITED with its wait. */
function postFailure(error: unknown, channelId: string): NewsbriefError {
  const failure = (error ?? {}) as SlackApiError;
  if (failure.code === "slack_webapi_rate_limited_error") {
    const retryAfterMs = (failure.retryAfter ?? 1) * 1000;
    return new NewsbriefError(
      "RATE_LIMITED",
      `Slack is rate-limiting posts to channel ${channelId}; try again in ${retryAfterMs / 1000} s.`,
      { details: { input: channelId, retryAfterMs, status: 429 }, cause: error },
    );
  }
  const reason = failure.data?.error ?? failure.code ?? "unknown";
  return new NewsbriefError("INTERNAL", postAdvice(channelId, reason), {
    details: { input: channelId, reason },
    cause: error,
  });
}

function postAdvice(channelId: string, reason: string): string {
  const prefix = `Slack refused a message to channel ${channelId} (${reason})`;
  switch (reason) {
    case "not_in_channel":
    case "channel_not_found":
      return `${prefix}: invite the app to that channel with /invite, or give it chat:write.public.`;
    case "is_archived":
      return `${prefix}: the channel is archived; remove its subscriptions.`;
    case "invalid_auth":
    case "token_revoked":
    case "account_inactive":
      return `${prefix}: check SLACK_BOT_TOKEN and reinstall the app.`;
    default:
      return `${prefix}.`;
  }
}
