import { DOCUMENT_NOUNS } from "../people/lexicon.ts";
import type { Lexeme } from "../text/lexer.ts";

/** Nouns of writing and broadcast words that say what they hold, besides documents: "the ad states". */
const WRITING_NOUNS: ReadonlySet<string> = new Set([
  ...DOCUMENT_NOUNS,
  ..."ad ads advert advertisement commercial spot voice-over voiceover narrator sign banner message caption headline".split(
    " ",
  ),
]);

/**
 * Whether the noun-like speech verb at lexeme `k` ("states", "claims", "read") is a verb because a
 * writing's noun comes right before it: "a voice-over in the ad states", "a BBC statement read".
 * Not after "a" + the noun: "in a blog post that" is a compound noun.
 */
export function afterWritingNoun(lexemes: readonly Lexeme[], k: number): boolean {
  const noun = lexemes[k - 1]?.lower ?? "";
  const article = lexemes[k - 2]?.lower;
  return WRITING_NOUNS.has(noun) && article !== "a" && article !== "an";
}
