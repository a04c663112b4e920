import type { APIEmbedField } from "discord.js";
import type { ReplyQuote } from "../../src/index.ts";
import { DISCORD_LIMITS } from "./embed-limits.ts";
import { escapeDiscord } from "./escape.ts";
import { truncateText } from "./truncate.ts";

const MIN_CONTEXT_CHARS = 40;

/** Quotes as embed fields, one each: under the block's title when it has one, else under the speaker's name. */
export function quoteFields(
  title: string | undefined,
  quotes: readonly ReplyQuote[],
): APIEmbedField[] {
  return quotes.map((quote, index) => {
    const speaker = speakerLabel(quote);
    if (title === undefined) return { name: speaker, value: quoteValue(quote, "") };
    return {
      // Discord's accepted blank name: the quotes read as one section under the title.
      name: index === 0 ? escapeDiscord(title) : "\u200b",
      value: quoteValue(quote, `**${speaker}**\n`),
    };
  });
}

/**
 * Quotes as block quotes for the description, each followed by its speaker (once, after the last,
 * when they all share one) and, for a phrase, by its sentence when that adds to the quote.
 */
export function inlineQuotes(quotes: readonly ReplyQuote[]): string {
  const speakers = new Set(quotes.map((quote) => speakerLabel(quote)));
  return quotes
    .map((quote, index) => {
      const text = truncateText(escapeDiscord(quote.text), DISCORD_LIMITS.fieldValue);
      const lines = (quote.indirect === true ? text : `“${text}”`).split("\n");
      if (speakers.size > 1 || index === quotes.length - 1)
        lines.push(`— **${speakerLabel(quote)}**`);
      const quoted = lines.map((line) => `> ${line}`);
      if (quote.context !== undefined && addsToQuote(quote.context, quote.text))
        quoted.push(`*${truncateText(escapeDiscord(quote.context), DISCORD_LIMITS.fieldValue)}*`);
      return quoted.join("\n");
    })
    .join("\n\n");
}

/** False when the sentence is no more than the quote itself (its marks aside). */
function addsToQuote(context: string, quote: string): boolean {
  const bare = context.trim().replace(/^["“”«»'‘’]+|["“”«»'‘’,.]+$/g, "");
  return !quote.includes(bare);
}

function speakerLabel(quote: ReplyQuote): string {
  const name = escapeDiscord(quote.speaker ?? "Unattributed");
  return quote.role === undefined ? name : `${name}, ${escapeDiscord(quote.role)}`;
}

/** The quote verbatim (shortened only when Discord's limit forces it), then its sentence if room is left. */
function quoteValue(quote: ReplyQuote, header: string): string {
  const marks = quote.indirect === true ? 0 : 2;
  const room = DISCORD_LIMITS.fieldValue - header.length - marks;
  const text = truncateText(escapeDiscord(quote.text), room);
  let value = `${header}${quote.indirect === true ? text : `“${text}”`}`;
  if (quote.context !== undefined && addsToQuote(quote.context, quote.text)) {
    const left = DISCORD_LIMITS.fieldValue - value.length - "\n**".length;
    if (left >= MIN_CONTEXT_CHARS)
      value += `\n*${truncateText(escapeDiscord(quote.context), left)}*`;
  }
  return value;
}
