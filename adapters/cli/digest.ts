import { parseArgs } from "node:util";
import {
  buildSubscription,
  type ChatPort,
  createArticleSource,
  createDigestServiceFromConfig,
  createFetcher,
  createLogger,
  type DigestService,
  fetcherOptionsFromConfig,
  loadConfig,
  NewsbriefError,
  nextRunAt,
  openStore,
  parseId,
  type RunResult,
  type Store,
  type Subscription,
} from "../../src/index.ts";
import type { CliIo } from "./io.ts";
import { printError, printJson, printText } from "./output.ts";
import { CLI_DOCS, printHelp, UsageError } from "./usage.ts";

const USAGE = `Usage:
  newsbrief digest add --channel <platform:id> --feed <url> [--feed <url>...] [--schedule "daily 08:00"] [--tz Europe/Berlin] [--max-items N] [--skip-check] [--json]
  newsbrief digest list [--channel <platform:id>] [--json]
  newsbrief digest remove <id>
  newsbrief digest run <id> [--json]
All use DATABASE_URL (PostgreSQL) when set, else --db <path> (default: DATABASE_PATH, else ${loadConfig({}).databasePath}). Channels: slack:C123, discord:456, console:main.
Schedules: hourly, daily HH:MM, weekdays HH:MM, weekends HH:MM, <weekday> HH:MM, or a 5-field cron expression.

Docs: ${CLI_DOCS}#digest (digests themselves: docs/digests.md)
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
    throw new UsageError((error as Error).message, USAGE);
  }
}

/** `newsbrief digest add|list|remove|run`: manages channel digests in the database. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (printHelp(USAGE, args, io)) return 0;
  const { values: flags, positionals } = parse(args);
  const [verb, ...rest] = positionals;
  if (verb === undefined)
    throw new UsageError("give a digest command: add, list, remove or run.", USAGE);
  if (!["add", "list", "remove", "run"].includes(verb)) {
    throw new UsageError(`"${verb}" is not a digest command.`, USAGE);
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
      printText(io, `Removed digest ${id}.\n`);
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
  if (flags.json === true) printJson(io, { id: added.id });
  else printText(io, `${added.id}\n`);
  return 0;
}

async function list(store: Store, io: CliIo, flags: Flags): Promise<number> {
  const subscriptions = await store.listSubscriptions(flags.channel);
  const now = Date.now();
  if (flags.json === true) {
    printJson(
      io,
      subscriptions.map((s) => toJson(s, now)),
      true,
    );
    return 0;
  }
  if (subscriptions.length === 0) printText(io, "No digests.\n");
  for (const s of subscriptions) {
    const next = toJson(s, now).nextRunAt ?? "never";
    printText(
      io,
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
      "INPUT_INVALID",
      `Digest ${subscription.id} posts to ${subscription.channel}; the CLI posts only console digests. Use /digest now ${subscription.id} there, or let its schedule run.`,
    );
  }
  const summary = { id: subscription.id, ...result };
  if (flags.json === true) printJson(io, { result: summary });
  else
    printError(
      io,
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
      if (json) printJson(io, { channel: `console:${channelId}`, reply });
      else printText(io, `${reply.fallbackText}\n\n`);
    },
  };
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === "")
    throw new UsageError(`${flag} is required.`, USAGE);
  return value;
}

function notFound(id: number): NewsbriefError {
  return new NewsbriefError(
    "SUBSCRIPTION_NOT_FOUND",
    `There is no digest ${id}; newsbrief digest list shows them.`,
  );
}
