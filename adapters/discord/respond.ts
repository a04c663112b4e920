import {
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
} from "discord.js";
import type { Reply } from "../../src/index.ts";
import { type DiscordMessage, renderReply } from "./render.ts";

/** How an interaction is answered. */
export interface AnswerPlan {
  /** Defer at once: the work loads a URL, which can take longer than Discord's 3 seconds. */
  readonly deferNow: boolean;
  /** Otherwise, defer when the work has not finished after this long. */
  readonly deferAfterMs: number;
}

/**
 * Answers a slash command within Discord's 3-second window: replies directly when the work is
 * quick, else defers (the "thinking…" state) and edits the reply in when the work is done. The
 * work never throws: failures arrive as the core's error reply.
 */
export async function answer(
  interaction: ChatInputCommandInteraction,
  work: Promise<Reply>,
  plan: AnswerPlan,
): Promise<void> {
  if (!plan.deferNow) {
    const quick = await within(work, plan.deferAfterMs);
    if (quick !== undefined) {
      await interaction.reply(replyOptions(renderReply(quick)));
      return;
    }
  }
  await interaction.deferReply();
  await deliverDeferred(interaction, renderReply(await work));
}

/** Sends a reply the person who asked alone sees, whatever state the interaction is in. */
export async function answerPrivately(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
): Promise<void> {
  const message = renderReply({ ...reply, visibility: "requester" });
  if (interaction.deferred || interaction.replied) await followUpPrivately(interaction, message);
  else await interaction.reply(replyOptions(message));
}

async function deliverDeferred(
  interaction: ChatInputCommandInteraction,
  message: DiscordMessage,
): Promise<void> {
  if (!message.ephemeral) {
    await interaction.editReply(editOptions(message));
    return;
  }
  // A deferred reply is public and cannot become ephemeral: drop the "thinking…" message and
  // answer privately instead.
  await interaction.deleteReply();
  await followUpPrivately(interaction, message);
}

async function followUpPrivately(
  interaction: ChatInputCommandInteraction,
  message: DiscordMessage,
): Promise<void> {
  await interaction.followUp({ ...replyOptions(message), flags: MessageFlags.Ephemeral });
}

function replyOptions(message: DiscordMessage): InteractionReplyOptions & {
  flags?: MessageFlags.Ephemeral;
} {
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: message.embeds,
    allowedMentions: message.allowedMentions,
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

function editOptions(message: DiscordMessage): InteractionEditReplyOptions {
  return {
    content: message.content ?? null,
    embeds: message.embeds,
    allowedMentions: message.allowedMentions,
  };
}

/** The work's result when it settles within `ms`, else undefined (the work keeps running). */
async function within(work: Promise<Reply>, ms: number): Promise<Reply | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
