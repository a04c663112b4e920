import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App } from "@slack/bolt";
import { type AdapterCore, NewsbriefError, type RunningAdapter } from "../../src/index.ts";
import { boltLogger } from "./bolt-logger.ts";
import { createSlackChatPort } from "./chat-port.ts";
import { registerCommands } from "./commands.ts";
import type { SlackConfig } from "./config.ts";
import { createWorkQueue } from "./work-queue.ts";

/** A started Slack adapter; `port` is the HTTP port, or null in Socket Mode. */
export interface SlackAdapter extends RunningAdapter {
  readonly port: number | null;
}

/** The path Slack posts slash commands and interactions to, in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

const API_TIMEOUT_MS = 10_000;
// How long stop() waits for commands already acked to finish delivering.
const DRAIN_TIMEOUT_MS = 10_000;
// Briefings worked on at once, and commands acked but waiting (more are refused at the ack); during
// a burst of commands a briefing starts every 250 ms at most, which keeps its CPU work to a few
// percent of the process so that every ack still leaves within milliseconds.
const WORK_LIMITS = { maxRunning: 16, maxWaiting: 5_000, burstGapMs: 50, burstPaceMs: 250 };

/** Builds the Bolt app, checks the bot token with auth.test, and starts HTTP or Socket Mode. */
export async function startSlackApp(config: SlackConfig, core: AdapterCore): Promise<SlackAdapter> {
  const logger = core.logger.child({ platform: "slack" });
  const app = createBoltApp(config, core);
  const queue = createWorkQueue(WORK_LIMITS);
  registerCommands(app, { bot: core.bot, logger, queue });
  await verifyToken(app, config);
  const port = await listen(app, config);
  logger.info({ mode: config.mode.kind, port }, "Slack adapter started");
  return {
    chat: createSlackChatPort({
      token: config.botToken,
      apiUrl: config.apiUrl,
      timeoutMs: API_TIMEOUT_MS,
      logger,
    }),
    port,
    async stop() {
      await app.stop();
      const unfinished = await queue.close(DRAIN_TIMEOUT_MS);
      logger.info({ unfinished }, "Slack adapter stopped");
    },
  };
}

function createBoltApp(config: SlackConfig, core: AdapterCore): App {
  const mode =
    config.mode.kind === "socket"
      ? { socketMode: true, appToken: config.mode.appToken }
      : { signingSecret: config.mode.signingSecret, endpoints: SLACK_EVENTS_PATH };
  return new App({
    token: config.botToken,
    ...mode,
    logger: boltLogger(core.logger),
    clientOptions: {
      slackApiUrl: config.apiUrl,
      timeout: API_TIMEOUT_MS,
      // A 429 goes back to the caller (the digest scheduler) instead of blocking the queue.
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000 },
    },
    // auth.test runs in verifyToken, so a bad token fails the start with a clear message.
    deferInitialization: true,
    // Bolt's conversation store would run on every request, and nothing here uses it.
    convoStore: false,
  });
}

async function verifyToken(app: App, config: SlackConfig): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    throw startFailure(
      error,
      "SLACK_BOT_TOKEN",
      `Check SLACK_BOT_TOKEN and SLACK_API_URL (${config.apiUrl}).`,
    );
  }
}

async function listen(app: App, config: SlackConfig): Promise<number | null> {
  try {
    if (config.mode.kind === "socket") {
      await app.start();
      return null;
    }
    const { port, host } = config.mode;
    const server = (await app.start(host === undefined ? { port } : { port, host })) as Server;
    return (server.address() as AddressInfo).port;
  } catch (error) {
    // A Socket Mode client that failed to connect would otherwise keep retrying in the background.
    await app.stop().catch(() => undefined);
    throw config.mode.kind === "socket"
      ? startFailure(
          error,
          "SLACK_APP_TOKEN",
          `Check SLACK_APP_TOKEN and SLACK_API_URL (${config.apiUrl}).`,
        )
      : startFailure(
          error,
          "SLACK_PORT",
          "Check SLACK_PORT and SLACK_HOST: is another process using the port?",
        );
  }
}

function startFailure(error: unknown, variable: string, advice: string): NewsbriefError {
  const slackError = (error as { data?: { error?: string } }).data?.error;
  const message =
    slackError !== undefined
      ? `Slack rejected ${variable} (${slackError}). Check the token in the app's settings.`
      : `The Slack adapter could not start (${(error as Error).message}). ${advice}`;
  return new NewsbriefError("CONFIG_INVALID", message, {
    details: {
      reason: "start-failed",
      ...(slackError === undefined ? {} : { platformCode: slackError }),
    },
    cause: error,
  });
}
