import type { APIEmbedField } from "discord.js";
import { markQuote, type ReplyQuote, speakerLabel, truncateText } from "../../src/index.ts";
import { DISCORD_LIMITS } from "./embed-limits.ts";
import { escapeDiscord } from "./escape.ts";

const MIN_CONTEXT_CHARS = 40;

/** Quotes as embed fields, one each: under the block's title when it has one, else under the speaker's name. */
export function quoteFields(
  title: string | undefined,
  quotes: readonly ReplyQuote[],
): APIEmbedField[] {
  return quotes.map((quote, index) => {
    const speaker = attribution(quote);
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
  const speakers = new Set(quotes.map((quote) => attribution(quote)));
  return quotes
    .map((quote, index) => {
      const text = truncateText(escapeDiscord(quote.text), DISCORD_LIMITS.fieldValue);
      const lines = markQuote(text, quote.indirect === true).split("\n");
      if (speakers.size > 1 || index === quotes.length - 1)
        lines.push(`— **${attribution(quote)}**`);
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

function attribution(quote: ReplyQuote): string {
  return escapeDiscord(speakerLabel(quote.speaker, quote.role));
}

/** The quote verbatim (shortened only when Discord's limit forces it), then its sentence if room is left. */
function quoteValue(quote: ReplyQuote, header: string): string {
  const marks = quote.indirect === true ? 0 : 2;
  const room = DISCORD_LIMITS.fieldValue - header.length - marks;
  const text = truncateText(escapeDiscord(quote.text), room);
  let value = `${header}${markQuote(text, quote.indirect === true)}`;
  if (quote.context !== undefined && addsToQuote(quote.context, quote.text)) {
    const left = DISCORD_LIMITS.fieldValue - value.length - "\n**".length;
    if (left >= MIN_CONTEXT_CHARS)
      value += `\n*${truncateText(escapeDiscord(quote.context), left)}*`;
  }
  return value;
}
