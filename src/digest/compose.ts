import type { Reply, ReplyBlock, ReplyQuote } from "../bot/reply.ts";
import { markQuote, speakerLabel } from "../present/quotes.ts";
import { truncateText } from "../present/truncate.ts";

/** One briefed item of a digest. */
export interface DigestEntry {
  readonly title: string;
  readonly link?: string;
  /** One or two sentences, verbatim from the article or the feed. */
  readonly summary: string;
  /** The article's top quotation, verbatim, with its speaker. */
  readonly quote?: ReplyQuote;
}

/** A feed that could not be read, to say so once in the digest. */
export interface FeedProblem {
  readonly url: string;
  readonly reason: string;
}

export interface DigestContent {
  readonly heading: string;
  readonly entries: readonly DigestEntry[];
  readonly problems: readonly FeedProblem[];
  /** True when more new items wait for the next digest. */
  readonly more: boolean;
}

// Rendering adds markup (links, quote marks, bold titles): keep a margin below the platform limit.
const MARKUP_PER_BLOCK = 24;
const MAX_SUMMARY_CHARS = 420;
const MAX_QUOTE_CHARS = 280;

/** Composes a digest into as few replies as fit the platform's message limit, each within `maxChars`. */
export function composeDigest(content: DigestContent, maxChars: number): Reply[] {
  const budget = Math.max(200, Math.floor(maxChars * 0.9) - content.heading.length - 40);
  const groups: ReplyBlock[][] = content.entries.map((entry) => entryBlocks(entry, budget));
  const notes = noteBlocks(content, budget);
  if (notes.length > 0) groups.push(notes);
  const parts: ReplyBlock[][] = [];
  let current: ReplyBlock[] = [];
  let size = 0;
  for (const group of groups) {
    const groupSize = sizeOf(group);
    if (current.length > 0 && size + groupSize > budget) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(...group);
    size += groupSize;
  }
  if (current.length > 0) parts.push(current);
  return parts.map((blocks, i) => {
    const title =
      parts.length === 1 ? content.heading : `${content.heading} (${i + 1}/${parts.length})`;
    return { visibility: "channel", title, blocks, fallbackText: plainText(title, blocks) };
  });
}

function entryBlocks(entry: DigestEntry, budget: number): ReplyBlock[] {
  // A single entry never outgrows a message: its texts share what is left after the title and link.
  const titleRoom = Math.min(entry.title.length, Math.floor(budget / 4));
  const room = budget - titleRoom - (entry.link?.length ?? 0) - 3 * MARKUP_PER_BLOCK;
  const quoteRoom = entry.quote === undefined ? 0 : Math.min(MAX_QUOTE_CHARS, Math.floor(room / 3));
  const summaryRoom = Math.max(
    0,
    Math.min(MAX_SUMMARY_CHARS, room - quoteRoom - (entry.quote?.speaker?.length ?? 0)),
  );
  const title = clip(entry.title, titleRoom);
  const blocks: ReplyBlock[] = [
    entry.link === undefined
      ? { kind: "paragraph", text: title }
      : { kind: "link", label: title, url: entry.link },
  ];
  const summary = clip(entry.summary, summaryRoom);
  if (summary !== "") blocks.push({ kind: "paragraph", text: summary });
  if (entry.quote !== undefined && quoteRoom > 20) {
    blocks.push({
      kind: "quotes",
      quotes: [{ ...entry.quote, text: clip(entry.quote.text, quoteRoom) }],
    });
  }
  return blocks;
}

function noteBlocks(content: DigestContent, budget: number): ReplyBlock[] {
  const blocks: ReplyBlock[] = [];
  if (content.more)
    blocks.push({ kind: "context", text: "More new stories wait for the next digest." });
  for (const problem of content.problems) {
    const text = `Could not read the feed ${problem.url}: ${problem.reason} I will try again at the next digest.`;
    blocks.push({ kind: "context", text: clip(text, Math.floor(budget / 2)) });
  }
  return blocks;
}

/** Shortens text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
function clip(text: string, max: number): string {
  // Too little room for a word and the ellipsis: nothing reads better than a lone "…".
  return max < 2 ? "" : truncateText(text.trim(), max);
}

function sizeOf(blocks: readonly ReplyBlock[]): number {
  let size = 0;
  for (const block of blocks) size += MARKUP_PER_BLOCK + blockText(block).length;
  return size;
}

function blockText(block: ReplyBlock): string {
  switch (block.kind) {
    case "paragraph":
    case "context":
      return block.text;
    case "link":
      return `${block.label} ${block.url}`;
    case "list":
      return `${block.title ?? ""} ${block.items.join(" ")}`;
    case "quotes":
      return block.quotes.map((q) => `${q.text} ${q.speaker ?? ""} ${q.role ?? ""}`).join(" ");
    case "fields":
      return block.fields.map((f) => `${f.name} ${f.value}`).join(" ");
  }
}

function plainText(title: string, blocks: readonly ReplyBlock[]): string {
  const lines = [title];
  for (const block of blocks) {
    if (block.kind === "link") lines.push(`• ${block.label} <${block.url}>`);
    else if (block.kind === "quotes")
      for (const q of block.quotes)
        lines.push(
          `  ${markQuote(q.text, q.indirect === true)} — ${speakerLabel(q.speaker, q.role)}`,
        );
    else lines.push(`  ${blockText(block)}`);
  }
  return lines.join("\n");
}
