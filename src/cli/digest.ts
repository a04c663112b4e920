import { parseArgs } from "node:util";
import { createArticleSource } from "../article/article-source.ts";
import { createFetcher, fetcherOptionsFromConfig } from "../article/fetcher.ts";
import type { ChatPort } from "../bot/ports.ts";
import { loadConfig } from "../config.ts";
import { createDigestServiceFromConfig } from "../digest/from-config.ts";
import { parseId } from "../digest/parse-command.ts";
import type { RunResult } from "../digest/run-digest.ts";
import { nextRunAt } from "../digest/schedule.ts";
import type { DigestService } from "../digest/service.ts";
import { buildSubscription } from "../digest/subscribe.ts";
import { NewsbriefError } from "../errors.ts";
import { createLogger } from "../log.ts";
import { openStore } from "../store/open-store.ts";
import type { Store, Subscription } from "../store/store.ts";
import type { CliIo } from "./io.ts";

const USAGE = `Usage:
  newsbrief digest add --channel <platform:id> --feed <url> [--feed <url>...] [--schedule "daily 08:00"] [--tz Europe/Berlin] [--max-items N] [--skip-check] [--json]
  newsbrief digest list [--channel <platform:id>] [--json]
  newsbrief digest remove <id>
  newsbrief digest run <id> [--json]
All use DATABASE_URL (PostgreSQL) when set, else --db <path> (default: DATABASE_PATH, ./data/newsbrief.db). Channels: slack:C123, discord:456, console:main.
Schedules: hourly, daily HH:MM, weekdays HH:MM, weekends HH:MM, <weekday> HH:MM, or a 5-field cron expression.
`;

const OPTIONS = {
  channel: { type: "string" },
  feed: { type: "string", multiple: true },
  schedule: { type: "string" },
  tz: { type: "string" },
  "max-items": { type: "string" },
  "skip-check": { type: "boolean" },
  json: { type: "boolean" },
  db: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Flags = ReturnType<typeof parse>["values"];

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new NewsbriefError("COMMAND_INVALID", `${(error as Error).message}\n${USAGE}`, {
      cause: error,
    });
  }
}

/** `newsbrief digest add|list|remove|run`: manages channel digests in the database. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: flags, positionals } = parse(args);
  const [verb, ...rest] = positionals;
  if (flags.help === true || verb === undefined) {
    io.stdout.write(USAGE);
    return verb === undefined && flags.help !== true ? 2 : 0;
  }
  if (!["add", "list", "remove", "run"].includes(verb)) {
    throw new NewsbriefError("COMMAND_INVALID", `"${verb}" is not a digest command.\n${USAGE}`);
  }
  const config = loadConfig(io.env);
  const store = await openStore(config, flags.db === undefined ? {} : { path: flags.db });
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  try {
    const logger = createLogger(io.env.LOG_LEVEL === undefined ? "warn" : config.logLevel);
    const articles = createArticleSource({ fetcher, cache: config.cache, logger });
    const digests = createDigestServiceFromConfig(config, { store, logger, fetcher, articles });
    digests.attach(stdoutPort(io, flags.json === true));
    const context: Context = { store, digests, io, flags, maxItems: config.digestMaxItems };
    if (verb === "add") return await add(context);
    if (verb === "list") return await list(store, io, flags);
    const id = parseId(rest[0], verb);
    if (verb === "remove") {
      if (!(await store.removeSubscription(id))) throw notFound(id);
      io.stdout.write(`Removed digest ${id}.\n`);
      return 0;
    }
    const subscription = await store.getSubscription(id);
    if (subscription === null) throw notFound(id);
    return report(io, subscription, await digests.runner.run(subscription, { kind: "now" }), flags);
  } finally {
    await store.close();
    await fetcher.close();
  }
}

interface Context {
  readonly store: Store;
  readonly digests: DigestService;
  readonly io: CliIo;
  readonly flags: Flags;
  readonly maxItems: number;
}

async function add({ store, digests, io, flags, maxItems }: Context): Promise<number> {
  const max = flags["max-items"] === undefined ? undefined : Number(flags["max-items"]);
  const subscription = buildSubscription(
    {
      channel: required(flags.channel, "--channel"),
      feeds: flags.feed ?? [],
      createdBy: "cli",
      ...(flags.schedule === undefined ? {} : { schedule: flags.schedule }),
      ...(flags.tz === undefined ? {} : { timeZone: flags.tz }),
      ...(max === undefined ? {} : { maxItems: max }),
    },
    { maxItems },
    Date.now(),
  );
  const feeds =
    flags["skip-check"] === true
      ? subscription.feeds
      : await digests.checkFeeds(subscription.feeds);
  const added = await store.addSubscription({ ...subscription, feeds: [...new Set(feeds)] });
  io.stdout.write(flags.json === true ? `${JSON.stringify({ id: added.id })}\n` : `${added.id}\n`);
  return 0;
}

async function list(store: Store, io: CliIo, flags: Flags): Promise<number> {
  const subscriptions = await store.listSubscriptions(flags.channel);
  const now = Date.now();
  if (flags.json === true) {
    io.stdout.write(
      `${JSON.stringify(
        subscriptions.map((s) => toJson(s, now)),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (subscriptions.length === 0) io.stdout.write("No digests.\n");
  for (const s of subscriptions) {
    const next = toJson(s, now).nextRunAt ?? "never";
    io.stdout.write(
      `${s.id}\t${s.channel}\t${s.schedule} (${s.timeZone})\tnext ${next}\t${s.maxItems} items\t${s.feeds.join(" ")}\n`,
    );
  }
  return 0;
}

function toJson(s: Subscription, now: number) {
  const next = nextRunAt(s.cron, s.timeZone, Math.max(now, s.lastRunAt ?? 0));
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return { ...s, createdAt: iso(s.createdAt), lastRunAt: iso(s.lastRunAt), nextRunAt: iso(next) };
}

function report(io: CliIo, subscription: Subscription, result: RunResult, flags: Flags): number {
  if (result.outcome === "no-chat") {
    throw new NewsbriefError(
      "COMMAND_INVALID",
      `Digest ${subscription.id} posts to ${subscription.channel}; the CLI posts only console digests. Use /digest now ${subscription.id} there, or let its schedule run.`,
    );
  }
  const summary = { id: subscription.id, ...result };
  if (flags.json === true) io.stdout.write(`${JSON.stringify({ result: summary })}\n`);
  else
    io.stderr.write(
      `digest ${subscription.id}: ${result.outcome}, ${result.items} items in ${result.parts} message(s)\n`,
    );
  return result.outcome === "posted" || result.outcome === "nothing-new" ? 0 : 1;
}

/** Console-channel digests print to stdout: plain text, or one JSON line per message with --json. */
function stdoutPort(io: CliIo, json: boolean): ChatPort {
  return {
    platform: "console",
    maxMessageChars: 20_000,
    supportsBlocks: false,
    async post(channelId, reply) {
      io.stdout.write(
        json
          ? `${JSON.stringify({ channel: `console:${channelId}`, reply })}\n`
          : `${reply.fallbackText}\n\n`,
      );
    },
  };
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === "")
    throw new NewsbriefError("COMMAND_INVALID", `${flag} is required.\n${USAGE}`);
  return value;
}

function notFound(id: number): NewsbriefError {
  return new NewsbriefError(
    "SUBSCRIPTION_NOT_FOUND",
    `There is no digest ${id}; newsbrief digest list shows them.`,
  );
}
