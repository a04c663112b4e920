const ELLIPSIS = "…";
// Look this far back for a space; past it, a cut mid-word beats losing most of the text.
const WORD_SEARCH_RATIO = 0.25;

/**
 * Shortens text to at most `max` UTF-16 units (what Discord counts, or more), cutting at a word
 * boundary and ending with an ellipsis; never splits an escape sequence or a surrogate pair.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const limit = max - ELLIPSIS.length;
  let cut = lastSpaceBefore(text, limit);
  if (cut === -1) cut = safeHardCut(text, limit);
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

function lastSpaceBefore(text: string, limit: number): number {
  const floor = Math.floor(limit * (1 - WORD_SEARCH_RATIO));
  for (let i = limit; i > floor && i > 0; i--) {
    if (/\s/.test(text[i] ?? "")) return i;
  }
  return -1;
}

function safeHardCut(text: string, limit: number): number {
  let cut = limit;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  let backslashes = 0;
  while (cut - 1 - backslashes >= 0 && text[cut - 1 - backslashes] === "\\") backslashes++;
  // An odd run of backslashes at the end would escape the ellipsis instead of the character after it.
  if (backslashes % 2 === 1) cut--;
  return cut;
}
