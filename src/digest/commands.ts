import type { CommandContext, DigestCommands } from "../bot/bot.ts";
import type { Clock } from "../bot/ports.ts";
import type { Reply, ReplyBlock } from "../bot/reply.ts";
import { NewsbriefError } from "../errors.ts";
import type { FeedState, Store, Subscription } from "../store/store.ts";
import { DIGEST_USAGE, parseDigestCommand } from "./parse-command.ts";
import type { DigestRunner, RunResult } from "./run-digest.ts";
import { formatInZone, nextRunAt } from "./schedule.ts";
import { buildSubscription, type SubscribeDefaults } from "./subscribe.ts";

export interface DigestCommandDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly runner: DigestRunner;
  readonly defaults: SubscribeDefaults;
  /** Called after a subscription is added or removed, so the scheduler looks again. */
  readonly onChange?: () => void;
  /** Checks that a feed can be read before subscribing (a fetch); omitted, feeds are checked at the first run. */
  readonly checkFeed?: (url: string) => Promise<string>;
}

export const MAX_SUBSCRIPTIONS_PER_CHANNEL = 20;

/** The /digest commands as the DigestCommands port: the same on every platform, neutral replies. */
export function createDigestCommands(deps: DigestCommandDeps): DigestCommands {
  return {
    async handle(context, args) {
      const command = parseDigestCommand(args);
      switch (command.kind) {
        case "help":
          return reply("Digests", [
            {
              kind: "paragraph",
              text: `Post a digest of news feeds here on a schedule. ${DIGEST_USAGE}`,
            },
          ]);
        case "list":
          return listReply(deps, context);
        case "add":
          return add(deps, context, command);
        case "remove": {
          const subscription = await find(deps, context, command.id);
          await deps.store.removeSubscription(subscription.id);
          deps.onChange?.();
          return reply(`Digest #${subscription.id} removed`, [
            {
              kind: "paragraph",
              text: `No more digests of ${subscription.feeds.join(", ")} here.`,
            },
          ]);
        }
        case "now": {
          const subscription = await find(deps, context, command.id);
          return nowReply(subscription, await deps.runner.run(subscription, { kind: "now" }));
        }
      }
    },
  };
}

async function add(
  deps: DigestCommandDeps,
  context: CommandContext,
  command: { feeds: readonly string[]; schedule?: string; timeZone?: string },
): Promise<Reply> {
  const request = buildSubscription(
    { channel: context.channel, createdBy: context.user.id, ...command },
    deps.defaults,
    deps.clock.now(),
  );
  const existing = await deps.store.listSubscriptions(context.channel);
  if (existing.length >= MAX_SUBSCRIPTIONS_PER_CHANNEL) {
    throw new NewsbriefError(
      "INPUT_INVALID",
      `This channel already has ${existing.length} digests, the most it can have; /digest remove one first.`,
    );
  }
  const feeds: string[] = [];
  // A site's address works too: the check finds the feed it links to, and that is what is kept.
  for (const feed of request.feeds) feeds.push(deps.checkFeed ? await deps.checkFeed(feed) : feed);
  const subscription = await deps.store.addSubscription({ ...request, feeds: [...new Set(feeds)] });
  deps.onChange?.();
  return reply(`Digest #${subscription.id} added`, [
    {
      kind: "paragraph",
      text: `${describe(subscription)}, up to ${subscription.maxItems} new stories each time.`,
    },
    { kind: "list", title: "Feeds", items: subscription.feeds },
    {
      kind: "context",
      text: `First digest ${nextText(subscription, deps.clock.now())}. /digest now ${subscription.id} posts one right away.`,
    },
  ]);
}

async function listReply(deps: DigestCommandDeps, context: CommandContext): Promise<Reply> {
  const subscriptions = await deps.store.listSubscriptions(context.channel);
  if (subscriptions.length === 0) {
    return reply("No digests here", [
      {
        kind: "paragraph",
        text: "Add one with /digest add <feed-url> [daily 08:00] [Europe/Berlin].",
      },
    ]);
  }
  const now = deps.clock.now();
  const items: string[] = [];
  for (const subscription of subscriptions) {
    const failing = (await deps.store.getFeedStates(subscription.id)).filter((s) => s.failures > 0);
    items.push(
      `#${subscription.id}: ${describe(subscription)}, next ${nextText(subscription, now)}; ${subscription.feeds.join(", ")}${failingText(failing)}`,
    );
  }
  return reply(`Digests in this channel (${subscriptions.length})`, [{ kind: "list", items }]);
}

async function find(
  deps: DigestCommandDeps,
  context: CommandContext,
  id: number,
): Promise<Subscription> {
  const subscription = await deps.store.getSubscription(id);
  // Another channel's digest is as good as unknown here: a channel manages only its own.
  if (subscription === null || subscription.channel !== context.channel) {
    throw new NewsbriefError(
      "SUBSCRIPTION_NOT_FOUND",
      `There is no digest #${id} in this channel; /digest list shows its digests.`,
      {
        details: { input: String(id) },
      },
    );
  }
  return subscription;
}

function nowReply(subscription: Subscription, result: RunResult): Reply {
  const id = subscription.id;
  const texts: Record<RunResult["outcome"], string> = {
    posted: `Digest #${id} posted: ${result.items} new ${result.items === 1 ? "story" : "stories"}${result.problems.length > 0 ? `, ${result.problems.length} feed(s) could not be read` : ""}.`,
    "nothing-new": `Nothing new for digest #${id} since the last one.`,
    pending: `Digest #${id} is ready but the platform asked me to wait; it will be posted shortly.`,
    "no-chat": `Digest #${id} belongs to a platform this process does not run.`,
    busy: `Digest #${id} is being delivered right now.`,
  };
  return reply(`Digest #${id}`, [{ kind: "paragraph", text: texts[result.outcome] }]);
}

/** "daily 08:00 (Europe/Berlin)". */
export function describe(subscription: Subscription): string {
  return `${subscription.schedule} (${subscription.timeZone})`;
}

function nextText(subscription: Subscription, now: number): string {
  const next = nextRunAt(subscription.cron, subscription.timeZone, now);
  return next === null ? "never" : formatInZone(next, subscription.timeZone);
}

function failingText(failing: readonly FeedState[]): string {
  if (failing.length === 0) return "";
  return ` (failing: ${failing.map((s) => `${s.url}: ${s.lastError ?? "error"}`).join("; ")})`;
}

function reply(title: string, blocks: ReplyBlock[]): Reply {
  const lines = [title, ...blocks.map(blockLine)];
  return { visibility: "requester", title, blocks, fallbackText: lines.join("\n") };
}

function blockLine(block: ReplyBlock): string {
  if (block.kind === "list")
    return [block.title, ...block.items.map((i) => `• ${i}`)].filter(Boolean).join("\n");
  if (block.kind === "paragraph" || block.kind === "context") return block.text;
  return "";
}
