import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DiscordAdapter, startDiscord } from "../../../adapters/discord/main.ts";
import {
  createAnalysisPool,
  createArticleSource,
  createBot,
  createDigestServiceFromConfig,
  createFetcher,
  type Env,
  fetcherOptionsFromConfig,
  loadConfig,
  openSqliteStore,
  silentLogger,
} from "../../../src/index.ts";
import {
  autocompleteInteraction,
  type InteractionTarget,
  type SlashCommand,
  slashInteraction,
} from "../../fakes/discord-interactions.ts";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  type RecordedRequest,
  startFakeDiscord,
} from "../../fakes/discord-server.ts";

/** The core as the process wiring builds it, on a SQLite file that outlives a restart. */
function createCore(dbPath: string, coreEnv: Env = {}) {
  const config = loadConfig({ ALLOW_PRIVATE_URLS: "true", DATABASE_PATH: dbPath, ...coreEnv });
  const logger = silentLogger();
  const store = openSqliteStore(dbPath);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const analyzer = createAnalysisPool({ timeoutMs: config.analysisTimeoutMs });
  const articles = createArticleSource({ fetcher, cache: config.cache, analyzer });
  const digests = createDigestServiceFromConfig(config, {
    store,
    logger,
    fetcher,
    articles,
    analyzer,
  });
  const bot = createBot({ analyzer, articles, store, logger, digests: digests.commands });
  return {
    bot,
    logger,
    digests,
    async close() {
      await digests.stop();
      await store.close();
      await fetcher.close();
      await analyzer.close();
    },
  };
}

/** What an interaction led to: the callback, and for a deferred one the edit or follow-up after it. */
export interface Outcome {
  readonly callback: RecordedRequest;
  /** Callback type: 4 reply, 5 deferred, 8 autocomplete choices. */
  readonly type: number;
  /** The message the user ends up seeing (callback data, edited original or follow-up). */
  readonly message: Record<string, unknown>;
  readonly ephemeral: boolean;
  /** Every request about the interaction, in order. */
  readonly requests: readonly RecordedRequest[];
}

/** The real Discord adapter and a real core, talking to a fake Discord on 127.0.0.1. */
export async function startDiscordHarness(
  options: { fake?: FakeDiscordOptions; deferAfterMs?: number; core?: Env } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-discord-"));
  const dbPath = join(dir, "newsbrief.db");
  const fake = await startFakeDiscord(options.fake);
  const env: Env = {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
  };
  const guild = fake.guilds[0];
  const target: InteractionTarget = {
    applicationId: fake.applicationId,
    guildId: guild?.id ?? "",
    channelId: guild?.channelIds[0] ?? "",
    user: { id: "400000000000000004", username: "ana", globalName: "Ana" },
  };
  const boot = async () => {
    const core = createCore(dbPath, options.core);
    const handlerOptions =
      options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs };
    const adapter = await startDiscord(env, { bot: core.bot, logger: core.logger }, handlerOptions);
    core.digests.attach(adapter.chat);
    return { core, adapter };
  };
  let running = await boot();

  const harness = {
    fake,
    target,
    get adapter(): DiscordAdapter {
      return running.adapter;
    },
    /** Dispatches a slash command and resolves with what the user ends up seeing. */
    async slash(command: SlashCommand, timeoutMs = 8_000): Promise<Outcome> {
      return outcomeOf(
        fake,
        fake.dispatchInteraction(slashInteraction(target, command)),
        timeoutMs,
      );
    },
    /** Dispatches an autocomplete request and resolves with the choices offered. */
    async autocomplete(command: SlashCommand): Promise<{ name: string; value: string }[]> {
      const interaction = fake.dispatchInteraction(autocompleteInteraction(target, command));
      const callback = await fake.waitForRequest((r) => isCallback(r, interaction.id));
      const body = callback.body as {
        type: number;
        data: { choices: { name: string; value: string }[] };
      };
      if (body.type !== 8) throw new Error(`expected autocomplete result, got type ${body.type}`);
      return body.data.choices;
    },
    /** Stops the adapter and the core, then starts both again on the same database. */
    async restart(): Promise<void> {
      await running.adapter.stop();
      await running.core.close();
      running = await boot();
    },
    async close(): Promise<void> {
      await running.adapter.stop();
      await running.core.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

export type DiscordHarness = Awaited<ReturnType<typeof startDiscordHarness>>;

function isCallback(request: RecordedRequest, id: string): boolean {
  return request.method === "POST" && request.path.includes(`/interactions/${id}/`);
}

async function outcomeOf(
  fake: FakeDiscord,
  interaction: { id: string; token: string },
  timeoutMs: number,
): Promise<Outcome> {
  const callback = await fake.waitForRequest((r) => isCallback(r, interaction.id), timeoutMs);
  const body = callback.body as { type: number; data?: Record<string, unknown> };
  if (body.type !== 5) {
    const message = body.data ?? {};
    const ephemeral = ((message.flags as number | undefined) ?? 0) & 64;
    return {
      callback,
      type: body.type,
      message,
      ephemeral: ephemeral !== 0,
      requests: fake.requestsFor(interaction),
    };
  }
  const final = await fake.waitForRequest(
    (r) =>
      r.path.includes("/webhooks/") &&
      r.path.includes(`/${interaction.token}`) &&
      (r.method === "PATCH" || r.method === "POST"),
    timeoutMs,
  );
  const message = (final.body ?? {}) as Record<string, unknown>;
  const ephemeral =
    final.method === "POST" && (((message.flags as number | undefined) ?? 0) & 64) !== 0;
  return { callback, type: 5, message, ephemeral, requests: fake.requestsFor(interaction) };
}

/** The text a user reads in a message: content, embed title, description, fields and footer. */
export function visibleText(message: Record<string, unknown>): string {
  const embeds = (message.embeds ?? []) as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[];
  const parts = [typeof message.content === "string" ? message.content : ""];
  for (const embed of embeds) {
    parts.push(embed.title ?? "", embed.description ?? "");
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    parts.push(embed.footer?.text ?? "");
  }
  return parts.filter((p) => p !== "").join("\n");
}

/** Markdown as Discord shows it: escapes and zero-width spaces gone. */
export function rendered(markdown: string): string {
  return markdown.replace(/\\([^\p{L}\p{N}\s])/gu, "$1").replace(/\u200b/g, "");
}
