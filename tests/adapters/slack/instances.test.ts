// Slack behind two instances: two processes' worth of wiring (core + Slack adapter in HTTP mode,
// each on its own port, as behind a load balancer) on one database. A /brief answered by one and a
// /whosaid answered by the other agree; a digest both instances find due is posted once. On
// PostgreSQL when a test server is there, else on a SQLite file both share.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackAdapter, startSlack } from "../../../adapters/slack/main.ts";
import {
  createArticleSource,
  createBot,
  createDigestServiceFromConfig,
  createFetcher,
  type Env,
  fetcherOptionsFromConfig,
  loadConfig,
  openStore,
  silentLogger,
} from "../../../src/index.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { feedXml, newsPage } from "../../fakes/pages.ts";
import { type FakeSlackApi, startFakeSlackApi } from "../../fakes/slack-api.ts";
import { postSigned, slashCommandBody } from "../../fakes/slack-requests.ts";
import { freshSchema, type TestSchema, testDatabaseUrl } from "../../postgres/test-database.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "./harness.ts";
import { mrkdwnTexts } from "./messages.ts";

const FERRY = newsPage("Ferry line to double its sailings in summer", [
  "The island ferry will sail every hour from June, the operator said on Monday, after a record spring.",
  "“We carried more people in April than in all of last summer,” said Priya Nair, the operator's chief executive.",
  "Residents welcomed the news. “The last boat at six was a curfew for us,” said Tomas Lind, who runs the island shop.",
]);

interface Instance {
  readonly adapter: SlackAdapter;
  close(): Promise<void>;
}

async function startInstance(env: Env, api: FakeSlackApi): Promise<Instance> {
  const config = loadConfig(env);
  const logger = silentLogger();
  const store = await openStore(config);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const articles = createArticleSource({ fetcher, cache: config.cache, logger });
  const digests = createDigestServiceFromConfig(config, { store, logger, fetcher, articles });
  const bot = createBot({ articles, store, logger, digests: digests.commands });
  const adapter = await startSlack(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: "0",
      SLACK_HOST: "127.0.0.1",
      SLACK_API_URL: api.apiUrl,
    },
    { bot, logger },
  );
  digests.attach(adapter.chat);
  await digests.start();
  return {
    adapter,
    async close() {
      await digests.stop();
      await adapter.stop();
      await store.close();
      await fetcher.close();
    },
  };
}

let api: FakeSlackApi;
let site: TestServer;
let dir: string;
let schema: TestSchema | undefined;
let instances: Instance[] = [];
let responses = 0;

beforeAll(async () => {
  api = await startFakeSlackApi();
  site = await startTestServer({ "/ferry": serve("text/html; charset=utf-8", FERRY) });
  site.route(
    "/feed.xml",
    serve(
      "application/rss+xml",
      feedXml({
        format: "rss",
        title: "Island news",
        link: site.url("/"),
        entries: [
          {
            title: "Ferry line to double its sailings in summer",
            link: site.url("/ferry"),
            publishedAt: "2026-06-01T08:00:00Z",
          },
        ],
      }),
    ),
  );
  dir = mkdtempSync(join(tmpdir(), "newsbrief-slack-instances-"));
  if (testDatabaseUrl !== null) schema = await freshSchema("slack");
  const env: Env = {
    ALLOW_PRIVATE_URLS: "true",
    ...(schema === undefined
      ? { DATABASE_PATH: join(dir, "shared.db") }
      : { DATABASE_URL: schema.url, DATABASE_SCHEMA: schema.schema }),
  };
  // A digest due since an hour ago: both instances' schedulers find it at start.
  const setup = await openStore(loadConfig(env));
  await setup.addSubscription({
    channel: "slack:C0DIGEST",
    feeds: [site.url("/feed.xml")],
    schedule: "hourly",
    cron: "0 * * * *",
    timeZone: "UTC",
    maxItems: 5,
    createdBy: "test",
    createdAt: Date.now() - 2 * 3_600_000,
  });
  await setup.close();
  instances = await Promise.all([startInstance(env, api), startInstance(env, api)]);
}, 60_000);

afterAll(async () => {
  for (const instance of instances) await instance.close();
  await api.close();
  await site.close();
  await schema?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends a signed slash command to one instance; resolves with what its response_url received. */
async function ask(instance: Instance, command: string, text: string, channelId: string) {
  const responseId = `multi${++responses}`;
  const body = slashCommandBody({
    command,
    text,
    channelId,
    responseUrl: api.responseUrl(responseId),
  });
  const ack = await postSigned(
    `http://127.0.0.1:${instance.adapter.port}/slack/events`,
    SIGNING_SECRET,
    body,
  );
  expect(ack.status).toBe(200);
  const call = await api.waitFor((c) => c.responseId === responseId, 15_000);
  return mrkdwnTexts(call.body).join("\n");
}

describe("Slack behind two instances on one database", () => {
  it("answers /whosaid on one instance about the article /brief loaded on the other", async () => {
    const [first, second] = instances as [Instance, Instance];
    const briefing = await ask(first, "/brief", site.url("/ferry"), "C0FERRY");
    expect(briefing).toContain("Priya Nair");
    const fetches = site.hits("/ferry");

    const answer = await ask(second, "/whosaid", "Lind", "C0FERRY");
    expect(answer).toContain("The last boat at six was a curfew for us");
    // The second instance read the article from the database: it did not fetch it again.
    expect(site.hits("/ferry")).toBe(fetches);
  });

  it("posts a digest both instances found due once", async () => {
    const posted = await api.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0DIGEST",
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(api.messagesIn("C0DIGEST")).toHaveLength(1);
    expect(JSON.stringify(posted.body)).toContain("Ferry line to double its sailings");
  });
});
