import type { Lexeme } from "../text/lexer.ts";
import { FUNCTION_WORDS } from "./lexicon.ts";
import type { WordUse } from "./name-runs.ts";

/** A word written all in capitals, two letters or more: "GOP", "HIGHER", "TELLING". */
function isAllCaps(lex: Lexeme): boolean {
  return lex.word && lex.text.length >= 2 && /\p{Lu}/u.test(lex.text) && !/\p{Ll}/u.test(lex.text);
}

/**
 * A capitalised word that is ordinary English shouted: "HIGHER THAN EXPECTED TURNOUT" in a
 * newsletter's section heading, "UNDERSTANDING" in a shouting headline. It is a function word of
 * three letters or more, or a word of five letters or more that the article also writes in lower
 * case. Acronyms ("GOP", "NATO", "FBI") are never written in lower case, so they stay names, and
 * the short ones that are also words ("AIDS", "CARE") are left alone.
 */
function isShoutedWord(lex: Lexeme, use: WordUse): boolean {
  if (lex.text.length >= 5 && use.lower.has(lex.lower)) return true;
  return lex.text.length >= 3 && FUNCTION_WORDS.has(lex.lower);
}

/**
 * The index after a stretch of all-capital words starting at `from` when most of them are
 * ordinary words shouted, or two of them are, so that no word of the stretch is read as a name
 * ("UNDERSTANDING", "UNDERSTANDING THE ASSISTED SUICIDE MOVEMENT"); `from` itself when it is no
 * such stretch. "USA TODAY" is a name with one ordinary word in two, and stays one.
 */
export function skipShouting(lexemes: readonly Lexeme[], from: number, use: WordUse): number {
  const first = lexemes[from] as Lexeme;
  if (!isAllCaps(first)) return from;
  let shouted = 0;
  let to = from;
  for (; to < lexemes.length; to++) {
    const lex = lexemes[to] as Lexeme;
    if (lex.sentence !== first.sentence || !isAllCaps(lex)) break;
    if (isShoutedWord(lex, use)) shouted++;
  }
  return shouted >= 2 || 2 * shouted > to - from ? to : from;
}
