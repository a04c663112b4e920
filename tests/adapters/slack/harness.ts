import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SlackAdapter, startSlack } from "../../../adapters/slack/main.ts";
import { analyzeArticle } from "../../../src/analyze.ts";
import { createFetcher, fetcherOptionsFromConfig } from "../../../src/article/fetcher.ts";
import { loadArticle } from "../../../src/article/load-article.ts";
import { createBot } from "../../../src/bot/create-bot.ts";
import {
  type ArticleSource,
  type Env,
  loadConfig,
  type Store,
  silentLogger,
} from "../../../src/index.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import {
  type FakeSlackApi,
  type FakeSlackApiOptions,
  startFakeSlackApi,
} from "../../fakes/slack-api.ts";
import { postSigned, type SlashCommand, slashCommandBody } from "../../fakes/slack-requests.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
export const APP_TOKEN = "xapp-1-A0NEWSBRIEF-1234-abcdef";

/** The core the way the process wiring builds it: article source, SQLite store in a temp file, bot. */
function createCore(dbPath: string): {
  articles: ArticleSource;
  store: Store;
  close(): Promise<void>;
} {
  const config = loadConfig({ ALLOW_PRIVATE_URLS: "true", DATABASE_PATH: dbPath });
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const store = openSqliteStore(dbPath);
  const articles: ArticleSource = {
    analyze: async (input) => analyzeArticle(await loadArticle(input, { fetcher })),
  };
  return {
    articles,
    store,
    async close() {
      await store.close();
      await fetcher.close();
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
    const core = createCore(dbPath);
    const logger = silentLogger();
    const bot = createBot({ articles: core.articles, store: core.store, logger });
    return { core, adapter: await startSlack(env, { bot, logger }) };
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
