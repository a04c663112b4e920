// `npm run start:shards`: discord.js's ShardingManager runs one process per Discord shard, each the
// normal `npm start` wiring (adapters/main.ts) with SHARDS and SHARD_COUNT set, which discord.js's
// client reads to connect as that shard. Every shard runs the digest scheduler; the store's run
// claims make each digest run once between them.
import { fileURLToPath } from "node:url";
import { REST, Routes, type Shard, ShardingManager } from "discord.js";
import { z } from "zod";
import {
  createLogger,
  type Env,
  isNewsbriefError,
  type Logger,
  NewsbriefError,
  parseEnv,
} from "../../src/index.ts";
import { type DiscordConfig, loadDiscordConfig } from "./config.ts";
import { readProcessEnv } from "./main.ts";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));

const shardsSchema = z.object({
  DISCORD_SHARDS: z
    .union([z.literal("auto"), z.coerce.number().int().min(1).max(10_000)], {
      error: 'must be "auto" or a number of shards',
    })
    .default("auto"),
  DISCORD_SHARD_DELAY_MS: z.coerce.number().int().min(0).default(5_500),
});

/** How many shards to run and how far apart to start them. */
export interface ShardsConfig {
  readonly discord: DiscordConfig;
  /** A number, or "auto": Discord's recommendation (GET /gateway/bot). */
  readonly totalShards: number | "auto";
  /** Discord allows one login (IDENTIFY) per 5 s per bot, unless it says more: wait between shards. */
  readonly spawnDelayMs: number;
}

/** Validates the Discord and sharding variables, naming every bad one in one error. */
export function loadShardsConfig(env: Env): ShardsConfig {
  const discord = loadDiscordConfig(env);
  const raw = parseEnv(shardsSchema, env);
  return {
    discord,
    totalShards: raw.DISCORD_SHARDS,
    spawnDelayMs: raw.DISCORD_SHARD_DELAY_MS,
  };
}

/** Running shards: the manager, and a stop that lets each shard shut down cleanly. */
export interface RunningShards {
  readonly manager: ShardingManager;
  readonly totalShards: number;
  stop(): Promise<void>;
}

/** Starts every shard's process and resolves once each has connected (or fails with the reason). */
export async function startShards(env: Env, logger: Logger): Promise<RunningShards> {
  const config = loadShardsConfig(env);
  const totalShards =
    config.totalShards === "auto" ? await recommendedShards(config.discord) : config.totalShards;
  const manager = new ShardingManager(MAIN, {
    token: config.discord.token,
    totalShards,
    mode: "process",
    respawn: true,
    // The shards run the TypeScript sources through tsx, as `npm start` does.
    execArgv: ["--import", import.meta.resolve("tsx")],
  });
  manager.on("shardCreate", (shard) => {
    // discord.js hands each shard the manager's own environment; hand it the configuration read here
    // (.env included) instead, with the variables discord.js sets for a shard.
    shard.env = {
      ...definedOnly(env),
      SHARDING_MANAGER: "true",
      SHARDING_MANAGER_MODE: "process",
      SHARDS: String(shard.id),
      SHARD_COUNT: String(totalShards),
      DISCORD_TOKEN: config.discord.token,
    };
    watchShard(shard, logger);
  });
  try {
    await manager.spawn({ amount: totalShards, delay: config.spawnDelayMs, timeout: 60_000 });
  } catch (error) {
    await stopAll(manager);
    throw new NewsbriefError(
      "INTERNAL",
      `Could not start ${totalShards} Discord shards: ${(error as Error).message ?? error}`,
      { cause: error },
    );
  }
  logger.info({ totalShards }, "discord shards: all connected");
  return { manager, totalShards, stop: () => stopAll(manager) };
}

/** Discord's recommended shard count for the bot, asked where DISCORD_API_URL points. */
async function recommendedShards(discord: DiscordConfig): Promise<number> {
  const rest = new REST(discord.apiUrl === undefined ? {} : { api: discord.apiUrl });
  const answer = (await rest.setToken(discord.token).get(Routes.gatewayBot())) as {
    shards?: number;
  };
  return Math.max(1, answer.shards ?? 1);
}

function definedOnly(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function watchShard(shard: Shard, logger: Logger): void {
  logger.info({ shard: shard.id }, "discord shards: starting shard");
  shard.on("death", (child) => {
    const code = "exitCode" in child ? child.exitCode : null;
    logger.warn({ shard: shard.id, code }, "discord shards: shard exited; restarting it");
  });
}

/** Asks every shard to stop (SIGTERM: each finishes its work) and waits up to 15 s for them. */
async function stopAll(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (child === null || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

const isEntryPoint =
  process.argv[1] !== undefined && /adapters[\\/]discord[\\/]shards\.ts$/.test(process.argv[1]);
if (isEntryPoint) {
  const env = readProcessEnv();
  const logger = createLogger(env.LOG_LEVEL === "silent" ? "silent" : "info");
  try {
    const running = await startShards(env, logger);
    const stop = async (signal: string) => {
      logger.info({ signal }, "discord shards: stopping");
      await running.stop();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (error) {
    process.stderr.write(
      `newsbrief: ${isNewsbriefError(error) ? error.message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exit(isNewsbriefError(error) && error.code === "CONFIG_INVALID" ? 78 : 1);
  }
}
