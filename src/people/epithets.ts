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
  const next = lexemes[k + 1];
  if (next === undefined || !next.word) return next?.text !== "-";
  if (next.cap) return false;
  return AFTER_EPITHET.has(next.lower) || speechLemma(next.lower) !== undefined;
}
