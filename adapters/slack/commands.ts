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
}

/** Registers /brief, /whosaid, /digest, the message shortcut and the link button on a Bolt app. */
export function registerCommands(app: App, deps: Deps): void {
  const { bot } = deps;
  app.command("/brief", (args) => handleBrief(deps, args));
  app.command("/whosaid", (args) =>
    handleQuiet(deps, args, (ctx, text) => bot.whoSaid(ctx, parseWhoSaidText(text))),
  );
  app.command("/digest", (args) => handleQuiet(deps, args, (ctx, text) => bot.digest(ctx, text)));
  app.shortcut(BRIEF_SHORTCUT, (args) => handleShortcut(deps, args));
  // Link buttons open the article in the browser, yet Slack still reports the click: ack it.
  app.action(OPEN_LINK_ACTION, async ({ ack }) => ack());
  app.error(async (error) => {
    deps.logger.error({ err: error }, "Slack listener error");
  });
}

async function handleBrief(deps: Deps, args: CommandArgs): Promise<void> {
  const { bot } = deps;
  const { command, ack } = args;
  const ackText = bot.acknowledgeBrief(command.text);
  if (ackText === null) {
    await ack(asAck(bot.help("brief")));
    return;
  }
  const queued = deps.queue.offer(() =>
    runAfterAck(bot, deps.logger, invocationOf(args), () =>
      bot.brief(contextOf(command), command.text),
    ),
  );
  // The job starts on a later turn of the event loop, so this ack always leaves first.
  await ack(queued ? { response_type: "ephemeral", text: escapeMrkdwn(ackText) } : busy(bot));
}

/** Commands acked with no message: the answer follows through the response_url. */
async function handleQuiet(
  deps: Deps,
  args: CommandArgs,
  run: (context: CommandContext, text: string) => Promise<Reply>,
): Promise<void> {
  const { command } = args;
  const queued = deps.queue.offer(() =>
    runAfterAck(deps.bot, deps.logger, invocationOf(args), () =>
      run(contextOf(command), command.text),
    ),
  );
  await (queued ? args.ack() : args.ack(busy(deps.bot)));
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
        await args.respond({ response_type: "ephemeral", text: escapeMrkdwn(ackText) });
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

function busy(bot: Bot): RespondArguments {
  return asAck(busyReply(bot));
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
