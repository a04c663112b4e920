import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme as isSpeechVerb, TELL_ASK_FORMS } from "../text/speech-verbs.ts";
import { isBareOpener } from "./bare-opener.ts";
import type { EntityDraft } from "./entities.ts";
import { INVERTED_TAIL, NOT_BEFORE_SUBJECT, ORG_NOUNS, ORG_WORDS } from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import { NATIONALITIES, PLACES } from "./places.ts";
import { NARRATIVE } from "./sentinels.ts";

/** How many words after its subject a his/her may come and still be the subject's own. */
const OWN_PRONOUN_WORDS = 4;
/** How many references after a one-word speaker its pronoun may come ("Amira says ... she"). */
const CHAIN_REFS = 4;

/**
 * Names of unknown kind that the article uses like a person's: with an age ("Amira, 34," or
 * "Attallah Shabazz, 41,"), or, for a one-word name that speaks ("Amira says", "said Okafor"), with
 * the next reference a "he" or "she" in the same paragraph ("... she says"). An organisation speaks
 * too ("Tesco said"), but carries no age and is "it", not "she"; a word the article also writes in
 * lower case ("Hope says", `lowerWords`: those words, from `wordUse`) is left alone.
 */
export function markNamesUsedAsPeople(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  entities: readonly EntityDraft[],
  lowerWords: ReadonlySet<string>,
): void {
  refs.forEach((ref, k) => {
    const entity = ref.entity < 0 ? undefined : entities[ref.entity];
    if (entity?.kind !== "unknown" || ref.possessive) return;
    if (ref.form !== "name" && ref.form !== "surname") return;
    if (ref.quote !== NARRATIVE) return;
    if (hasAge(lexemes, ref.last) || agedBefore(lexemes, ref.first)) {
      entity.kind = "person";
      return;
    }
    const own = ownPronoun(refs, k);
    // "Set in her native Dartford, ...": a sentence's first word written nowhere else is no name.
    if (own !== undefined && !isBareOpener(lexemes, entity)) {
      entity.kind = "person";
      entity.gender ??= own;
      return;
    }
    const word = lexemes[ref.first] as Lexeme;
    // "Sadly comments such as his": an adverb opening the sentence.
    if (word.initial && word.lower.endsWith("ly")) return;
    const oneWord = ref.first === ref.last && entity.first === undefined;
    // "Stars In Their Eyes said": the last word of a capitalised title is no one-word name.
    const before = lexemes[ref.first - 1];
    if (before?.word === true && before.cap && before.sentence === word.sentence) return;
    // "Florida developer Mel Sembler expressed dismay at Trump ... he told": two plain words after
    // an organisation's noun, a main clause's subject whose next narrative subject is a "he" or
    // "she", are a person's name (a company after "developer" is "it").
    if (fullName(lexemes, ref) && ref.subject && !ref.embedded && pronounFollows(refs, k, true)) {
      entity.kind = "person";
      return;
    }
    if (!oneWord || lowerWords.has(word.lower) || !speaks(lexemes, ref)) return;
    if (pronounFollows(refs, k)) entity.kind = "person";
  });
}

/**
 * Two capitalised words right after a lower-case organisation's noun, neither an organisation's
 * word nor a place's: "developer Mel Sembler", not "developer Harlow Homes".
 */
function fullName(lexemes: readonly Lexeme[], ref: Ref): boolean {
  if (ref.last !== ref.first + 1) return false;
  const head = lexemes[ref.first - 1];
  if (head === undefined || !head.word || head.cap || !ORG_NOUNS.has(head.lower)) return false;
  for (let k = ref.first; k <= ref.last; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || !lex.cap || lex.lower.length < 2 || ORG_WORDS.has(lex.lower)) return false;
    if (PLACES.has(lex.lower) || NATIONALITIES.has(lex.lower)) return false;
  }
  return true;
}

