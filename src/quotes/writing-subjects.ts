import type { People } from "../people/descriptions.ts";
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

/** Writings a named owner's words are quoted from: the writings above, posts and speeches. */
const OWNED_WRITINGS: ReadonlySet<string> = new Set([
  ...WRITING_NOUNS,
  ..."post posting tweet column op-ed speech".split(" "),
]);

/** Words that may open "From X's post:" before the owner of the writing. */
const OWNED_WRITING_OPENERS: ReadonlySet<string> = new Set(["from", "in", "per"]);

/**
 * "From Bush's Facebook post: “...”", "In Ms Rowe's statement:": a colon right after a writing's
 * noun owned by a name that opens the clause (alone or after "from", "in", "per") introduces the
 * owner's words. The owner's reference index, or -1.
 */
export function ownedWritingBeforeColon(people: People, colon: number, floor: number): number {
  const { lexemes, refs, refAt } = people;
  const noun = lexemes[colon - 1];
  if (noun === undefined || noun.cap || !OWNED_WRITINGS.has(noun.lower)) return -1;
  for (let k = colon - 2; k >= floor && colon - k <= MAX_BEFORE_NOUN + 1; k--) {
    const r = refAt[k] ?? -1;
    const ref = refs[r];
    if (ref === undefined) {
      if (!(lexemes[k] as Lexeme).word) return -1;
      continue;
    }
    if (!ref.possessive) {
      k = ref.first;
      continue;
    }
    const opener = lexemes[ref.first - 1];
    const opens =
      ref.first === floor ||
      (ref.first - 1 === floor && OWNED_WRITING_OPENERS.has(opener?.lower ?? ""));
    return opens && ref.entity >= 0 && ref.form !== "pronoun" ? r : -1;
  }
  return -1;
}
