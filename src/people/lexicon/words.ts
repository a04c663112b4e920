// The one way the lexicon's word lists are written: a template string of words.

/** A set of the words of a whitespace-separated list. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ""));
}
