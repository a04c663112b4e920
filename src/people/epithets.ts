import type { Lexeme } from "../text/lexer.ts";
import { speechLemma } from "../text/speech-verbs.ts";
import { AFTER_EPITHET } from "./lexicon.ts";
import { NATIONALITIES } from "./places.ts";

/**
 * "the 24-year-old said", "the Scot added", "the Republican, who...": after "the", an age or a
 * nationality (or party) that stands alone for the person in focus. Lexeme `k` is the word after
 * "the".
 */
export function isEpithet(lexemes: readonly Lexeme[], k: number): boolean {
  const lex = lexemes[k];
  if (lex === undefined || !lex.word) return false;
  const age = /^\d+-year-old$/.test(lex.lower);
  const nation = lex.cap && NATIONALITIES.has(lex.lower);
  if (!age && !nation) return false;
  return standsAlone(lexemes, k) && !(nation && isPlural(lex.lower));
}

/**
 * "the Conservatives said", "the Saudis state": after "the", a plural party or people standing
 * alone, spoken of as a group. Its word, singular ("conservative"), or undefined.
 */
export function groupEpithet(lexemes: readonly Lexeme[], k: number): string | undefined {
  const lex = lexemes[k];
  if (lex === undefined || !lex.word || !lex.cap || !NATIONALITIES.has(lex.lower)) return undefined;
  if (!isPlural(lex.lower) || !standsAlone(lexemes, k)) return undefined;
  return lex.lower.endsWith("men") ? `${lex.lower.slice(0, -3)}man` : lex.lower.slice(0, -1);
}

/** The epithet at `k` is no modifier: punctuation, or a verb of saying or a word like "who" follows. */
function standsAlone(lexemes: readonly Lexeme[], k: number): boolean {
  const next = lexemes[k + 1];
  if (next === undefined || !next.word) return next?.text !== "-";
  if (next.cap) return false;
  return AFTER_EPITHET.has(next.lower) || speechLemma(next.lower) !== undefined;
}

/** "conservatives", "britons", "englishmen" but not "swiss" or "chinese". */
function isPlural(word: string): boolean {
  return (word.endsWith("s") && !word.endsWith("ss")) || word.endsWith("men");
}
