// Dutch surnames whose particle elides the article: "Sophie in 't Veld", "Gerard van 't Hek". The
// apostrophe splits the run of capitals, leaving a given name and a surname as two people.
import type { Lexeme } from "../text/lexer.ts";
import { words } from "./lexicon/words.ts";

/** Particles written before an elided "'t" inside a surname. */
const ELIDED_HEADS = words("in van op uit aan");
/** Between the particle and the surname: only "'t" (straight or curly apostrophe). */
const ELIDED_ARTICLE = /^\s+['’]t\s+$/;

/**
 * When the lexeme at `at` opens an elided particle ("in 't") before a capitalised surname in the
 * same sentence, the index of that surname; otherwise -1.
 */
export function afterElidedParticle(text: string, lexemes: readonly Lexeme[], at: number): number {
  const head = lexemes[at];
  if (head === undefined || head.cap || !ELIDED_HEADS.has(head.lower)) return -1;
  for (let k = at + 1; k <= at + 3 && k < lexemes.length; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || !lex.cap) continue;
    const between = text.slice(head.end, lex.start);
    return lex.sentence === head.sentence && ELIDED_ARTICLE.test(between) ? k : -1;
  }
  return -1;
}
