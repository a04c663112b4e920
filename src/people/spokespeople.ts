import type { Lexeme } from "../text/lexer.ts";
import { DOCUMENT_NOUNS, SPEAKS_FOR_PREPOSITIONS, SPOKES_NOUNS } from "./lexicon.ts";
import type { Ref } from "./mentions.ts";

/** Lower-case words a spokesperson noun may follow after its owner: "Mr Blair's official spokesman". */
const MAX_MODIFIERS = 3;

/** The organisation a candidate runs to win: it speaks for the candidate. */
const CAMPAIGN = "campaign";

/** The spokesperson nouns that are people (a "statement" or "release" is a document). */
const PERSON_SPOKES = new Set([...SPOKES_NOUNS].filter((w) => !DOCUMENT_NOUNS.has(w)));

/** True for a noun of a person who speaks for someone else: "spokeswoman", "representative". */
export function isSpokesperson(noun: string): boolean {
  return PERSON_SPOKES.has(noun);
}

/**
 * Whether a spokesperson follows the possessive at lexeme `owner` ("the former vice president's
 * spokeswoman", "the prime minister's official spokesman"): then the owner is a description of
 * its own, whoever it turns out to be, and the spokesperson speaks for it.
 */
export function spokespersonAfter(lexemes: readonly Lexeme[], owner: number): boolean {
  if (!(lexemes[owner] as Lexeme | undefined)?.possessive) return false;
  for (let k = owner + 1; k < lexemes.length && k - owner <= MAX_MODIFIERS + 1; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.cap || lex.possessive) return false;
    if (isSpokesperson(lex.lower)) return true;
  }
  return false;
}

/**
 * The lexeme of the name a spokesperson noun at `noun` is named after: the word right before it
 * ("a Lufthansa spokeswoman"), or before "campaign" ("a Clinton campaign spokesman": the
 * candidate's); -1 when there is no word there.
 */
export function ownerBeforeNoun(lexemes: readonly Lexeme[], noun: number): number {
  return lexemes[noun - 1]?.lower === CAMPAIGN && !lexemes[noun - 1]?.cap ? noun - 2 : noun - 1;
}

/**
 * The entities a spokesperson speaks for: "a Lufthansa spokeswoman", "the club's spokesman", "a
 * spokesman for the Teamsters". A name with a spokesperson is an organisation's, so the people
 * stage reads it as one before pronouns are resolved; returned, not written into the entities.
 */
export function spokenForEntities(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  refAt: ArrayLike<number>,
): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < lexemes.length; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || !SPOKES_NOUNS.has(lex.lower)) continue;
    for (const owner of [
      ownerBefore(lexemes, refs, refAt, k),
      ownerAfter(lexemes, refs, refAt, k),
    ]) {
      if (owner !== undefined && owner.entity >= 0) out.add(owner.entity);
    }
  }
  return out;
}

/** A name, not a pronoun or a description: only a name can turn out to be an organisation's. */
function isNameRef(ref: Ref | undefined): ref is Ref {
  return ref !== undefined && ref.form !== "pronoun" && ref.form !== "role";
}

/** "A Commission spokesman" (the name right before), "NBC's chief spokesman" (its owner). */
function ownerBefore(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  refAt: ArrayLike<number>,
  noun: number,
): Ref | undefined {
  const right = refs[refAt[noun - 1] ?? -1];
  if (isNameRef(right) && !right.possessive) return right;
  for (let j = noun - 1; j >= 0 && noun - j <= MAX_MODIFIERS + 1; j--) {
    const ref = refs[refAt[j] ?? -1];
    if (ref !== undefined) return isNameRef(ref) && ref.possessive ? ref : undefined;
    const lex = lexemes[j] as Lexeme;
    if (!lex.word || lex.cap) return undefined;
  }
  return undefined;
}

/** "a spokeswoman for Lufthansa", "a spokesman for the Department of Health". */
function ownerAfter(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  refAt: ArrayLike<number>,
  noun: number,
): Ref | undefined {
  if (!SPEAKS_FOR_PREPOSITIONS.has(lexemes[noun + 1]?.lower ?? "")) return undefined;
  const at = lexemes[noun + 2]?.lower === "the" ? noun + 3 : noun + 2;
  const ref = refs[refAt[at] ?? -1];
  return isNameRef(ref) && ref.first === at ? ref : undefined;
}

/**
 * A possessive description that owns a spokesperson ("the former vice president's spokeswoman"):
 * a cue with that spokesperson names its speaker by the description.
 */
export function describesOwner(people: { readonly lexemes: readonly Lexeme[] }, ref: Ref): boolean {
  return ref.possessive && ref.form === "role" && spokespersonAfter(people.lexemes, ref.last);
}

/**
 * A spokesperson reference that speaks for someone: an organisation's ("a spokesman said"), or an
 * owner the article names ("the former vice president's spokeswoman"). Someone's spokesperson whose
 * owner is nobody the article names ("the mayor's deputy spokesman", no mayor named) is an unnamed
 * person like any other.
 */
export function speaksForSomeone(ref: Ref): boolean {
  return ref.voice !== undefined && (ref.voice.owner === undefined || ref.entity >= 0);
}
