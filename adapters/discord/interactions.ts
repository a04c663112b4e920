import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import {
  type Bot,
  type CommandContext,
  type Logger,
  logFailure,
  NewsbriefError,
  type Reply,
  truncateText,
  type WhoSaidRequest,
} from "../../src/index.ts";
import { answer, answerPrivately } from "./respond.ts";

/** How the interaction handler behaves; the defaults suit Discord. */
export interface HandlerOptions {
  /** Defer a command whose answer has not come after this long (default 1000 ms, well inside the 3 s window). */
  readonly deferAfterMs?: number;
}

const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;

/** The one entry point for interactions: parses, calls the core, answers, and funnels every failure. */
export function createInteractionHandler(
  bot: Bot,
  logger: Logger,
  options: HandlerOptions = {},
): (interaction: Interaction) => Promise<void> {
  const deferAfterMs = options.deferAfterMs ?? 1_000;

  const run = (interaction: ChatInputCommandInteraction, work: () => Promise<Reply>) =>
    work().catch((error: unknown) => {
      logInteractionFailure(logger, interaction, error);
      return bot.errorReply(error);
    });

  const command = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    const context = contextOf(interaction);
    switch (interaction.commandName) {
      case "brief": {
        const input = interaction.options.getString("url") ?? interaction.options.getString("text");
        if (bot.acknowledgeBrief(input ?? "") === null) {
          await answerPrivately(interaction, bot.help("brief"));
          return;
        }
        const work = run(interaction, () => bot.brief(context, input ?? ""));
        await answer(interaction, work, { deferNow: true, deferAfterMs });
        return;
      }
      case "whosaid": {
        const request = whoSaidRequest(interaction);
        const work = run(interaction, () => bot.whoSaid(context, request));
        await answer(interaction, work, { deferNow: request.url !== undefined, deferAfterMs });
        return;
      }
      case "digest": {
        const work = run(interaction, () => bot.digest(context, digestArgs(interaction)));
        await answer(interaction, work, { deferNow: false, deferAfterMs });
        return;
      }
      default:
        throw new NewsbriefError(
          "COMMAND_INVALID",
          `Unknown command /${interaction.commandName}. Try /brief, /whosaid or /digest.`,
        );
    }
  };

  const autocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const focused = interaction.options.getFocused(true);
    if (interaction.commandName !== "whosaid" || focused.name !== "speaker") {
      await interaction.respond([]);
      return;
    }
    const names = await bot.suggestSpeakers(channelOf(interaction), focused.value, MAX_CHOICES);
    await interaction.respond(
      names.slice(0, MAX_CHOICES).map((name) => {
        const text = truncateText(name, MAX_CHOICE_CHARS);
        return { name: text, value: text };
      }),
    );
  };

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction);
      else if (interaction.isChatInputCommand()) await command(interaction);
    } catch (error) {
      logInteractionFailure(logger, interaction, error);
      await tellRequester(bot, logger, interaction, error);
    }
  };
}

async function tellRequester(
  bot: Bot,
  logger: Logger,
  interaction: Interaction,
  error: unknown,
): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await answerPrivately(interaction, bot.errorReply(error));
    else if (interaction.isAutocomplete() && !interaction.responded) await interaction.respond([]);
  } catch (secondError) {
    // The interaction token may have expired; nothing more can reach this user.
    logger.warn(
      { interaction: interaction.id, err: secondError },
      "discord: could not send the error reply",
    );
  }
}

/** The channel as the core knows it. */
export function channelOf(interaction: Interaction): string {
  return `discord:${interaction.channelId ?? `dm-${interaction.user.id}`}`;
}

function contextOf(interaction: ChatInputCommandInteraction): CommandContext {
  const member = interaction.member;
  const name =
    member !== null && "displayName" in member ? member.displayName : interaction.user.displayName;
  return { channel: channelOf(interaction), user: { id: interaction.user.id, name } };
}

function whoSaidRequest(interaction: ChatInputCommandInteraction): WhoSaidRequest {
  const speaker = interaction.options.getString("speaker")?.trim();
  const phrase = interaction.options.getString("phrase")?.trim();
  const url = interaction.options.getString("url")?.trim();
  return {
    ...(speaker ? { speaker } : {}),
    ...(phrase ? { phrase } : {}),
    ...(url ? { url } : {}),
  };
}

/** The /digest subcommand as the text the core's digest commands parse. */
function digestArgs(interaction: ChatInputCommandInteraction): string {
  const sub = interaction.options.getSubcommand(true);
  const words = [sub];
  if (sub === "add") {
    words.push(
      interaction.options.getString("feed", true),
      interaction.options.getString("schedule") ?? "",
      interaction.options.getString("timezone") ?? "",
    );
  } else if (sub === "remove" || sub === "now") {
    words.push(interaction.options.getString("id", true));
  }
  return words
    .map((word) => word.trim())
    .filter((word) => word !== "")
    .join(" ");
}

function logInteractionFailure(logger: Logger, interaction: Interaction, error: unknown): void {
  logFailure(logger, error, {
    channel: channelOf(interaction),
    user: interaction.user.id,
    command: "commandName" in interaction ? interaction.commandName : interaction.type,
    interaction: interaction.id,
  });
}
