import type { Lexeme } from "../text/lexer.ts";
import {
  ARTICLES,
  CLAUSE_OPENERS,
  FUNCTION_WORDS,
  HONORIFICS,
  isRoleNoun,
  KINSHIP_NOUNS,
  ORG_NOUNS,
  ROLE_MODIFIERS,
  ROLE_PREFIX_WORDS,
  SUBORDINATING,
  TITLE_HEADS,
} from "./lexicon.ts";

/** How far back a noun phrase's start is looked for, in lexemes ("The Liberal Democrat parliamentary chairman"). */
const MAX_NOUN_PHRASE_BACK_LEXEMES = 6;

/** True when the word at `at` starts a clause: sentence start, after a comma, mark or conjunction. */
export function opensClause(lexemes: readonly Lexeme[], at: number): boolean {
  return clauseOpener(lexemes, at) !== undefined;
}

/**
 * True when the word at `at` is the subject of a subordinate clause: "... suggested that the
 * candidate was", "because Smith had"; false for a main clause's ("But Smith said", ", Smith said").
 */
function opensSubordinateClause(lexemes: readonly Lexeme[], at: number): boolean {
  return SUBORDINATING.has(clauseOpener(lexemes, at) ?? "");
}

/**
 * What opens the clause whose noun phrase holds `at`: the conjunction's lower case, "" for a
 * sentence start, comma or mark, undefined when the word does not start a clause.
 */
function clauseOpener(lexemes: readonly Lexeme[], at: number): string | undefined {
  // Walk back to the start of the noun phrase: "The Liberal Democrat parliamentary chairman Matthew Taylor".
  let i = at;
  for (let k = at - 1; k >= 0 && at - k <= MAX_NOUN_PHRASE_BACK_LEXEMES; k--) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== (lexemes[at] as Lexeme).sentence || lex.possessive) break;
    if (ARTICLES.has(lex.lower)) {
      i = k;
      break;
    }
    // "Clinton campaign Chairman John Podesta", "state Rep. Gilda Ward": a role's lower-case word
    // before an office's capitalised head; not "Radio 4's Today programme Mr Blair" (no office).
    const prefix = ROLE_PREFIX_WORDS.has(lex.lower) && officeHead(lexemes[k + 1]);
    // "Florida developer Mel Sembler": an organisation's noun that is also a person's trade
    // ("developer", "publisher", "broadcaster") heads the phrase of a name after it as a role does.
    const orgHead = k === at - 1 && ORG_NOUNS.has(lex.lower) && /(?:er|or)$/.test(lex.lower);
    if (!(lex.cap || prefix || orgHead || isRoleNoun(lex.lower) || ROLE_MODIFIERS.has(lex.lower)))
      break;
    // "US coach X": an acronym is a modifier even when it spells a function word.
    if (FUNCTION_WORDS.has(lex.lower) && !isAcronym(lex.text)) break;
    i = k;
  }
  const lex = lexemes[i] as Lexeme;
  if (lex.initial) return "";
  const prev = lexemes[i - 1];
  if (prev === undefined || prev.sentence !== lex.sentence) return "";
  if (!prev.word) return prev.text !== "(" ? "" : undefined;
  if (CLAUSE_OPENERS.has(prev.lower)) return prev.lower;
  // "And the president didn't...": a conjunction opening the sentence opens the clause too.
  return (prev.lower === "and" || prev.lower === "or") &&
    (prev.initial || lexemes[i - 2]?.text === ",")
    ? prev.lower
    : undefined;
}

/** A capitalised office that heads a title ("Chairman", "Rep"), not a courtesy title ("Mr"). */
function officeHead(lex: Lexeme | undefined): boolean {
  return lex?.cap === true && TITLE_HEADS.has(lex.lower) && !HONORIFICS.has(lex.lower);
}

/** "US", "EU": a word in capitals of two letters or more. */
function isAcronym(text: string): boolean {
  return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * `subject` and `embedded` of a reference starting at `at` that may be a subject, reading the
 * clause's opener once: "Smith said" is a subject, "that Smith had" an embedded one.
 */
export function clauseMarks(
  lexemes: readonly Lexeme[],
  at: number,
  canBeSubject: boolean,
): { subject: boolean; embedded?: true } {
  const opener =
    canBeSubject && !appositionToObject(lexemes, at) ? clauseOpener(lexemes, at) : undefined;
  if (opener === undefined) return { subject: false };
  return SUBORDINATING.has(opener) ? { subject: true, embedded: true } : { subject: true };
}

/** Words of a person's noun phrase before its noun: "his wife", "the party's longtime adviser". */
const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set([
  "his",
  "her",
  "their",
  "its",
  "the",
  "a",
  "an",
]);

/**
 * "the campaign of his wife, Hillary Clinton, as she ...": a name set off by commas after a
 * person's noun that is no clause's subject (an object, after "of") only repeats who that noun is,
 * and is no subject either.
 */
function appositionToObject(lexemes: readonly Lexeme[], at: number): boolean {
  const noun = lexemes[at - 2];
  if (lexemes[at - 1]?.text !== "," || noun === undefined || !noun.word || noun.cap) return false;
  if (!(KINSHIP_NOUNS.has(noun.lower) || isRoleNoun(noun.lower))) return false;
  // Back to the noun phrase's determiner or owner: "his wife", "the party's longtime adviser".
  let start = -1;
  for (let k = at - 3; k >= 0 && at - 2 - k <= 4; k--) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== noun.sentence) break;
    if (NOUN_PHRASE_WORDS.has(lex.lower) || lex.possessive) {
      start = k;
      break;
    }
    if (lex.cap || FUNCTION_WORDS.has(lex.lower)) break;
  }
  if (start < 0) return false;
  return clauseOpener(lexemes, start) === undefined;
}

/** ", who believes" right after the reference ending at `last`: it is the relative clause's subject. */
export function opensRelative(lexemes: readonly Lexeme[], last: number): boolean {
  return lexemes[last + 1]?.text === "," && lexemes[last + 2]?.lower === "who";
}

/** The `embedded` mark of a subject reference starting at `at` that opens a subordinate clause. */
export function embedded(
  lexemes: readonly Lexeme[],
  at: number,
  subject: boolean,
): { embedded?: true } {
  return subject && opensSubordinateClause(lexemes, at) ? { embedded: true } : {};
}
