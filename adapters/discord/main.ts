import { once } from "node:events";
import { type Client, Events } from "discord.js";
import { config as loadDotenv } from "dotenv";
import {
  type AdapterCore,
  type Env,
  type Logger,
  NewsbriefError,
  type RunningAdapter,
} from "../../src/index.ts";
import { createDiscordChatPort } from "./chat-port.ts";
import { createDiscordClient } from "./client.ts";
import { discordConfigured as configured, loadDiscordConfig } from "./config.ts";
import { createInteractionHandler, type HandlerOptions } from "./interactions.ts";

export type { HandlerOptions as DiscordOptions } from "./interactions.ts";

/** The running Discord adapter; `client` is the discord.js client, for sharding hooks and tests. */
export interface DiscordAdapter extends RunningAdapter {
  readonly client: Client;
}

/** True when the environment configures the Discord adapter (DISCORD_TOKEN or DISCORD_APPLICATION_ID is set). */
export function discordConfigured(env: Env): boolean {
  return configured(env);
}

/** Validates the Discord variables, logs in through the gateway and answers slash commands until stopped. */
export async function startDiscord(
  env: Env,
  core: AdapterCore,
  options: HandlerOptions = {},
): Promise<DiscordAdapter> {
  const config = loadDiscordConfig(env);
  const logger = core.logger.child({ platform: "discord" });
  const client = createDiscordClient(config);
  watchClient(client, logger);
  const handle = createInteractionHandler(core.bot, logger, options);
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((error: unknown) =>
      logger.error({ err: error }, "discord: interaction handler failed"),
    );
  });
  await login(client, config.token, logger);
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.shard?.ids ?? [0] },
    "discord: connected",
  );
  return {
    client,
    chat: createDiscordChatPort(client.rest),
    async stop() {
      await client.destroy();
    },
  };
}

/** The process environment with .env loaded, for the scripts in this folder. */
export function readProcessEnv(): Env {
  loadDotenv({ quiet: true });
  return process.env;
}

// Without an `error` listener an EventEmitter error kills the process; everything is logged instead.
function watchClient(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord: error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord: warning"));
  client.on(Events.ShardError, (error, shard) =>
    logger.warn({ shard, err: error }, "discord: gateway connection error"),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, "discord: gateway resumed"),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.error({ shard, code: event.code }, "discord: gateway closed for good"),
  );
  client.rest.on("rateLimited", (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter }, "discord: rate limited"),
  );
}

async function login(client: Client, token: string, logger: Logger): Promise<void> {
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy().catch(() => undefined);
    logger.error({ err: error }, "discord: login failed");
    const rejected =
      error instanceof Error &&
      /TokenInvalid|invalid token/i.test(`${error.name} ${error.message}`);
    throw new NewsbriefError(
      rejected ? "CONFIG_INVALID" : "INTERNAL",
      rejected
        ? "Discord rejected DISCORD_TOKEN. Copy the token again from the Developer Portal's Bot page."
        : `Could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
