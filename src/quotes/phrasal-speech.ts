import type { Lexeme } from "../text/lexer.ts";

/** Verbs that say a quotation with their particle: "shot back" retorts, "went on" continues. */
const PHRASAL_SPEECH: ReadonlyMap<string, string> = new Map([
  ["shot back", "retort"],
  ["fired back", "retort"],
  ["hit back", "retort"],
  ["snapped back", "retort"],
  ["went on", "continue"],
  ["goes on", "continue"],
]);

/**
 * "...," Bennett shot back with a laugh / "...," Trump went on.: the verb and its particle are a
 * verb of saying; "went on television" is not (only punctuation or "with" may follow "on").
 */
export function phrasalSpeechVerb(lexemes: readonly Lexeme[], k: number): string | undefined {
  const particle = lexemes[k + 1];
  if (particle?.lower === "it") return putIt(lexemes, k);
  // Most words are followed by neither particle: no key is built for them.
  if (particle === undefined || (particle.lower !== "back" && particle.lower !== "on")) {
    return undefined;
  }
  const lemma = PHRASAL_SPEECH.get(`${(lexemes[k] as Lexeme).lower} ${particle.lower}`);
  if (lemma !== "continue") return lemma;
  const next = lexemes[k + 2];
  return next === undefined || !next.word || next.lower === "with" ? lemma : undefined;
}

/**
 * "As Vulture put it, "..."" / "..., as one aide put it.": "put it" with nothing after it but
 * punctuation says the quotation ("put it to the minister", "put it bluntly" are left alone).
 */
function putIt(lexemes: readonly Lexeme[], k: number): string | undefined {
  const verb = (lexemes[k] as Lexeme).lower;
  if (verb !== "put" && verb !== "puts") return undefined;
  const next = lexemes[k + 2];
  return next === undefined || !next.word ? "say" : undefined;
}
