import { DOCUMENT_NOUNS } from "../people/lexicon.ts";

/** Nouns of writing and broadcast words that say what they hold, besides documents: "the ad states". */
const WRITING_NOUNS: ReadonlySet<string> = new Set([
  ...DOCUMENT_NOUNS,
  ..."ad ads advert advertisement commercial spot voice-over voiceover narrator sign banner message caption headline".split(
    " ",
  ),
]);

/**
 * Whether a noun-like speech verb ("states", "claims", "notes") right after `lower` is a verb:
 * after a writing's noun it is ("a voice-over in the ad states", "the report claims"); a noun
 * compound of the two ("the report claims were false") is rare beside it.
 */
export function isWritingNoun(lower: string): boolean {
  return WRITING_NOUNS.has(lower);
}
