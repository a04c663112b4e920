// How much each reference makes its entity salient for a later he or she: a main clause's subject
// more than anyone else named, and a sentence that ends in its reporter ("Cruz drew crowds,
// Stovall said.") is the reporter's, not about whom it reports.

import { type Lexeme, NOT_QUOTED } from "../text/lexer.ts";
import { isSpeechVerbLexeme, TELL_ASK_FORMS } from "../text/speech-verbs.ts";
import { FUNCTION_WORDS } from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import { NARRATIVE } from "./sentinels.ts";

/** Salience of a main clause's subject, against 1 for any other mention (a subordinate clause's too). */
export const MAIN_SUBJECT_WEIGHT = 1.5;
/** Words between a reporter and its verb: ", Smith also said". */
const BEFORE_VERB: ReadonlySet<string> = new Set(["also", "later", "then", "has", "had", "would"]);
/** Longest reported part read back from its reporter's comma, in lexemes. */
const MAX_REPORT = 120;

/**
 * The last table built, for the reference list it was built from. One entry, not a WeakMap keyed by
 * each article's list: V8's young-generation collector keeps a WeakMap entry with a young key alive,
 * with everything it holds (see `ArticleCache`). The people stage and the speaker index ask for the
 * same article's list in turn, and a table reads nothing that changes once a reference is made.
 */
let last:
  | { readonly refs: readonly Ref[]; readonly length: number; readonly weights: Float32Array }
  | undefined;

/**
 * Per reference, how salient it makes its entity for a he or she: 1.5 for a main clause's subject
 * (the reporter at a sentence's end included), 1 for any other (an owner's, "the party's", too). Built once per article in one
 * pass (rebuilt if references were added since); reads no entity, so it holds before and after
 * the pronouns are resolved.
 */
export function salienceWeights(lexemes: readonly Lexeme[], refs: readonly Ref[]): Float32Array {
  const known = last;
  if (known !== undefined && known.refs === refs && known.length === refs.length) {
    return known.weights;
  }
  const weights = new Float32Array(refs.length);
  refs.forEach((ref, r) => {
    // "The party's leadership had done nothing": an owner is no clause's subject.
    const main = ref.subject && ref.embedded !== true && !ref.possessive;
    weights[r] = main ? MAIN_SUBJECT_WEIGHT : 1;
  });
  refs.forEach((ref, r) => {
    if (ref.quote === NARRATIVE && !ref.possessive) reportingTail(lexemes, refs, weights, r);
  });
  last = { refs, length: refs.length, weights };
  return weights;
}

/**
 * "Cruz electrified the crowds, Stovall said." / "..., said Jeffery Hemsley, a professor": the
 * reporter is the sentence's main subject, and whoever is a subject before the comma is inside
 * what is reported. A he or she reporting ("He hoped Jay-Z would ..., he added") leaves the
 * sentence as it is: what they report is often about themself, and the pronoun is resolved among
 * the names before it.
 */
function reportingTail(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  weights: Float32Array,
  r: number,
): void {
  const ref = refs[r] as Ref;
  const comma = reporterComma(lexemes, ref);
  if (comma < 0) return;
  weights[r] = MAIN_SUBJECT_WEIGHT;
  if (ref.form === "pronoun") return;
  const floor = reportStart(lexemes, comma);
  for (let j = r - 1; j >= 0; j--) {
    const before = refs[j] as Ref;
    if (before.sentence !== ref.sentence || before.first < floor) break;
    if (before.first < comma) weights[j] = Math.min(weights[j] ?? 1, 1);
  }
}

/**
 * Where the reported part before `comma` starts: its sentence's start, or a quotation's that
 * opens after a comma or colon ("Biden weighed in, telling Mic, "...," he said": Biden is no part
 * of what is reported).
 */
function reportStart(lexemes: readonly Lexeme[], comma: number): number {
  const sentence = (lexemes[comma] as Lexeme).sentence;
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_REPORT; k--) {
    const lex = lexemes[k] as Lexeme;
    if (lex.sentence !== sentence) return k + 1;
    if (lex.quote === NOT_QUOTED) continue;
    let open = k;
    while (open > 0 && lexemes[open - 1]?.quote === lex.quote) open--;
    const before = lexemes[open - 1]?.text;
    if (before === "," || before === ":") return open;
    k = open;
  }
  return comma - MAX_REPORT;
}

/** The comma before ", Stovall said" or ", said Hemsley" around `ref`, or -1. */
function reporterComma(lexemes: readonly Lexeme[], ref: Ref): number {
  let verb = ref.last + 1;
  while (BEFORE_VERB.has(lexemes[verb]?.lower ?? "") && verb - ref.last <= 2) verb++;
  if (isSpeechVerbLexeme(lexemes[verb]) && lexemes[verb]?.quote === NOT_QUOTED) {
    return commaBefore(lexemes, modifiersBefore(lexemes, ref.first - 1), ref.sentence);
  }
  const said = lexemes[ref.first - 1];
  // "..., said Hemsley." or "..., said Hemsley, a professor": not "..., said he saw" (what he said),
  // nor "..., told Agence France Presse." (who is told is no reporter).
  const after = lexemes[ref.last + 1];
  const ends =
    after === undefined || after.sentence !== ref.sentence || /^[,.;:!?]$/.test(after.text);
  if (
    ref.form === "pronoun" ||
    !ends ||
    TELL_ASK_FORMS.has(said?.lower ?? "") ||
    !isSpeechVerbLexeme(said) ||
    said?.quote !== NOT_QUOTED
  ) {
    return -1;
  }
  return commaBefore(lexemes, ref.first - 2, ref.sentence);
}

/** Most lower-case words of a title read back before a reporter's name ("councilmember Mark Levine said"). */
const MAX_TITLE_WORDS = 2;

/**
 * Back over the lower-case words of a title no lexicon lists, right after a quotation's comma:
 * `"It's unanimous," councilmember Mark Levine said` reports as `", Levine said"` does.
 */
function modifiersBefore(lexemes: readonly Lexeme[], at: number): number {
  let k = at;
  while (at - k < MAX_TITLE_WORDS && lexemes[k]?.word === true && !(lexemes[k] as Lexeme).cap) {
    // "..., for example, said Trump continued": a verb is no title.
    if (FUNCTION_WORDS.has((lexemes[k] as Lexeme).lower) || isSpeechVerbLexeme(lexemes[k]))
      return at;
    k--;
  }
  return k === at ? at : k;
}

/** A comma at `at`, or right before a closing quotation mark there (`"change agent,"`). */
function commaBefore(lexemes: readonly Lexeme[], at: number, sentence: number): number {
  for (let k = at; k >= 0 && at - k <= 1; k--) {
    const lex = lexemes[k];
    if (lex === undefined || lex.sentence !== sentence || lex.word) return -1;
    if (lex.text === ",") return k;
  }
  return -1;
}
