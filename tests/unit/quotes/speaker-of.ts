import { analyzeArticle } from "../../../src/analyze.ts";

/** Which quotations `speakerOf` looks at, and what it makes of words that are not listed. */
export interface SpeakerOfOptions {
  /** false: skip reported speech (quotations without quotation marks). */
  readonly reported?: boolean;
  /** "nobody": words listed as no quotation at all are nobody's (null) rather than an error. */
  readonly unlisted?: "error" | "nobody";
}

/**
 * The speaker newsbrief gives the first quotation of `text` that starts with `words`, null when it
 * names nobody. Unless told otherwise it throws when no quotation starts with them, so that a test
 * of who speaks cannot pass because the quotation itself was lost.
 */
export function speakerOf(
  text: string,
  words: string,
  options: SpeakerOfOptions = {},
): string | null {
  const quote = analyzeArticle({ text }).quotes.find(
    (q) => (options.reported !== false || q.type !== "indirect") && q.text.startsWith(words),
  );
  if (quote !== undefined) return quote.speaker;
  if (options.unlisted === "nobody") return null;
  throw new Error(`no quotation starts with "${words}"`);
}
