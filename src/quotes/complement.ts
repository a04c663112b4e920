import type { People } from "../people/descriptions.ts";
import {
  ARTICLES,
  AUDIENCE_DETERMINERS,
  AUXILIARY_VERBS,
  CALENDAR_WORDS,
  CLAUSE_STARTS,
  FUNCTION_WORDS,
  HEARERS,
  NOUN_PREPOSITIONS,
  QUANTIFIERS,
  SUBJECT_PRONOUNS,
  TIME_PHRASE_OPENERS,
  TIME_WORDS,
} from "../people/lexicon.ts";
import type { Lexeme } from "../text/lexer.ts";
import { hasSpeechVerbFlag, speechLemma } from "../text/speech-verbs.ts";

/** Where the reported clause starts: after "that", after the hearer of "told", after a short time phrase. */
export function complementStart(
  people: People,
  verb: number,
  lemma: string,
  end: number,
): number | undefined {
  const { lexemes, refAt } = people;
  let j = lemma === "tell" ? afterHearer(people, verb + 1) : verb + 1;
  if (j === undefined) return undefined;
  const skipped = j;
  j = afterTimePhrase(lexemes, j, end);
  // "said on the opening day of the London conference": a phrase cut after its preposition goes
  // on; the words after it are the preposition's object, no reported clause (stop 28).
  if (j > skipped && PHRASE_PREPOSITIONS.has(lexemes[j - 1]?.lower ?? "")) return undefined;
  if (lexemes[j]?.lower === "that") return j + 1 <= end ? j + 1 : undefined;
  // "promised to focus on housing": a promise, a vow or a warning reports an intention.
  if (lexemes[j]?.lower === "to" && hasSpeechVerbFlag(lemma, "intention")) {
    // "Rosneft has agreed to merge with Gazprom", "agreed to a buyout": a deal done, no statement.
    if (lemma === "agree") return undefined;
    return j <= end ? j : undefined;
  }
  const next = lexemes[j];
  if (next === undefined || !next.word || j > end) return undefined;
  if (CLAUSE_STARTS.has(next.lower) || /^\d/.test(next.text)) return j;
  // "said about 4,000 families", "said some residents had": a quantity opens the subject.
  const then = lexemes[j + 1];
  if (QUANTIFIERS.has(next.lower) && then?.word === true && !then.cap) {
    if (next.lower !== "about" || /^\d/.test(then.text)) return j;
  }
  // "said officers were called", "said field trials would be needed": a bare subject, then its verb.
  if (!next.cap && bareSubjectThenVerb(lexemes, j)) return j;
  // "said being able to close premises for only 24 hours did not": a gerund's phrase as subject.
  if (!next.cap && gerundSubjectThenVerb(lexemes, j)) return j;
  return next.cap && (refAt[j] ?? -1) >= 0 ? j : undefined;
}

/** Prepositions that cannot end a phrase skipped after the verb: "on the opening day of". */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...NOUN_PREPOSITIONS,
  "by",
  "to",
  "about",
]);

/**
 * Up to three lower-case words of a noun phrase, then an auxiliary verb; the phrase may end in
 * one short prepositional phrase ("staff at the hospital were", "morale among crews was").
 */
function bareSubjectThenVerb(lexemes: readonly Lexeme[], j: number): boolean {
  const k = plainWords(lexemes, j, 3);
  if (k === j) return false;
  if (AUXILIARY_VERBS.has(lexemes[k]?.lower ?? "")) return true;
  if (!NOUN_PREPOSITIONS.has(lexemes[k]?.lower ?? "")) return false;
  const the = ARTICLES.has(lexemes[k + 1]?.lower ?? "") ? 1 : 0;
  const end = plainWords(lexemes, k + 1 + the, 2);
  return end > k + 1 + the && AUXILIARY_VERBS.has(lexemes[end]?.lower ?? "");
}

/** Most words of a gerund's phrase before its clause's auxiliary: "lifting the arms embargo would". */
const MAX_GERUND_PHRASE = 10;

/**
 * "-ing" words that open no gerund's phrase: prepositions ("said during the debate") and nouns
 * ("told his party's spring conference the Tories must").
 */
const NOT_GERUNDS: ReadonlySet<string> = new Set(
  (
    "during according notwithstanding spring morning evening meeting building briefing hearing " +
    "thing king ring string wedding ceiling wing sibling earnings"
  ).split(" "),
);

/** Words that may join a second verb to the first: "denies using drugs and says she will". */
const JOINING_WORDS: ReadonlySet<string> = new Set(["and", "or", "but"]);

/**
 * A gerund, then up to MAX_GERUND_PHRASE words and no punctuation but an apostrophe, then an
 * auxiliary verb: "being able to close premises for only 24 hours did", "lifting the arms embargo
 * would" (stop 28).
 */
function gerundSubjectThenVerb(lexemes: readonly Lexeme[], j: number): boolean {
  const gerund = lexemes[j];
  if (gerund === undefined || !/..ing$/.test(gerund.lower) || NOT_GERUNDS.has(gerund.lower)) {
    return false;
  }
  if (FUNCTION_WORDS.has(gerund.lower)) return false;
  for (let k = j + 1; k <= j + MAX_GERUND_PHRASE; k++) {
    const lex = lexemes[k];
    if (lex === undefined || lex.sentence !== gerund.sentence) return false;
    if (!lex.word) {
      if (lex.text === "'" || lex.text === "’") continue;
      return false;
    }
    const after = lexemes[k + 1];
    if (
      JOINING_WORDS.has(lex.lower) &&
      after !== undefined &&
      speechLemma(after.lower) !== undefined
    )
      return false;
    if (!lex.cap && AUXILIARY_VERBS.has(lex.lower)) return k > j + 1;
  }
  return false;
}

