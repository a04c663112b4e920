/** Finds the first match of a pattern at or after a position of the text. */
export type Scanner = (from: number) => RegExpExecArray | null;

/**
 * Scans a text with a pattern for callers that look at one slice at a time (a paragraph): a match
 * found past the slice is kept and handed to the next slice, so the text is scanned once, however
 * many slices it has. A fresh search per slice would run to the end of the text each time when the
 * slice has no match: quadratic on thousands of one-word paragraphs.
 */
export function createScanner(pattern: RegExp, text: string): Scanner {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  const regex = new RegExp(pattern.source, flags);
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found: RegExpExecArray | null = null;
  return (from) => {
    // The kept answer holds for any position between where it was searched from and the match.
    if (searchedFrom <= from && (found === null || found.index >= from)) return found;
    regex.lastIndex = from;
    found = regex.exec(text);
    searchedFrom = from;
    return found;
  };
}
