// Do the key points add facts? A key point repeats a summary sentence when most of its content words
// (stemmed, stopwords aside) are already in that sentence.
import type { Briefing } from "../summary/briefing.ts";
import { sentenceTerms } from "../summary/terms.ts";

/** A key point sharing more than this share of its content words with a summary sentence repeats it. */
export const REPEAT_OVERLAP = 0.6;

function contentWords(text: string): Set<string> {
  return new Set(sentenceTerms(text, { start: 0, end: text.length }).terms);
}

/** The share of the point's distinct content words that the sentence also has (0 when it has none). */
export function unigramOverlap(point: string, sentence: string): number {
  const words = contentWords(point);
  if (words.size === 0) return 0;
  const other = contentWords(sentence);
  let shared = 0;
  for (const word of words) if (other.has(word)) shared++;
  return shared / words.size;
}

/** How many key points a briefing has, and how many of them repeat one of its summary sentences. */
export interface KeyPointRepeats {
  readonly keyPoints: number;
  readonly repeats: number;
}

/** Counts the briefing's key points that repeat a summary sentence (overlap above REPEAT_OVERLAP). */
export function keyPointRepeats(briefing: Briefing): KeyPointRepeats {
  let repeats = 0;
  for (const point of briefing.keyPoints) {
    const repeated = briefing.summary.some(
      (sentence) => unigramOverlap(point.text, sentence.text) > REPEAT_OVERLAP,
    );
    if (repeated) repeats++;
  }
  return { keyPoints: briefing.keyPoints.length, repeats };
}