/** Past up to `max` lower-case content words that are not verbs by their form. */
function plainWords(lexemes: readonly Lexeme[], j: number, max: number): number {
  let k = j;
  while (k < j + max) {
    const lex = lexemes[k];
    if (lex === undefined || !lex.word || lex.cap || FUNCTION_WORDS.has(lex.lower)) break;
    if (AUXILIARY_VERBS.has(lex.lower) || /(ly|ed|ing)$/.test(lex.lower)) break;
    k++;
  }
  return k;
}

/** "told reporters", "told CNN", "told his supporters": where the clause after the one told starts. */
function afterHearer(people: People, at: number): number | undefined {
  // "told the Tribune": the article before a name.
  const the = people.lexemes[at]?.lower === "the" && (people.refAt[at + 1] ?? -1) >= 0 ? 1 : 0;
  const r = people.refAt[at + the] ?? -1;
  const ref = people.refs[r];
  const j = ref === undefined ? at + the : ref.last + 1;
  if (ref !== undefined && !ref.possessive) return numberedName(people, j);
  const word = people.lexemes[j];
  const plural = word?.word === true && !word.cap && /s$/.test(word.lower);
  if (
    word !== undefined &&
    (HEARERS.has(word.lower) || (plural && !FUNCTION_WORDS.has(word.lower)))
  ) {
    return j + 1;
  }
  if (ref === undefined) return afterAudience(people.lexemes, j);
  return j;
}

/**
 * "told BBC Radio 4's Today programme he", "told BBC 6 Music the record": a number right after a
 * hearer's name goes on with the name (the people stage ends it before the number), then, after a
 * possessive, with what it owns up to a subject. `at` is the lexeme after the name; undefined
 * when the clause after such a name is not found (stop 28).
 */
function numberedName(people: People, at: number): number | undefined {
  const { lexemes } = people;
  const number = lexemes[at];
  if (number === undefined || !/^\d{1,2}$/.test(number.text) || !lexemes[at - 1]?.cap) return at;
  let k = at;
  while (k - at < 4) {
    const lex = lexemes[k];
    if (lex === undefined || !lex.word || !(lex.cap || /^\d{1,2}$/.test(lex.text))) break;
    k++;
    if (lex.possessive) return afterOwnedName(people, k);
  }
  return k;
}

/**
 * "Radio 4's Today programme he believed", "... World At One the scope was": the owned show's
 * name (capitalised words, then up to two lower-case ones) and a clause's first word after it.
 */
function afterOwnedName(people: People, at: number): number | undefined {
  const { lexemes } = people;
  let k = at;
  let lower = 0;
  while (k - at < 5) {
    const lex = lexemes[k];
    if (lex === undefined || !lex.word) break;
    if (lex.cap ? lower > 0 : FUNCTION_WORDS.has(lex.lower) || ++lower > 2) break;
    k++;
  }
  const next = lexemes[k];
  if (k === at || next === undefined || !next.word) return undefined;
  const opens =
    next.lower === "that" ||
    SUBJECT_PRONOUNS.has(next.lower) ||
    CLAUSE_STARTS.has(next.lower) ||
    (next.cap && (people.refAt[k] ?? -1) >= 0);
  return opens ? k : undefined;
}

/** "told a news conference that", "told the jury he": a short audience, then "that" or a subject. */
function afterAudience(lexemes: readonly Lexeme[], at: number): number | undefined {
  if (!AUDIENCE_DETERMINERS.has(lexemes[at]?.lower ?? "")) return undefined;
  let k = at + 1;
  while (k <= at + 3) {
    const lex = lexemes[k];
    if (lex === undefined || !lex.word || lex.cap || FUNCTION_WORDS.has(lex.lower)) break;
    k++;
  }
  const next = lexemes[k]?.lower ?? "";
  return k > at + 1 && (next === "that" || SUBJECT_PRONOUNS.has(next)) ? k : undefined;
}

/** A word of time: "Tuesday", "yesterday", "morning". */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word) || (CALENDAR_WORDS.has(word) && word !== "may");
}

/**
 * "said on Friday he was...", "said Tuesday that", "said in a statement it would": skips a short
 * time or circumstance phrase after the verb, up to a time word, "that" or a subject pronoun.
 */
export function afterTimePhrase(lexemes: readonly Lexeme[], at: number, end: number): number {
  const first = lexemes[at]?.lower ?? "";
  if (isTimeWord(first)) {
    // "said Tuesday night that", "announced March 27 that".
    const j = isTimeWord(lexemes[at + 1]?.lower ?? "") ? at + 2 : at + 1;
    return /^\d{1,2}$/.test(lexemes[j]?.text ?? "") ? j + 1 : j;
  }
  if (!TIME_PHRASE_OPENERS.has(first)) return at;
  let j = at;
  for (let step = 0; step < 4 && j + 1 <= end; step++) {
    const next = lexemes[j + 1] as Lexeme;
    if (!next.word || next.lower === "that" || SUBJECT_PRONOUNS.has(next.lower)) break;
    j++;
    // "on Tuesday the company would": a time word ends the phrase when a clause follows it.
    const after = lexemes[j + 1];
    if (
      isTimeWord(next.lower) &&
      after !== undefined &&
      (after.cap || FUNCTION_WORDS.has(after.lower))
    )
      break;
  }
  return j + 1;
}
