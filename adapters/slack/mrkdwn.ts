// Slack parses `<...>` as links and mentions (`<!channel>`, `<@U123>`, `<https://x|label>`) and
// `&` starts an entity, so these three are the only characters mrkdwn needs escaped.
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const NEEDS_ESCAPE = /[&<>]/g;

/** Escapes text from an article or a user for Slack mrkdwn, so it can never mention or link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(NEEDS_ESCAPE, (char) => ESCAPES[char] ?? char);
}

const ELLIPSIS = "…";
// Backing up further than this to reach a space would throw away too much of the text.
const MAX_WORD_BACKTRACK = 40;

/** Cuts plain text to at most `maxChars`, at a word boundary, ending with an ellipsis. */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return cutAt(text, maxChars - ELLIPSIS.length) + ELLIPSIS;
}

/**
 * Escapes text for mrkdwn and fits the escaped result into `maxChars`, cutting the original
 * text (never an `&amp;` entity) at a word boundary and ending with an ellipsis.
 */
export function fitMrkdwn(text: string, maxChars: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= maxChars) return escaped;
  const budget = maxChars - ELLIPSIS.length;
  let used = 0;
  let fits = 0;
  for (; fits < text.length; fits++) {
    const char = text[fits] as string;
    const width = ESCAPES[char]?.length ?? 1;
    if (used + width > budget) break;
    used += width;
  }
  return escapeMrkdwn(cutAt(text, fits)) + ELLIPSIS;
}

/** The longest prefix of `text` within `length` characters, ending at a word boundary when one is near. */
function cutAt(text: string, length: number): string {
  if (length <= 0) return "";
  let end = length;
  if (!/\s/.test(text[end] ?? " ")) {
    const from = Math.max(0, end - MAX_WORD_BACKTRACK);
    const space = lastSpaceBetween(text, from, end);
    if (space > 0) end = space;
  }
  let cut = text.slice(0, end).trimEnd();
  // Never leave half of a surrogate pair (an emoji) dangling at the cut.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.replace(/[\s,;:–—-]+$/u, "");
}

function lastSpaceBetween(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) {
    if (/\s/.test(text[i - 1] as string)) return i - 1;
  }
  return -1;
}
