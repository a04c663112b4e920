import type { APIEmbed, APIEmbedField } from "discord.js";
import { type Reply, type ReplyBlock, truncateText } from "../../src/index.ts";
import { DISCORD_LIMITS, type EmbedDraft, fitEmbed } from "./embed-limits.ts";
import { escapeDiscord } from "./escape.ts";
import { inlineQuotes, quoteFields } from "./render-quotes.ts";

/** What every reply and message sends: nobody is ever pinged by text the bot relays. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [] });

/** A reply ready for discord.js: content and/or one embed, and who sees it. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  /** Only the person who asked sees it (an ephemeral interaction reply). */
  readonly ephemeral: boolean;
  readonly allowedMentions: typeof NO_MENTIONS;
}

const CHANNEL_COLOR = 0x5865f2;
const REQUESTER_COLOR = 0x99aab5;
const SHORT_FIELD_CHARS = 60;

/** Renders the core's neutral reply as a Discord embed, escaped and within every limit. */
export function renderReply(reply: Reply): DiscordMessage {
  const ephemeral = reply.visibility === "requester";
  const draft = draftOf(reply, ephemeral ? REQUESTER_COLOR : CHANNEL_COLOR);
  if (draft.title === undefined && draft.description.trim() === "" && draft.fields.length === 0) {
    const text = escapeDiscord(reply.fallbackText.trim()) || "Done.";
    return {
      content: truncateText(text, DISCORD_LIMITS.content),
      embeds: [],
      ephemeral,
      allowedMentions: NO_MENTIONS,
    };
  }
  return { embeds: [fitEmbed(draft)], ephemeral, allowedMentions: NO_MENTIONS };
}

function draftOf(reply: Reply, color: number): EmbedDraft {
  const description: string[] = [];
  const fields: APIEmbedField[] = [];
  const footer: string[] = [];
  for (const block of reply.blocks) addBlock(block, { description, fields, footer });
  if (reply.requestedBy !== undefined) footer.push(`Requested by ${reply.requestedBy}`);
  const url = reply.url === undefined ? undefined : safeUrl(reply.url);
  return {
    ...(reply.title === undefined || reply.title.trim() === ""
      ? {}
      : { title: escapeDiscord(reply.title) }),
    ...(url === undefined ? {} : { url }),
    color,
    description: description
      .map((part) => truncateText(part.trim(), DISCORD_LIMITS.description))
      .filter((part) => part !== "")
      .join("\n\n"),
    fields,
    footer: footer
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .join(" · "),
  };
}

interface Parts {
  readonly description: string[];
  readonly fields: APIEmbedField[];
  readonly footer: string[];
}

function addBlock(block: ReplyBlock, parts: Parts): void {
  switch (block.kind) {
    case "paragraph":
      parts.description.push(escapeDiscord(block.text));
      return;
    case "list":
      addList(block.title, block.items, parts);
      return;
    case "quotes":
      // A titled set of quotes is a section of its own (a briefing's "What they said"); untitled
      // quotes belong to the text around them (a digest story), unless fields have started.
      if (block.title === undefined && parts.fields.length === 0)
        parts.description.push(inlineQuotes(block.quotes));
      else parts.fields.push(...quoteFields(block.title, block.quotes));
      return;
    case "fields":
      for (const field of block.fields) {
        parts.fields.push({
          name: escapeDiscord(field.name),
          value: escapeDiscord(field.value),
          inline: field.value.length <= SHORT_FIELD_CHARS,
        });
      }
      return;
    case "context":
      parts.footer.push(block.text);
      return;
    case "link":
      parts.description.push(maskedLink(block.label, block.url));
      return;
  }
}

// Lists read best in the description, but once fields have started, the description (drawn above
// them) would show the list out of order, so later titled lists become fields.
function addList(title: string | undefined, items: readonly string[], parts: Parts): void {
  const bullets = items.map((item) => `• ${escapeDiscord(item)}`);
  if (title === undefined || parts.fields.length === 0) {
    const heading = title === undefined ? [] : [`**${escapeDiscord(title)}**`];
    parts.description.push([...heading, ...bullets].join("\n"));
    return;
  }
  parts.fields.push(...packLines(escapeDiscord(title), bullets));
}

/** Packs lines into as few fields as fit 1024 characters each; later fields continue the name. */
function packLines(name: string, lines: readonly string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let current = "";
  const flush = () => {
    if (current === "") return;
    fields.push({ name: fields.length === 0 ? name : `${name} (cont.)`, value: current });
    current = "";
  };
  for (const raw of lines) {
    const line = truncateText(raw, DISCORD_LIMITS.fieldValue);
    if (current !== "" && current.length + 1 + line.length > DISCORD_LIMITS.fieldValue) flush();
    current = current === "" ? line : `${current}\n${line}`;
  }
  flush();
  return fields;
}

function maskedLink(label: string, url: string): string {
  const safe = safeUrl(url);
  if (safe === undefined) return escapeDiscord(`${label}: ${url}`);
  // Parentheses would end the masked link early.
  const target = safe.replace(/\(/g, "%28").replace(/\)/g, "%29");
  return `[${escapeDiscord(label)}](${target})`;
}

/** The URL when it is http(s) and short enough for Discord, else undefined (a bad URL fails the whole message). */
export function safeUrl(url: string): string | undefined {
  if (url.length > DISCORD_LIMITS.url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
