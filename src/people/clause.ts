import type { Lexeme } from "../text/lexer.ts";
import { CLAUSE_OPENERS, FUNCTION_WORDS, isRoleNoun, ROLE_MODIFIERS } from "./lexicon.ts";

/** How far back a noun phrase's start is looked for, in lexemes ("The Liberal Democrat parliamentary chairman"). */
const MAX_NOUN_PHRASE_BACK_LEXEMES = 6;

/** True when the word at `at` starts a clause: sentence start, after a comma, mark or conjunction. */
export function opensClause(lexemes: readonly Lexeme[], at: number): boolean {
  // Walk back to the start of the noun phrase: "The Liberal Democrat parliamentary chairman Matthew Taylor".
  let i = at;
  for (let k = at - 1; k >= 0 && at - k <= MAX_NOUN_PHRASE_BACK_LEXEMES; k--) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== (lexemes[at] as Lexeme).sentence || lex.possessive) break;
    if (lex.lower === "the" || lex.lower === "a" || lex.lower === "an") {
      i = k;
      break;
    }
    if (!(lex.cap || isRoleNoun(lex.lower) || ROLE_MODIFIERS.has(lex.lower))) break;
    if (FUNCTION_WORDS.has(lex.lower)) break;
    i = k;
  }
  const lex = lexemes[i] as Lexeme;
  if (lex.initial) return true;
  const prev = lexemes[i - 1];
  if (prev === undefined || prev.sentence !== lex.sentence) return true;
  if (!prev.word) return prev.text !== "(";
  if (CLAUSE_OPENERS.has(prev.lower)) return true;
  // "And the president didn't...": a conjunction opening the sentence opens the clause too.
  return (
    (prev.lower === "and" || prev.lower === "or") && (prev.initial || lexemes[i - 2]?.text === ",")
  );
}
