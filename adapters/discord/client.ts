import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordConfig } from "./config.ts";
import { NO_MENTIONS } from "./render.ts";

/**
 * The discord.js client newsbrief runs: the Guilds intent only (slash commands need no message
 * content), no mentions by default, and channel 429s rejected so the digest can honour Retry-After.
 * Shard ids come from discord.js itself (SHARDS, SHARD_COUNT when a ShardingManager spawns us).
 */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { ...NO_MENTIONS },
    rest: {
      ...(config.apiUrl === undefined ? {} : { api: config.apiUrl }),
      rejectOnRateLimit: (limit) => limit.route.startsWith("/channels/"),
    },
  });
}
