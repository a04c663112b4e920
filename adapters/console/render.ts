import type { Reply, ReplyBlock, ReplyQuote } from "../../src/index.ts";

/** How wide the console wraps text, in columns. */
export const DEFAULT_WIDTH = 100;

/** Renders a neutral reply as plain text for a terminal: title, wrapped paragraphs, bullets, quotes with speakers. */
export function renderPlain(reply: Reply, width = DEFAULT_WIDTH): string {
  const lines: string[] = [];
  if (reply.title !== undefined) {
    lines.push(`== ${clean(reply.title)} ==`);
    if (reply.url !== undefined) lines.push(clean(reply.url));
  }
  for (const block of reply.blocks) {
    if (lines.length > 0) lines.push("");
    lines.push(...renderBlock(block, width));
  }
  if (reply.blocks.length === 0 && reply.fallbackText !== "")
    lines.push(...wrap(clean(reply.fallbackText), width, ""));
  if (reply.requestedBy !== undefined) lines.push("", `(requested by ${clean(reply.requestedBy)})`);
  return `${lines.join("\n")}\n`;
}

function renderBlock(block: ReplyBlock, width: number): string[] {
  switch (block.kind) {
    case "paragraph":
      return wrap(clean(block.text), width, "");
    case "context":
      return wrap(clean(block.text), width, "  ");
    case "link":
      return wrap(`${clean(block.label)} <${clean(block.url)}>`, width, "");
    case "list":
      return [
        ...(block.title === undefined ? [] : [clean(block.title)]),
        ...block.items.flatMap((item) => wrap(clean(item), width, "  • ", "    ")),
      ];
    case "quotes":
      return [
        ...(block.title === undefined ? [] : [clean(block.title)]),
        ...block.quotes.flatMap((quote) => wrap(quoteLine(quote), width, "  ", "    ")),
      ];
    case "fields":
      return block.fields.flatMap((field) =>
        wrap(`${clean(field.name)}: ${clean(field.value)}`, width, ""),
      );
  }
}

function quoteLine(quote: ReplyQuote): string {
  const who = quote.speaker === null ? "unattributed" : clean(quote.speaker);
  const role = quote.role === undefined ? "" : `, ${clean(quote.role)}`;
  // Reported speech is not a quotation: no quote marks around it.
  const text = quote.indirect === true ? clean(quote.text) : `“${clean(quote.text)}”`;
  const context = quote.context === undefined ? "" : ` (in: ${clean(quote.context)})`;
  return `${text} — ${who}${role}${context}`;
}

/** Removes terminal control characters from article and user text, so nothing can drive the terminal. */
export function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/** Wraps text at word boundaries; the first line starts with `first`, the others with `rest`. */
export function wrap(text: string, width: number, first: string, rest = first): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = out.length === 0 ? first : rest;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (!empty && line.length + 1 + word.length > width) {
        out.push(line);
        line = rest + word;
      } else {
        line += empty ? word : ` ${word}`;
      }
      empty = false;
    }
    out.push(line);
  }
  return out;
}
