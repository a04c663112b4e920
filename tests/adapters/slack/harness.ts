import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SlackAdapter, startSlack } from "../../../adapters/slack/main.ts";
import {
  createAnalysisPool,
  createArticleSource,
  createBot,
  createDigestServiceFromConfig,
  createFetcher,
  type Env,
  fetcherOptionsFromConfig,
  type Logger,
  loadConfig,
  openSqliteStore,
  silentLogger,
} from "../../../src/index.ts";
import {
  type FakeSlackApi,
  type FakeSlackApiOptions,
  startFakeSlackApi,
} from "../../fakes/slack-api.ts";
import { postSigned, type SlashCommand, slashCommandBody } from "../../fakes/slack-requests.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
export const APP_TOKEN = "xapp-1-A0NEWSBRIEF-1234-abcdef";

/** The core as the process wiring (adapters/main.ts) builds it, on a SQLite file that survives restarts. */
function createCore(dbPath: string, coreEnv: Env = {}, logger: Logger = silentLogger()) {
  const config = loadConfig({ ALLOW_PRIVATE_URLS: "true", DATABASE_PATH: dbPath, ...coreEnv });
  const store = openSqliteStore(config.databasePath);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
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
  return {
    core: { bot, logger },
    digests,
    async close() {
      await digests.stop();
      await store.close();
      await fetcher.close();
      await analyzer.close();
    },
  };
}

/** The real Slack adapter over a real core, talking to a fake Slack on 127.0.0.1. */
export interface SlackHarness {
  readonly api: FakeSlackApi;
  adapter: SlackAdapter;
  /** http://127.0.0.1:<port>/slack/events in HTTP mode. */
  eventsUrl(): string;
  /** Sends a signed slash command; resolves with the HTTP answer (the ack) and its response_url. */
  slash(
    command: string,
    text: string,
    extra?: Partial<SlashCommand> & { secret?: string; timestampSec?: number },
  ): Promise<{ status: number; body: string; ms: number; responseUrl: string; responseId: string }>;
  /** Stops the adapter and the core, then starts both again on the same database file. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly api?: FakeSlackApiOptions;
  /** Extra environment: SLACK_APP_TOKEN for Socket Mode. */
  readonly env?: Env;
  /** Extra core settings: ANALYSIS_TIMEOUT_MS. */
  readonly core?: Env;
  /** The process logger (default: silent). */
  readonly logger?: Logger;
}

/** Starts a fake Slack, the core and the Slack adapter. */
export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-slack-"));
  const dbPath = join(dir, "newsbrief.db");
  const api = await startFakeSlackApi(options.api);
  const env: Env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: "0",
    SLACK_HOST: "127.0.0.1",
    SLACK_API_URL: api.apiUrl,
    ...options.env,
  };
  const boot = async () => {
    const wiring = createCore(dbPath, options.core, options.logger);
    const adapter = await startSlack(env, wiring.core);
    wiring.digests.attach(adapter.chat);
    return { core: wiring, adapter };
  };
  let running = await boot();
  let responses = 0;

  const harness: SlackHarness = {
    api,
    adapter: running.adapter,
    eventsUrl: () => `http://127.0.0.1:${running.adapter.port}/slack/events`,
    async slash(command, text, extra = {}) {
      const responseId = `cmd${++responses}`;
      const responseUrl = api.responseUrl(responseId);
      const body = slashCommandBody({ command, text, responseUrl, ...extra });
      const answer = await postSigned(
        harness.eventsUrl(),
        extra.secret ?? SIGNING_SECRET,
        body,
        extra.timestampSec,
      );
      return { ...answer, responseUrl, responseId };
    },
    async restart() {
      await running.adapter.stop();
      await running.core.close();
      running = await boot();
      harness.adapter = running.adapter;
    },
    async close() {
      await running.adapter.stop();
      await running.core.close();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
