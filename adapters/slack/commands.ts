import type {
  AllMiddlewareArgs,
  App,
  RespondArguments,
  SlackCommandMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
} from "@slack/bolt";
import {
  type Bot,
  type CommandContext,
  type Logger,
  NewsbriefError,
  parseWhoSaidText,
  type Reply,
} from "../../src/index.ts";
import { deliver, type Invocation, runAfterAck } from "./deliver.ts";
import { escapeMrkdwn } from "./mrkdwn.ts";
import { OPEN_LINK_ACTION, renderReply } from "./render.ts";
import type { WorkQueue } from "./work-queue.ts";

/** The callback id of the "Brief this link" message shortcut, as in manifest.yaml. */
export const BRIEF_SHORTCUT = "brief_this_link";

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ShortcutArgs = SlackShortcutMiddlewareArgs & AllMiddlewareArgs;

interface Deps {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly queue: WorkQueue;
  /** The ack for a command refused because the queue is full; rendered once, as floods need it fast. */
  readonly busyAck: RespondArguments;
}

/** Registers /brief, /whosaid, /digest, the message shortcut and the link button on a Bolt app. */
export function registerCommands(
  app: App,
  options: { readonly bot: Bot; readonly logger: Logger; readonly queue: WorkQueue },
): void {
  const { bot } = options;
  // Plain text like every other ack: a one-line notice needs no blocks.
  const deps: Deps = {
    ...options,
    busyAck: { response_type: "ephemeral", text: renderReply(busyReply(bot)).text },
  };
  // One middleware routes every request. Bolt's listeners would each run their matchers on every
  // request, and that dispatch is most of what an ack costs (bench:slack).
  app.use(async (args) => {
    if ("command" in args) {
      const route = routeOf(deps, args.command.command);
      if (route !== null) return route(args);
    } else if ("shortcut" in args && args.shortcut.callback_id === BRIEF_SHORTCUT) {
      return handleShortcut(deps, args);
    } else if ("action" in args && isOpenLink(args.action)) {
      // Link buttons open the article in the browser, yet Slack still reports the click: ack it.
      return args.ack();
    }
    await args.next();
  });
  app.error(async (error) => {
    deps.logger.error({ err: error }, "Slack listener error");
  });
}

function routeOf(deps: Deps, command: string): ((args: CommandArgs) => Promise<void>) | null {
  const { bot } = deps;
  switch (command) {
    case "/brief":
      return (args) => handleBrief(deps, args);
    case "/whosaid":
      return (args) =>
        handleQuiet(deps, args, (ctx, text) => bot.whoSaid(ctx, parseWhoSaidText(text)));
    case "/digest":
      return (args) => handleQuiet(deps, args, (ctx, text) => bot.digest(ctx, text));
    default:
      return null;
  }
}

function isOpenLink(action: { readonly type: string }): boolean {
  return "action_id" in action && action.action_id === OPEN_LINK_ACTION;
}

async function handleBrief(deps: Deps, args: CommandArgs): Promise<void> {
  const { bot } = deps;
  const { command, ack } = args;
  const ackText = bot.acknowledgeBrief(command.text);
  if (ackText === null) {
    await ack(asAck(bot.help("brief")));
    return;
  }
  // The job keeps only what it needs, not Bolt's arguments: thousands may wait during a flood.
  const invocation = invocationOf(args);
  const context = contextOf(command);
  const text = command.text;
  const queued = deps.queue.offer(() =>
    runAfterAck(bot, deps.logger, invocation, () => bot.brief(context, text)),
  );
  // The job starts on a later turn of the event loop, so this ack always leaves first.
  await ack(queued ? { response_type: "ephemeral", text: escapeMrkdwn(ackText) } : deps.busyAck);
}

/** Commands acked with no message: the answer follows through the response_url. */
async function handleQuiet(
  deps: Deps,
  args: CommandArgs,
  run: (context: CommandContext, text: string) => Promise<Reply>,
): Promise<void> {
  const invocation = invocationOf(args);
  const context = contextOf(args.command);
  const text = args.command.text;
  const queued = deps.queue.offer(() =>
    runAfterAck(deps.bot, deps.logger, invocation, () => run(context, text)),
  );
  await (queued ? args.ack() : args.ack(deps.busyAck));
}

async function handleShortcut(deps: Deps, args: ShortcutArgs): Promise<void> {
  await args.ack();
  const { shortcut } = args;
  if (shortcut.type !== "message_action") return;
  const invocation: Invocation = {
    command: BRIEF_SHORTCUT,
    channel: shortcut.channel.id,
    user: shortcut.user.id,
    respond: args.respond,
    client: args.client,
  };
  const context: CommandContext = {
    channel: `slack:${shortcut.channel.id}`,
    user: { id: shortcut.user.id, name: shortcut.user.username ?? shortcut.user.name },
  };
  const url = firstLinkIn(String(shortcut.message.text ?? ""));
  const { respond } = args;
  const job = () =>
    runAfterAck(deps.bot, deps.logger, invocation, async () => {
      if (url === null) {
        throw new NewsbriefError(
          "INPUT_INVALID",
          "That message has no link to brief. Use the shortcut on a message with a web link.",
        );
      }
      const ackText = deps.bot.acknowledgeBrief(url);
      if (ackText !== null)
        await respond({ response_type: "ephemeral", text: escapeMrkdwn(ackText) });
      return deps.bot.brief(context, url);
    });
  if (!deps.queue.offer(job)) await deliver(deps.logger, invocation, busyReply(deps.bot));
}

/** The first web link in a Slack message, from its `<https://…|label>` markup, entities decoded. */
export function firstLinkIn(messageText: string): string | null {
  const link = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i.exec(messageText)?.[1];
  if (link === undefined) return null;
  return link.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function busyReply(bot: Bot): Reply {
  return bot.errorReply(
    new NewsbriefError("RATE_LIMITED", "Too many commands are waiting; try again in a minute."),
  );
}

function asAck(reply: Reply): RespondArguments {
  const { text, blocks } = renderReply(reply);
  return { response_type: "ephemeral", text, blocks };
}

function contextOf(command: CommandArgs["command"]): CommandContext {
  const name = command.user_name;
  return {
    channel: `slack:${command.channel_id}`,
    user:
      name === undefined || name === "" ? { id: command.user_id } : { id: command.user_id, name },
  };
}

function invocationOf(args: CommandArgs): Invocation {
  return {
    command: args.command.command,
    channel: args.command.channel_id,
    user: args.command.user_id,
    respond: args.respond,
    client: args.client,
  };
}
