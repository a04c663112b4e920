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

/** Words between the verb and a writing's noun before a colon: "released the following statement:". */
const MAX_BEFORE_NOUN = 3;

/**
 * "President Hal Mercer released the following statement: “...”" / "The club issued a statement:":
 * a colon right after a writing's noun whose verb has a subject introduces that subject's words.
 * Returns the verb's lexeme, for the caller to read its subject; undefined otherwise.
 */
export function writingBeforeColon(
  lexemes: readonly Lexeme[],
  colon: number,
  floor: number,
): number | undefined {
  const noun = lexemes[colon - 1];
  if (noun === undefined || noun.cap || !WRITING_NOUNS.has(noun.lower)) return undefined;
  let k = colon - 2;
  let determiner = false;
  for (let n = 0; n < MAX_BEFORE_NOUN && k > floor; n++, k--) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.cap) return undefined;
    if (DETERMINERS.has(lex.lower)) {
      determiner = true;
      k--;
      break;
    }
  }
  const verb = lexemes[k];
  return determiner && verb?.word === true && !verb.cap && k > floor ? k : undefined;
}

const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this"]);
