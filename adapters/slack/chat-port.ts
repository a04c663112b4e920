import { webApi } from "@slack/bolt";
import { type ChatPort, type Logger, NewsbriefError } from "../../src/index.ts";
import { boltLogger } from "./bolt-logger.ts";
import { renderReply } from "./render.ts";

/** The metadata event a digest part carries, so that a second attempt can find the first. */
export const DIGEST_PART_EVENT = "newsbrief_digest_part";

// Attempts at one post when the answer is lost (network error, timeout, 5xx), and the pause before
// the next; each repeat first looks for the message in the channel.
const POST_ATTEMPTS = 3;
const REPEAT_PAUSE_MS = 500;
// How far back the channel is read for an earlier attempt, and the clock skew allowed with Slack.
const HISTORY_LIMIT = 200;
const CLOCK_SKEW_SEC = 60;

export interface SlackChatPortOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly timeoutMs: number;
  readonly logger: Logger;
}

/**
 * Posts digests and other unprompted messages to Slack channels through chat.postMessage.
 * chat.postMessage has no idempotency key, so a digest part carries its key as message metadata,
 * and a post that may already have landed (an answer lost, a crash before it was recorded) looks
 * for that key in the channel (conversations.history) before posting again. Without the
 * channels:history / groups:history scopes the check cannot run and a lost answer means one repeat.
 */
export function createSlackChatPort(options: SlackChatPortOptions): ChatPort {
  // A client of its own: the WebClient's retries would post again without looking first.
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    timeout: options.timeoutMs,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger: boltLogger(options.logger),
  });
  const logger = options.logger;
  return {
    platform: "slack",
    // Slack cuts a message's text at 40,000 characters; blocks are fitted by the renderer.
    maxMessageChars: 40_000,
    supportsBlocks: true,
    async post(channelId, reply, postOptions) {
      const { text, blocks } = renderReply(reply);
      const key = postOptions?.idempotencyKey;
      const look = (sinceMs: number) =>
        key === undefined ? false : alreadyPosted(client, logger, channelId, key, sinceMs);
      if (postOptions?.maybePostedSince !== undefined && (await look(postOptions.maybePostedSince)))
        return;
      const firstAttemptAt = Date.now();
      for (let attempt = 1; ; attempt++) {
        try {
          await client.chat.postMessage({
            channel: channelId,
            text,
            blocks,
            unfurl_links: false,
            unfurl_media: false,
            ...metadataOf(key),
          });
          return;
        } catch (error) {
          if (!answerLost(error) || attempt >= POST_ATTEMPTS) throw postFailure(error, channelId);
          await new Promise((resolve) => setTimeout(resolve, REPEAT_PAUSE_MS * attempt));
          if (await look(firstAttemptAt)) return;
        }
      }
    },
  };
}

function metadataOf(key: string | undefined): Pick<webApi.ChatPostMessageArguments, "metadata"> {
  return key === undefined
    ? {}
    : { metadata: { event_type: DIGEST_PART_EVENT, event_payload: { key } } };
}

/** True when the channel has a message carrying this key since `sinceMs`; false when it cannot tell. */
async function alreadyPosted(
  client: webApi.WebClient,
  logger: Logger,
  channelId: string,
  key: string,
  sinceMs: number,
): Promise<boolean> {
  try {
    const history = await client.conversations.history({
      channel: channelId,
      oldest: String(Math.floor(sinceMs / 1000) - CLOCK_SKEW_SEC),
      limit: HISTORY_LIMIT,
      include_all_metadata: true,
    });
    return (history.messages ?? []).some((m) => {
      const payload = m.metadata?.event_payload as { key?: unknown } | undefined;
      return m.metadata?.event_type === DIGEST_PART_EVENT && payload?.key === key;
    });
  } catch (error) {
    const reason = (error as SlackApiError).data?.error ?? (error as Error).message;
    logger.warn(
      { channel: channelId, reason },
      "cannot read the channel to check for an earlier post (add channels:history and groups:history); posting again",
    );
    return false;
  }
}

interface SlackApiError {
  readonly code?: string;
  readonly retryAfter?: number;
  readonly data?: { readonly error?: string };
  readonly statusCode?: number;
}

/** A failure after which Slack may or may not have posted: no answer, or an HTTP error status. */
function answerLost(error: unknown): boolean {
  const code = (error as SlackApiError | undefined)?.code;
  return code === "slack_webapi_request_error" || code === "slack_webapi_http_error";
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
    details: { input: channelId, reason: "platform-refused", platformCode: reason },
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
