// Surnames that are also ordinary capitalised words: nationalities and colours ("Cuban", "Irish",
// "French", "White"). Read alone they are adjectives ("French officials", "the Irish Lions"), so
// the name reader drops them; this file says when the article uses one like a person's name.
import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme } from "../text/speech-verbs.ts";
import { words } from "./lexicon/words.ts";
import { RUN_AUXILIARIES } from "./lexicon.ts";
import type { Run } from "./name-runs.ts";
import type { NameMention } from "./names.ts";

/** Words before an adjective or a language, never before a surname: "the French", "in Irish". */
const ADJECTIVE_BEFORE = words(`
  the a an his her their its our my your this that these those in into from speak speaks spoke
  speaking is was are were be been being become became very half
`);

/**
 * "Cuban said", "Irish, the tournament director,", "Welsh's side": one word that is the surname of
 * a person the article introduced in full, written where a subject stands: not after an article, a verb
 * "be" or a preposition of language, and followed by punctuation, its possessive, a verb of speech, an
 * auxiliary or "who", or, as a sentence's first word, by a past-tense verb ("White missed"); before
 * punctuation only where a clause opens ("Cuban, 66,", "said Irish.").
 * "French officials", "White House", "the guests were mostly Irish." stay as they are.
 */
function usedAsSurname(
  lexemes: readonly Lexeme[],
  run: Run,
  surnames: ReadonlySet<string>,
): boolean {
  const word = lexemes[run.from] as Lexeme;
  if (run.from !== run.to || !surnames.has(word.lower)) return false;
  const before = lexemes[run.from - 1];
  if (before?.word === true && !before.cap && ADJECTIVE_BEFORE.has(before.lower)) return false;
  if (word.possessive) return true;
  const next = lexemes[run.to + 1];
  if (next === undefined || !next.word) return opensClause(before, word);
  if (next.cap || next.sentence !== word.sentence) return false;
  if (isSpeechVerbLexeme(next) || RUN_AUXILIARIES.has(next.lower) || next.lower === "who")
    return true;
  // "White missed the Six Nations": a sentence's first word before a past-tense verb is its subject.
  return startsSentence(before, word) && /^[a-z]{3,}ed$/.test(next.text);
}

/**
 * "Jeremy Paris ... "...," Paris, who used to work on Capitol Hill, said": one word the article
 * named as a known place ("Paris", "Jordan") that is also the surname of a person it introduced in
 * full, written as only a person's name is: right before a verb of speech or "who", or between
 * commas before "who" (", Paris, who"), or after a verb of speech that it ends ("said Paris."). Its
 * possessive and a verb "be" after it stay a place's ("Paris's mayor", "Paris is").
 */
export function placeUsedAsSurname(
  lexemes: readonly Lexeme[],
  first: number,
  last: number,
  surnames: ReadonlySet<string>,
): boolean {
  const word = lexemes[first] as Lexeme;
  if (first !== last || word.possessive || !surnames.has(word.lower)) return false;
  const before = lexemes[first - 1];
  if (before?.word === true && !before.cap && ADJECTIVE_BEFORE.has(before.lower)) return false;
  const next = lexemes[last + 1];
  if (next === undefined) return false;
  if (next.word) {
    return (
      !next.cap &&
      next.sentence === word.sentence &&
      (isSpeechVerbLexeme(next) || next.lower === "who")
    );
  }
  if (next.text === ",") {
    const after = lexemes[last + 2];
    return after?.lower === "who" && opensClause(before, word);
  }
  return /^[.;]$/.test(next.text) && before !== undefined && isSpeechVerbLexeme(before);
}

/** `word` is its sentence's first word. */
function startsSentence(before: Lexeme | undefined, word: Lexeme): boolean {
  return before === undefined || before.sentence !== word.sentence;
}

/** `word` opens a clause or ends a verb of speech's: "... . Cuban, who", "said Irish.", "by Irish". */
function opensClause(before: Lexeme | undefined, word: Lexeme): boolean {
  if (before === undefined || !before.word || before.sentence !== word.sentence) return true;
  return isSpeechVerbLexeme(before) || before.lower === "by";
}

/**
 * "Mark Cuban ... Cuban said": the one-word runs read as no name ("Cuban", "White") that the
 * article uses as the surname of a person it named in full, read by `read` and merged in text order.
 */
export function withWordSurnames(
  lexemes: readonly Lexeme[],
  mentions: NameMention[],
  unread: readonly Run[],
  surnames: ReadonlySet<string>,
  read: (run: Run) => NameMention | null,
): NameMention[] {
  const more: NameMention[] = [];
  for (const run of unread) {
    const mention = usedAsSurname(lexemes, run, surnames) ? read(run) : null;
    if (mention !== null) more.push(mention);
  }
  if (more.length === 0) return mentions;
  return [...mentions, ...more].sort((a, b) => a.start - b.start);
}
