import type {
  AllMiddlewareArgs,
  App,
  RespondArguments,
  SlackCommandMiddlewareArgs,
} from "@slack/bolt";
import {
  type Bot,
  type CommandContext,
  type Logger,
  NewsbriefError,
  parseWhoSaidText,
  type Reply,
} from "../../src/index.ts";
import { type Invocation, runAfterAck } from "./deliver.ts";
import { escapeMrkdwn } from "./mrkdwn.ts";
import { OPEN_LINK_ACTION, renderReply } from "./render.ts";

/** The callback id of the "Brief this link" message shortcut, as in manifest.yaml. */
export const BRIEF_SHORTCUT = "brief_this_link";

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Registers /brief, /whosaid, /digest, the message shortcut and the link button on a Bolt app. */
export function registerCommands(app: App, bot: Bot, logger: Logger, track: Track): void {
  app.command("/brief", (args) => track(handleBrief(bot, logger, args)));
  app.command("/whosaid", (args) =>
    track(
      handleDeferred(bot, logger, args, (ctx, text) => bot.whoSaid(ctx, parseWhoSaidText(text))),
    ),
  );
  app.command("/digest", (args) =>
    track(handleDeferred(bot, logger, args, (ctx, text) => bot.digest(ctx, text))),
  );
  app.shortcut(BRIEF_SHORTCUT, (args) => track(handleShortcut(bot, logger, args)));
  // Link buttons open the article in the browser, yet Slack still reports the click: ack it.
  app.action(OPEN_LINK_ACTION, async ({ ack }) => ack());
  app.error(async (error) => {
    logger.error({ err: error }, "Slack listener error");
  });
}

/** Keeps a handler's promise so that stopping the adapter can wait for work already acked. */
export type Track = (work: Promise<void>) => Promise<void>;

async function handleBrief(bot: Bot, logger: Logger, args: CommandArgs): Promise<void> {
  const { command, ack } = args;
  const ackText = bot.acknowledgeBrief(command.text);
  if (ackText === null) {
    await ack(ackMessage(bot.help("brief")));
    return;
  }
  await ack({ response_type: "ephemeral", text: escapeMrkdwn(ackText) });
  await runAfterAck(bot, logger, invocationOf(args), () =>
    bot.brief(contextOf(command), command.text),
  );
}

/** Commands whose answer may need a fetch: ack at once with nothing, answer through response_url. */
async function handleDeferred(
  bot: Bot,
  logger: Logger,
  args: CommandArgs,
  run: (context: CommandContext, text: string) => Promise<Reply>,
): Promise<void> {
  await args.ack();
  await runAfterAck(bot, logger, invocationOf(args), () =>
    run(contextOf(args.command), args.command.text),
  );
}

async function handleShortcut(
  bot: Bot,
  logger: Logger,
  args: Parameters<Parameters<App["shortcut"]>[1]>[0],
): Promise<void> {
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
  await runAfterAck(bot, logger, invocation, async () => {
    if (url === null) {
      throw new NewsbriefError(
        "INPUT_INVALID",
        "That message has no link to brief. Use the shortcut on a message with a web link.",
      );
    }
    const ackText = bot.acknowledgeBrief(url);
    if (ackText !== null) {
      await args.respond({ response_type: "ephemeral", text: escapeMrkdwn(ackText) });
    }
    return bot.brief(context, url);
  });
}

/** The first web link in a Slack message, from its `<https://…|label>` markup, entities decoded. */
export function firstLinkIn(messageText: string): string | null {
  const link = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i.exec(messageText)?.[1];
  if (link === undefined) return null;
  return link.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function ackMessage(reply: Reply): RespondArguments {
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
