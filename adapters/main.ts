// `npm start`: the process wiring. Loads .env, validates the configuration, opens the store, creates
// the bot, starts every configured platform (or the console when none is) and the digest scheduler,
// and shuts down cleanly on SIGINT/SIGTERM or, for the console, at the end of its input.
import { config as loadDotenv } from "dotenv";
import {
  type AdapterCore,
  createAnalysisPool,
  createArticleSource,
  createBot,
  createDigestServiceFromConfig,
  createFetcher,
  createLogger,
  type Env,
  fetcherOptionsFromConfig,
  isNewsbriefError,
  type LogLevel,
  loadConfig,
  openStore,
  type RunningAdapter,
} from "../src/index.ts";
import { type RunningConsole, startConsole } from "./console/main.ts";

/** A chat platform the process can start: whether its variables are set, and how to start it. */
interface Platform {
  readonly name: string;
  configured(env: Env): boolean;
  start(env: Env, core: AdapterCore): Promise<RunningAdapter>;
}

/** What the process reads and writes, injected so a test can run it with pipes. */
export interface ProcessIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { columns?: number };
  readonly stderr: NodeJS.WritableStream;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  readonly stopSignal: Promise<string>;
}

/** Runs newsbrief until a stop signal or, for the console, the end of its input; returns the exit code. */
export async function runNewsbrief(env: Env, io: ProcessIo): Promise<number> {
  const config = loadConfig(env);
  const platforms = (await loadPlatforms(env, io)).filter((p) => p.configured(env));
  // A chat in the terminal stays readable: only warnings unless LOG_LEVEL asks for more.
  const level: LogLevel =
    platforms.length === 0 && env.LOG_LEVEL === undefined ? "warn" : config.logLevel;
  const logger = createLogger(level);
  // PostgreSQL when DATABASE_URL is set; an unusable database stops the start with one line.
  const store = await openStore(config, {
    onTrouble: (message, error) => logger.warn({ err: error }, message),
  });
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  // Analyses run in worker threads with a deadline, so no acknowledgement waits on one.
  const analyzer = createAnalysisPool({ timeoutMs: config.analysisTimeoutMs });
  const articles = createArticleSource({ fetcher, cache: config.cache, logger, analyzer });
  const digests = createDigestServiceFromConfig(config, {
    store,
    logger,
    fetcher,
    articles,
    analyzer,
  });
  const bot = createBot({
    analyzer,
    articles,
    store,
    digests: digests.commands,
    logger,
    summarySentences: config.summarySentences,
  });
  const core: AdapterCore = { bot, logger };
  const running: RunningAdapter[] = [];
  try {
    const terminal = await startChats({ platforms, env, core, io, running });
    for (const adapter of running) digests.attach(adapter.chat);
    if (runsDigests(config.digestScheduler)) await digests.start();
    else logger.info("digest scheduler off (DIGEST_SCHEDULER=false)");
    const reason = await Promise.race([
      io.stopSignal,
      ...(terminal === null ? [] : [terminal.done.then(() => "end of input")]),
    ]);
    logger.info({ reason }, "shutting down");
    return 0;
  } finally {
    // The digest in flight stops between messages; its ledger entry resumes it at the next start.
    await digests.stop();
    for (const adapter of running.reverse())
      await adapter
        .stop()
        .catch((error: unknown) => logger.warn({ err: error }, "adapter stop failed"));
    await store.close();
    await fetcher.close();
    await analyzer.close();
  }
}

/**
 * Every process runs the digest scheduler unless DIGEST_SCHEDULER=false: every shard and every
 * instance, since the store's run claims make each digest run once between them.
 */
export function runsDigests(enabled: boolean): boolean {
  return enabled;
}

/** Starts every configured platform, or the console when none is; returns the console if started. */
async function startChats(options: {
  platforms: readonly Platform[];
  env: Env;
  core: AdapterCore;
  io: ProcessIo;
  running: RunningAdapter[];
}): Promise<RunningConsole | null> {
  const { platforms, env, core, io, running } = options;
  for (const platform of platforms) {
    running.push(await platform.start(env, core));
    core.logger.info({ platform: platform.name }, "adapter started");
  }
  if (platforms.length > 0) return null;
  const terminal = await startConsole(env, core, {
    input: io.stdin,
    output: io.stdout,
    interactive: io.stdin.isTTY === true,
    // A terminal too narrow to tell (0 under some emulators) gets the default width.
    ...((io.stdout.columns ?? 0) >= 40 ? { width: Math.min(io.stdout.columns ?? 0, 120) } : {}),
  });
  running.push(terminal);
  return terminal;
}

async function loadPlatforms(env: Env, io: ProcessIo): Promise<Platform[]> {
  const platforms: Platform[] = [];
  // Imported lazily, and only when some of their variables are set: the SDKs take a while to load,
  // and a platform whose module fails to load must not keep the console from starting.
  // A Discord shard (spawned by `npm run start:shards`, which sets SHARDS) runs Discord only: Slack
  // gets its own `npm start`, rather than one connection or one HTTP port per shard.
  if (mentions(env, "SLACK_") && (env.SHARDS ?? "") === "") {
    try {
      const slack = await import("./slack/main.ts");
      platforms.push({ name: "slack", configured: slack.slackConfigured, start: slack.startSlack });
    } catch (error) {
      io.stderr.write(
        `newsbrief: the Slack adapter is unavailable (${(error as Error).message}).\n`,
      );
    }
  }
  if (mentions(env, "DISCORD_")) {
    try {
      const discord = await import("./discord/main.ts");
      platforms.push({
        name: "discord",
        configured: discord.discordConfigured,
        start: (e, core) => discord.startDiscord(e, core),
      });
    } catch (error) {
      io.stderr.write(
        `newsbrief: the Discord adapter is unavailable (${(error as Error).message}).\n`,
      );
    }
  }
  return platforms;
}

function mentions(env: Env, prefix: string): boolean {
  return Object.entries(env).some(
    ([name, value]) => name.startsWith(prefix) && value !== undefined && value !== "",
  );
}

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      resolve(signal);
      // A second Ctrl+C means now.
      process.once(signal, () => process.exit(130));
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  });
}

const isEntryPoint =
  process.argv[1] !== undefined && /adapters[\\/]main\.ts$/.test(process.argv[1]);
if (isEntryPoint) {
  loadDotenv({ quiet: true });
  const io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stopSignal: stopSignal(),
  };
  const code = await runNewsbrief(process.env, io).catch((error: unknown) => {
    if (isNewsbriefError(error)) {
      process.stderr.write(`newsbrief: ${error.message}\n`);
      return error.code === "CONFIG_INVALID" ? 78 : 1;
    }
    process.stderr.write(
      `newsbrief: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    return 70;
  });
  process.exitCode = code;
  // Nothing should keep the process alive after shutdown; if a library does, do not hang the pipe.
  setTimeout(() => process.exit(code), 3_000).unref();
}