/** "5-year-old Youssif", "the 19-year-old Brannigan": an age right before the name. */
function agedBefore(lexemes: readonly Lexeme[], first: number): boolean {
  // "the 31-year-old Scot", "the 25-year-old Dubliner": a word for where someone is from is the
  // epithet's noun, not a name (nor a known town with "-er": "Dubliner", "Londoner").
  const word = lexemes[first]?.lower ?? "";
  if (NATIONALITIES.has(word) || (word.endsWith("er") && PLACES.has(word.slice(0, -2)))) {
    return false;
  }
  return /^(?:\d{1,3}|[a-z]+)-year-old$/.test(lexemes[first - 1]?.lower ?? "");
}

/** "Amira, 34,", "Okafor, 23, who": an age in apposition right after the name. */
function hasAge(lexemes: readonly Lexeme[], last: number): boolean {
  const age = lexemes[last + 2];
  return (
    lexemes[last + 1]?.text === "," &&
    age !== undefined &&
    /^\d{1,3}$/.test(age.text) &&
    Number(age.text) <= 110 &&
    /^[,)]$/.test(lexemes[last + 3]?.text ?? "") &&
    // "Work and Pensions, 30,000 jobs": a thousands separator, not an age.
    !/^\d/.test(lexemes[last + 4]?.text ?? "")
  );
}

/**
 * The name is the subject of a verb of saying: "Amira says", or inverted after a quotation,
 * "..., said Okafor". "told MPs", "said Exeem was" and "the Charlton protests" are objects.
 */
export function speaks(lexemes: readonly Lexeme[], ref: Ref): boolean {
  const before = lexemes[ref.first - 1];
  const after = lexemes[ref.last + 1];
  if (isSpeechVerb(after)) return before === undefined || !namesAnObject(before);
  const opener = lexemes[ref.first - 2];
  return (
    isSpeechVerb(before) &&
    !TELL_ASK_FORMS.has(before?.lower ?? "") &&
    opener !== undefined &&
    !opener.word &&
    (after === undefined || !after.word || INVERTED_TAIL.has(after.lower))
  );
}

/**
 * Before a name, what makes it no subject of its own: "the Charlton protests", "the MP for
 * Birkenhead asked", "Ernst & Young urged", "distributor Toho said", "bookmakers Ladbrokes".
 */
function namesAnObject(before: Lexeme): boolean {
  if (NOT_BEFORE_SUBJECT.has(before.lower)) return true;
  if (!before.word || before.cap) return false;
  const noun = before.lower.endsWith("s") ? before.lower.slice(0, -1) : before.lower;
  return ORG_NOUNS.has(noun) || ORG_BEFORE_WORDS.test(noun);
}

const ORG_BEFORE_WORDS = /(er|or|ist)$/;

/**
 * "Serena Williams blamed her defeat on injuries": a clause's subject followed closely, before any
 * other name, by "his" or "her" is a person of that gender (an organisation's is "its"). The
 * pronoun's gender, for a name whose given name is not a known one.
 */
function ownPronoun(refs: readonly Ref[], k: number): "male" | "female" | undefined {
  const from = refs[k] as Ref;
  const next = refs[k + 1];
  if (!from.subject || next === undefined || next.sentence !== from.sentence) return undefined;
  if (next.quote !== NARRATIVE || next.form !== "pronoun" || !next.possessive) return undefined;
  // "The Mac mini is not ready yet," he said: a "he" after a quotation is the speaker's.
  if (next.first - from.last > OWN_PRONOUN_WORDS) return undefined;
  return next.gender;
}

/**
 * The next narrative reference in the paragraph, unnamed people aside, is a "he" or "she"; with
 * `subjects`, the next narrative subject (objects in between are skipped).
 */
function pronounFollows(refs: readonly Ref[], k: number, subjects = false): boolean {
  const from = refs[k] as Ref;
  for (let j = k + 1; j < refs.length && j - k <= CHAIN_REFS; j++) {
    const ref = refs[j] as Ref;
    if (ref.paragraph !== from.paragraph && ref.paragraph !== from.paragraph + 1) return false;
    if (ref.quote !== NARRATIVE || ref.anonymous === true) continue;
    // "said Hollande, who returned to Paris. He ...": a place is nobody's antecedent.
    if (ref.entity < 0 && ref.form !== "pronoun") continue;
    if (subjects && !ref.subject) continue;
    return ref.form === "pronoun" && ref.gender !== undefined && ref.neuter !== true;
  }
  return false;
}
