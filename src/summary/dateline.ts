// A dateline opening a story ("(CNN)", "WASHINGTON (Reuters) --", "New Delhi, India (CNN)") says
// where the story was filed, not what happened: the summary starts after it.

/** A dateline: an optional place (in capitals, or "City, Region") and a source in parentheses. */
const DATELINE =
  /^(?:(?:\p{Lu}[\p{Lu}.'’ -]{1,30}|\p{Lu}[\p{L}.'’ -]{0,30},\s*\p{Lu}[\p{L}.'’ -]{0,30})\s*)?\(\p{Lu}[\p{L}&.'’ ]{1,30}\)\s*(?:--|—|–|-|:)?\s*(?=["“‘'\p{Lu}\p{N}])/u;

/** How many characters of a sentence a leading dateline takes (0 when it has none). */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}
