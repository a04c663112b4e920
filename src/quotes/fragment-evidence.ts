import {
  BE_FORMS,
  CALL_PARTICLES,
  CHARACTERISING_LEMMAS,
  CHARACTERISING_LINKS,
  FRAGMENT_CONJUNCTIONS,
  SUBJECT_PRONOUNS,
} from "../people/lexicon.ts";
import type { Lexeme } from "../text/lexer.ts";
import { speechLemma } from "../text/speech-verbs.ts";

/** How far before quoted words a verb that characterises its object is looked for, in lexemes. */
const MAX_CHARACTERISING_GAP = 10;

/** How many lexemes of the quotation before a coordinated fragment are walked over ("..." and "..."). */
const MAX_PREVIOUS_FRAGMENT = 12;

/**
 * True when quoted words are someone's characterisation of an object named between an active verb
 * and them: "called the plan "a costly mistake"", "described the figures as "rather weak"",
 * "accused the council of "dragging its feet"". Without an object the verb names the words
 * ("a documentary called "...""), and after "be" it is passive ("is called "...""): neither counts.
 * A fragment coordinated with such a one ("as "reckless" and "shameful"") counts as it does.
 */
export function characterisedFragment(lexemes: readonly Lexeme[], open: number): boolean {
  return characterisedAt(lexemes, coordinatedWith(lexemes, open) ?? open);
}

/** The opening mark of the fragment this one is coordinated with ("..." and "..."), if any. */
export function coordinatedWith(lexemes: readonly Lexeme[], open: number): number | undefined {
  let k = open - 1;
  if (lexemes[k]?.lower === "a" || lexemes[k]?.lower === "an") k--;
  if (!FRAGMENT_CONJUNCTIONS.has(lexemes[k]?.lower ?? "")) return undefined;
  const close = lexemes[k - 1];
  if (close === undefined || close.word || close.quote < 0) return undefined;
  let j = k - 1;
  while (j - 1 >= 0 && k - j <= MAX_PREVIOUS_FRAGMENT && lexemes[j - 1]?.quote === close.quote) j--;
  return lexemes[j - 1]?.quote === close.quote ? undefined : j;
}

function characterisedAt(lexemes: readonly Lexeme[], open: number): boolean {
  const sentence = lexemes[open]?.sentence;
  let objectWords = 0;
  let of = false;
  for (let k = open - 1; k >= 0 && open - k <= MAX_CHARACTERISING_GAP; k--) {
    const lex = lexemes[k] as Lexeme;
    if (lex.sentence !== sentence || lex.quote >= 0) return false;
    if (!lex.word) {
      if (lex.text === "," || lex.text === "'" || lex.text === "’") continue;
      return false;
    }
    const lemma = speechLemma(lex.lower);
    if (lemma !== undefined && CHARACTERISING_LEMMAS.has(lemma)) {
      return objectWords > 0 && activeVerb(lexemes, k, lemma, of);
    }
    if (lex.lower === "of") of = true;
    if (!CHARACTERISING_LINKS.has(lex.lower)) objectWords++;
  }
  return false;
}

/**
 * An active use of the verb at `k`: not after "be" or "so"; "call" not "call for"; "accuse ... of".
 * A form without -ed or -ing is as often a noun ("call centres", "a label") and counts only after
 * its subject or "to" ("what Millan calls its ...").
 */
function activeVerb(lexemes: readonly Lexeme[], k: number, lemma: string, of: boolean): boolean {
  const verb = lexemes[k] as Lexeme;
  const prev = lexemes[k - 1];
  const before = prev?.lower ?? "";
  if (BE_FORMS.has(before) || before === "so") return false;
  if (!/(?:ed|ing)$/.test(verb.lower) && !subjectBefore(prev)) return false;
  if (lemma === "accuse") return of;
  return lemma !== "call" || !CALL_PARTICLES.has(lexemes[k + 1]?.lower ?? "");
}

/** A subject or "to" right before a bare verb form: "he calls", "Millan calls", "to call". */
function subjectBefore(prev: Lexeme | undefined): boolean {
  if (prev === undefined || !prev.word) return false;
  return SUBJECT_PRONOUNS.has(prev.lower) || prev.lower === "to" || (prev.cap && !prev.initial);
}
