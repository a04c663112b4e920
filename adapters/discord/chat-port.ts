import { createHash } from "node:crypto";
import { DiscordAPIError, RateLimitError, type REST, Routes } from "discord.js";
import { type ChatPort, NewsbriefError, type Reply } from "../../src/index.ts";
import { DISCORD_LIMITS } from "./embed-limits.ts";
import { renderReply } from "./render.ts";

type PostOptions = NonNullable<Parameters<ChatPort["post"]>[2]>;

/** Discord's nonce holds at most 25 characters. */
const NONCE_CHARS = 25;

/**
 * The port digests post through: one REST call per message, so it works from any process or shard.
 * The REST client must reject on rate limits for channel routes (see createDiscordClient) so a 429
 * reaches the digest as RATE_LIMITED instead of blocking it.
 */
export function createDiscordChatPort(rest: REST): ChatPort {
  return {
    platform: "discord",
    maxMessageChars: DISCORD_LIMITS.content,
    supportsBlocks: true,
    async post(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
      const message = renderReply({ ...reply, visibility: "channel" });
      const body = {
        ...(message.content === undefined ? {} : { content: message.content }),
        embeds: message.embeds,
        allowed_mentions: message.allowedMentions,
        // With enforce_nonce, Discord answers a repeated nonce with the message already created.
        ...(options?.idempotencyKey === undefined
          ? {}
          : { nonce: nonceOf(options.idempotencyKey), enforce_nonce: true }),
      };
      try {
        await rest.post(Routes.channelMessages(channelId), { body });
      } catch (error) {
        throw postError(error, channelId);
      }
    },
  };
}

/** A stable nonce of Discord's size for an idempotency key of any length. */
export function nonceOf(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, NONCE_CHARS);
}

function postError(error: unknown, channelId: string): NewsbriefError {
  if (error instanceof RateLimitError) {
    return new NewsbriefError(
      "RATE_LIMITED",
      `Discord is rate limiting messages to channel ${channelId}; retry in ${Math.ceil(error.retryAfter / 1000)} s.`,
      { cause: error, details: { retryAfterMs: error.retryAfter, input: channelId } },
    );
  }
  const status = error instanceof DiscordAPIError ? error.status : undefined;
  const reason =
    status === 403 ? "forbidden" : status === 404 ? "channel-not-found" : "platform-refused";
  const hint =
    status === 403 || status === 404
      ? " Invite the bot to the channel again or remove the subscription."
      : "";
  return new NewsbriefError(
    "INTERNAL",
    `Could not post to Discord channel ${channelId}${status === undefined ? "" : ` (${status})`}.${hint}`,
    {
      cause: error,
      details: { input: channelId, reason, ...(status === undefined ? {} : { status }) },
    },
  );
}
