/** Finds the first match of a pattern at or after a position of the text. */
export type Scanner = (from: number) => RegExpExecArray | null;

/**
 * Scans a text with a pattern for callers that look at one slice at a time (a paragraph): a match
 * found past the slice is kept and handed to the next slice, so the text is scanned once, however
 * many slices it has. A fresh search per slice would run to the end of the text each time when the
 * slice has no match: quadratic on thousands of one-word paragraphs.
 */
export function createScanner(pattern: RegExp, text: string): Scanner {
  const regex = globalOf(pattern);
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

// The global copy of each pattern, compiled once rather than per article. Sharing it is safe: every
// search sets lastIndex right before its exec, and no state is read from it between searches.
const globals = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let regex = globals.get(pattern);
  if (regex === undefined) {
    const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
    regex = new RegExp(pattern.source, flags);
    globals.set(pattern, regex);
  }
  return regex;
}
