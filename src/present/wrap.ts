/**
 * Wraps text at word boundaries into lines of at most `width` columns (a longer word gets a line of
 * its own); the first line starts with `first`, the others with `rest`. Newlines in the text start
 * new lines.
 */
export function wrapLines(text: string, width: number, first = "", rest = first): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = out.length === 0 ? first : rest;
    let empty = true;
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
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

/** `wrapLines` joined with newlines. */
export function wrapText(text: string, width: number, first = "", rest = first): string {
  return wrapLines(text, width, first, rest).join("\n");
}
