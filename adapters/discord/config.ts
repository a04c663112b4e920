import { z } from "zod";
import { type Env, parseEnv } from "../../src/index.ts";

const snowflake = (missing: string) =>
  z.string({ error: missing }).regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)");

const httpUrl = z
  .string()
  .url("must be a URL such as https://discord.com/api")
  .refine((value) => /^https?:\/\//i.test(value), "must start with http:// or https://");

const discordSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: "is required: the bot token from the Developer Portal's Bot page" })
    .regex(/^[\w.-]+$/, "must be the bare bot token, without 'Bot ' or quotes"),
  DISCORD_APPLICATION_ID: snowflake(
    "is required: the Application ID from the Developer Portal's General Information page",
  ),
  DISCORD_GUILD_ID: snowflake("").optional(),
  DISCORD_API_URL: httpUrl.optional(),
});

/** The Discord adapter's settings. */
export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  /** Registers commands to this guild only (instant, for development); global when absent. */
  readonly guildId?: string;
  /** REST base such as "https://discord.com/api"; discord.js's default when absent. */
  readonly apiUrl?: string;
}

/** True when any Discord variable is set, so a half-filled configuration fails loudly instead of being skipped. */
export function discordConfigured(env: Env): boolean {
  return ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"].some(
    (name) => (env[name] ?? "").trim() !== "",
  );
}

/** Validates the Discord variables, throwing one CONFIG_INVALID error that names every bad one. */
export function loadDiscordConfig(env: Env): DiscordConfig {
  const raw = parseEnv(discordSchema, env);
  return Object.freeze({
    token: raw.DISCORD_TOKEN,
    applicationId: raw.DISCORD_APPLICATION_ID,
    ...(raw.DISCORD_GUILD_ID === undefined ? {} : { guildId: raw.DISCORD_GUILD_ID }),
    ...(raw.DISCORD_API_URL === undefined
      ? {}
      : { apiUrl: raw.DISCORD_API_URL.replace(/\/+$/, "") }),
  });
}
