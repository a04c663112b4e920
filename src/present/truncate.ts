/** What a shortened text ends with. */
export const ELLIPSIS = "…";
// A cut backs up to the last space within this many characters (and within a quarter of the
// room): further back, a cut mid-word loses less than a cut at a word would.
const MAX_WORD_BACKTRACK = 40;
const WORD_BACKTRACK_SHARE = 0.25;

/**
 * Shortens text to at most `maxChars` UTF-16 units, at a word boundary when one is near, ending
 * with an ellipsis. Never splits a surrogate pair, and never leaves an odd backslash at the cut, so
 * it is safe on markdown-escaped text too.
 */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, maxChars));
  return `${cutAt(text, maxChars - ELLIPSIS.length)}${ELLIPSIS}`;
}

/**
 * Escapes text with a platform's `escapeFor` and fits the result into `maxChars`: the original text is
 * cut (at a word boundary when one is near) before escaping, so an entity or an escape pair is never
 * cut in half. `escapeFor` must never make a longer text shorter.
 */
export function fitEscaped(
  text: string,
  maxChars: number,
  escapeFor: (text: string) => string,
): string {
  const escaped = escapeFor(text);
  if (escaped.length <= maxChars) return escaped;
  if (maxChars <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, maxChars));
  const budget = maxChars - ELLIPSIS.length;
  // The longest prefix whose escaped form fits; escaping never shortens, so it is at most `budget`.
  let low = 0;
  let high = Math.min(text.length, budget);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (escapeFor(text.slice(0, mid)).length <= budget) low = mid;
    else high = mid - 1;
  }
  return `${escapeFor(cutAt(text, low))}${ELLIPSIS}`;
}

/** The longest prefix of `text` within `length` units, ending at a word boundary when one is near. */
function cutAt(text: string, length: number): string {
  if (length <= 0) return "";
  let end = length;
  if (!/\s/.test(text[end] ?? " ")) {
    const reach = Math.min(MAX_WORD_BACKTRACK, Math.floor(length * WORD_BACKTRACK_SHARE));
    const space = lastSpaceBetween(text, end - reach, end);
    if (space > 0) end = space;
  }
  let cut = text.slice(0, end).trimEnd();
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  let backslashes = 0;
  while (cut[cut.length - 1 - backslashes] === "\\") backslashes++;
  // An odd run of backslashes at the end would escape the ellipsis instead of what followed it.
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  // A cut that ends on a comma or a dash reads as if the sentence went on there.
  // Only from the start of the trailing run: tried from every position of a long run, it is quadratic.
  return cut.replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, "");
}

function lastSpaceBetween(text: string, from: number, to: number): number {
  for (let i = to; i > Math.max(0, from); i--) {
    if (/\s/.test(text[i - 1] ?? "")) return i - 1;
  }
  return -1;
}
