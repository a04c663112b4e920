import {
  markQuote,
  type Reply,
  type ReplyBlock,
  type ReplyQuote,
  speakerLabel,
  stripTerminalControls,
  wrapLines,
} from "../../src/index.ts";

/** How wide the console wraps text, in columns. */
export const DEFAULT_WIDTH = 100;

/** Renders a neutral reply as plain text for a terminal: title, wrapped paragraphs, bullets, quotes with speakers. */
export function renderPlain(reply: Reply, width = DEFAULT_WIDTH): string {
  const lines: string[] = [];
  if (reply.title !== undefined) {
    lines.push(`== ${reply.title} ==`);
    if (reply.url !== undefined) lines.push(reply.url);
  }
  for (const block of reply.blocks) {
    if (lines.length > 0) lines.push("");
    lines.push(...renderBlock(block, width));
  }
  if (reply.blocks.length === 0 && reply.fallbackText !== "")
    lines.push(...wrapLines(reply.fallbackText, width));
  if (reply.requestedBy !== undefined) lines.push("", `(requested by ${reply.requestedBy})`);
  // Every string in a reply may come from an article, a feed or a user: none may drive the terminal.
  return `${stripTerminalControls(lines.join("\n"))}\n`;
}

function renderBlock(block: ReplyBlock, width: number): string[] {
  switch (block.kind) {
    case "paragraph":
      return wrapLines(block.text, width);
    case "context":
      return wrapLines(block.text, width, "  ");
    case "link":
      return wrapLines(`${block.label} <${block.url}>`, width);
    case "list":
      return [
        ...(block.title === undefined ? [] : [block.title]),
        ...block.items.flatMap((item) => wrapLines(item, width, "  • ", "    ")),
      ];
    case "quotes":
      return [
        ...(block.title === undefined ? [] : [block.title]),
        ...block.quotes.flatMap((quote) => wrapLines(quoteLine(quote), width, "  ", "    ")),
      ];
    case "fields":
      return block.fields.flatMap((field) => wrapLines(`${field.name}: ${field.value}`, width));
  }
}

function quoteLine(quote: ReplyQuote): string {
  const text = markQuote(quote.text, quote.indirect === true);
  const context = quote.context === undefined ? "" : ` (in: ${quote.context})`;
  return `${text} — ${speakerLabel(quote.speaker, quote.role)}${context}`;
}
