import type { types } from "@slack/bolt";
import {
  markQuote,
  type ReplyBlock,
  type ReplyField,
  type ReplyQuote,
  speakerLabel,
  truncateText,
} from "../../src/index.ts";
import { escapeMrkdwn, fitMrkdwn } from "./mrkdwn.ts";

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

/** A rendered piece: mrkdwn text that may share a section with its neighbours, or a whole block. */
export type Piece = { readonly text: string } | { readonly block: SlackBlock };

/**
 * Converts one neutral reply block into pieces. In the packed layout a link that is not the
 * reply's last block becomes a visible URL line instead of a button, so that it can share a section.
 */
export function renderBlock(
  block: ReplyBlock,
  layout: Layout,
  isLast: boolean,
  limits: SlackLimits,
): Piece[] {
  const max = limits.maxSectionChars;
  switch (block.kind) {
    case "paragraph":
      return block.text.trim() === "" ? [] : [{ text: fitMrkdwn(block.text, max) }];
    case "context":
      return block.text.trim() === "" ? [] : [{ block: context(fitMrkdwn(block.text, max)) }];
    case "list":
      return texts(packed(titled(block.title, block.items.map(bullet(max))), "\n", max));
    case "quotes":
      return texts(
        titled(
          block.title,
          block.quotes.map((quote) => formatQuote(quote, max)),
        ),
      );
    case "fields":
      return renderFields(block.fields, limits).map((fields) => ({ block: fields }));
    case "link":
      if (layout === "packed" && !isLast) return texts([linkLine(block.label, block.url, max)]);
      return [{ block: renderLink(block.label, block.url, limits) }];
  }
}

function texts(units: readonly string[]): Piece[] {
  return units.map((text) => ({ text }));
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
  const body = markQuote(fitMrkdwn(text, room), quote.indirect === true);
  const quoted = body
    .split("\n")
    .map((line) => `>${line}`)
    .join("\n");
  return `${quoted}\n${attribution}${contextLine}`;
}

function formatSpeaker(quote: ReplyQuote): string {
  if (quote.speaker === null) return `_${speakerLabel(null)}_`;
  const name = `*${fitMrkdwn(quote.speaker, 200)}*`;
  // The shared label's wording, with the name in bold.
  return speakerLabel(name, quote.role === undefined ? undefined : fitMrkdwn(quote.role, 300));
}

function bullet(max: number): (item: string) => string {
  return (item) => `• ${fitMrkdwn(item, max - 2)}`;
}

function titled(title: string | undefined, units: readonly string[]): string[] {
  if (title === undefined || title.trim() === "") return [...units];
  return [`*${fitMrkdwn(title, 200)}*`, ...units];
}

/** A link as text: the label, then the URL itself, which Slack links; a label can never disguise it. */
function linkLine(label: string, url: string, max: number): string {
  const shown = isWebUrl(url) ? escapeMrkdwn(new URL(url).href.replace(/\|/g, "%7C")) : "";
  if (shown === "" || shown.length > max / 2) return fitMrkdwn(`${label}: ${url}`, max);
  return `*${fitMrkdwn(label, 300)}*\n${shown}`;
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
