import type { types } from "@slack/bolt";
import type { ReplyBlock, ReplyField, ReplyQuote } from "../../src/index.ts";
import { escapeMrkdwn, fitMrkdwn, truncateText } from "./mrkdwn.ts";

export type SlackBlock = types.KnownBlock;

/** Slack's documented Block Kit limits, in characters unless named otherwise. */
export interface SlackLimits {
  readonly maxBlocks: number;
  readonly maxSectionChars: number;
  readonly maxHeaderChars: number;
  readonly maxFieldChars: number;
  readonly maxFieldsPerSection: number;
  readonly maxButtonLabelChars: number;
  readonly maxUrlChars: number;
  readonly maxFallbackChars: number;
}

export const SLACK_LIMITS: SlackLimits = Object.freeze({
  maxBlocks: 50,
  maxSectionChars: 3000,
  maxHeaderChars: 150,
  maxFieldChars: 2000,
  maxFieldsPerSection: 10,
  maxButtonLabelChars: 75,
  maxUrlChars: 3000,
  // Slack accepts 40,000, but the fallback feeds notifications, where only a short text is useful.
  maxFallbackChars: 3000,
});

/** "spacious": one section per quote; "packed": quotes share sections, to save blocks. */
export type Layout = "spacious" | "packed";

export function section(text: string): SlackBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

export function context(text: string): SlackBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

export function header(title: string, limits: SlackLimits): SlackBlock {
  return {
    type: "header",
    text: { type: "plain_text", text: truncateText(title, limits.maxHeaderChars), emoji: false },
  };
}

/** Converts one neutral reply block into Slack blocks. */
export function renderBlock(block: ReplyBlock, layout: Layout, limits: SlackLimits): SlackBlock[] {
  const max = limits.maxSectionChars;
  switch (block.kind) {
    case "paragraph":
      return block.text.trim() === "" ? [] : [section(fitMrkdwn(block.text, max))];
    case "context":
      return block.text.trim() === "" ? [] : [context(fitMrkdwn(block.text, max))];
    case "list":
      return packed(titled(block.title, block.items.map(bullet(max))), "\n", max).map(section);
    case "quotes":
      return renderQuotes(block.title, block.quotes, layout, max);
    case "fields":
      return renderFields(block.fields, limits);
    case "link":
      return [renderLink(block.label, block.url, limits)];
  }
}

function renderQuotes(
  title: string | undefined,
  quotes: readonly ReplyQuote[],
  layout: Layout,
  max: number,
): SlackBlock[] {
  const units = quotes.map((quote) => formatQuote(quote, max));
  if (layout === "packed") return packed(titled(title, units), "\n\n", max).map(section);
  const heading = title === undefined ? [] : [section(`*${fitMrkdwn(title, max - 2)}*`)];
  return [...heading, ...units.map(section)];
}

/** A quotation as mrkdwn: the verbatim words as a block quote, then who said them. */
export function formatQuote(quote: ReplyQuote, max: number): string {
  const attribution = `— ${formatSpeaker(quote)}`;
  const contextLine =
    quote.context === undefined ? "" : `\n_In context:_ ${fitMrkdwn(quote.context, max / 3)}`;
  const text = quote.text.trim();
  // Each line of the quotation gets a ">" prefix, so newlines count twice.
  const lineBreaks = text.split("\n").length - 1;
  const room = max - attribution.length - contextLine.length - lineBreaks - 4;
  const words = fitMrkdwn(text, room);
  const body = quote.indirect === true ? words : `“${words}”`;
  const quoted = body
    .split("\n")
    .map((line) => `>${line}`)
    .join("\n");
  return `${quoted}\n${attribution}${contextLine}`;
}

function formatSpeaker(quote: ReplyQuote): string {
  if (quote.speaker === null) return "_speaker not named in the article_";
  const name = `*${fitMrkdwn(quote.speaker, 200)}*`;
  return quote.role === undefined ? name : `${name}, ${fitMrkdwn(quote.role, 300)}`;
}

function bullet(max: number): (item: string) => string {
  return (item) => `• ${fitMrkdwn(item, max - 2)}`;
}

function titled(title: string | undefined, units: readonly string[]): string[] {
  return title === undefined ? [...units] : [`*${escapeMrkdwn(title)}*`, ...units];
}

/** Greedily joins units into texts of at most `max` characters; each unit already fits alone. */
export function packed(units: readonly string[], separator: string, max: number): string[] {
  const texts: string[] = [];
  let current = "";
  for (const unit of units) {
    if (current === "") current = unit;
    else if (current.length + separator.length + unit.length <= max) current += separator + unit;
    else {
      texts.push(current);
      current = unit;
    }
  }
  if (current !== "") texts.push(current);
  return texts;
}

function renderFields(fields: readonly ReplyField[], limits: SlackLimits): SlackBlock[] {
  const texts = fields.map((field) => {
    const name = `*${fitMrkdwn(field.name, 100)}*\n`;
    return `${name}${fitMrkdwn(field.value, limits.maxFieldChars - name.length)}`;
  });
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < texts.length; i += limits.maxFieldsPerSection) {
    const chunk = texts.slice(i, i + limits.maxFieldsPerSection);
    blocks.push({ type: "section", fields: chunk.map((text) => ({ type: "mrkdwn", text })) });
  }
  return blocks;
}

function renderLink(label: string, url: string, limits: SlackLimits): SlackBlock {
  if (!isWebUrl(url) || url.length > limits.maxUrlChars) {
    return context(fitMrkdwn(`${label}: ${url}`, limits.maxSectionChars));
  }
  const text = truncateText(label.trim() === "" ? "Open" : label, limits.maxButtonLabelChars);
  return {
    type: "actions",
    elements: [
      {
        type: "button",
        action_id: OPEN_LINK_ACTION,
        text: { type: "plain_text", text, emoji: false },
        url,
      },
    ],
  };
}

/** The action id of link buttons; Slack still sends their clicks to the app, which acks them. */
export const OPEN_LINK_ACTION = "newsbrief_open_link";

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}
