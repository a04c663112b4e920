import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme } from "../text/speech-verbs.ts";
import { associateOf } from "./anonymous.ts";
import { clauseMarks } from "./clause.ts";
import type { EntityDraft } from "./entities.ts";
import { groupEpithet, isEpithet } from "./epithets.ts";
import {
  DESCRIPTION_DETERMINERS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  isRoleNoun,
  ORG_NOUNS,
} from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import type { NameMention } from "./names.ts";
import { partyNamed } from "./party-names.ts";
import { NOBODY, UNRESOLVED } from "./sentinels.ts";
import { spokespersonAfter } from "./spokespeople.ts";

/** The most lexemes after its determiner a description's head noun may stand ("the former Exxon CEO"). */
const MAX_DESCRIPTION_LEXEMES = 6;

/** What a description is read against: the names so far and their entities. */
export interface DescriptionContext {
  readonly names: readonly NameMention[];
  /** Lexeme → name starting there. */
  readonly nameAt: Int32Array;
  readonly entityOf: readonly number[];
  readonly entities: readonly EntityDraft[];
}

/** "the former Exxon CEO", "the president", "The press secretary", "his foreign ministry". */
export function descriptionRef(
  lexemes: readonly Lexeme[],
  i: number,
  { names, nameAt, entityOf, entities }: DescriptionContext,
): Ref | undefined {
  const det = lexemes[i] as Lexeme;
  const owned = det.lower === "his" || det.lower === "her";
  if (!det.word || !(DESCRIPTION_DETERMINERS.has(det.lower) || owned)) return undefined;
  const group = det.lower === "the" ? groupEpithet(lexemes, i + 1) : undefined;
  if (group !== undefined) return groupRef(lexemes, i, partyNamed(entities, group));
  const k = descriptionHead(lexemes, i, names, nameAt);
  const head = k < 0 ? undefined : lexemes[k];
  if (head === undefined) return undefined;
  // "his daughter" is a relation, not a role the article gives; "his foreign ministry" is an organisation.
  if (owned && !(ORG_NOUNS.has(head.lower) && !head.cap)) return undefined;
  // "the former top aide to President X" is someone close to X whom the article leaves unnamed
  // (`anonymousRef`), not a description to lend a name to.
  if (associateOf(lexemes, k, { names, nameAt })) return undefined;
  const named = nameInApposition(lexemes, k, names, nameAt);
  return {
    first: i,
    last: k,
    form: "role",
    entity: named < 0 ? UNRESOLVED : (entityOf[named] ?? UNRESOLVED),
    possessive: head.possessive,
    quote: det.quote,
    sentence: det.sentence,
    paragraph: det.paragraph,
    ...clauseMarks(lexemes, i, true),
    head: head.lower,
  };
}

/**
 * "the Conservatives said": a group, never one person. The party when the article names it
 * ("the Conservative Party"), else nobody the article names.
 */
function groupRef(lexemes: readonly Lexeme[], i: number, party: number): Ref {
  const det = lexemes[i] as Lexeme;
  const word = lexemes[i + 1] as Lexeme;
  return {
    first: i,
    last: i + 1,
    form: "role",
    entity: party >= 0 ? party : NOBODY,
    possessive: word.possessive,
    quote: det.quote,
    sentence: det.sentence,
    paragraph: det.paragraph,
    ...clauseMarks(lexemes, i, true),
    head: word.lower,
  };
}

/**
 * "The Shadow Secretary of State for the Family, Rosa Kettering, said": the description is the
 * person named in apposition after it; the index of that name, or -1.
 */
function nameInApposition(
  lexemes: readonly Lexeme[],
  head: number,
  names: readonly NameMention[],
  nameAt: Int32Array,
): number {
  for (let k = head + 1; k < lexemes.length && k - head <= MAX_DESCRIPTION_LEXEMES + 2; k++) {
    const lex = lexemes[k] as Lexeme;
    if (lex.word) continue;
    if (lex.text !== ",") return -1;
    const n = nameAt[k + 1] ?? -1;
    const name = names[n];
    const closed = lexemes[(name?.last ?? 0) + 1]?.text === ",";
    return name !== undefined && name.kind !== "organization" && closed ? n : -1;
  }
  return -1;
}

/** Role nouns that open an office's compound name ("chief executive", "general secretary", "head coach"). */
const OFFICE_OPENERS: ReadonlySet<string> = new Set(
  "chief general head deputy vice assistant acting interim under".split(" "),
);

/** The role or organisation noun that ends a description starting at `i`, or -1. */
/**
 * The lower-case word at `k` is a role noun, or a plain noun before one: "the billionaire business
 * mogul" ("business mogul" is the compound "billionaire" modifies). Not a verb's form ("the coach
 * told reporters", "the minister visiting officials"), not a function word.
 */
function modifiesRole(lexemes: readonly Lexeme[], k: number): boolean {
  const lex = lexemes[k] as Lexeme;
  if (isRoleNoun(lex.lower)) return true;
  if (lex.possessive || FUNCTION_WORDS.has(lex.lower) || /(ed|ing|ly)$/.test(lex.lower))
    return false;
  if (isSpeechVerbLexeme(lex)) return false;
  const after = lexemes[k + 1];
  return (
    after?.word === true && !after.cap && after.sentence === lex.sentence && isRoleNoun(after.lower)
  );
}

function descriptionHead(
  lexemes: readonly Lexeme[],
  i: number,
  names: readonly NameMention[],
  nameAt: Int32Array,
): number {
  const det = lexemes[i] as Lexeme;
  if (det.lower === "the" && isEpithet(lexemes, i + 1)) return i + 1;
  for (let k = i + 1; k < lexemes.length && k - i <= MAX_DESCRIPTION_LEXEMES; k++) {
    // A name inside a description only modifies it: "the Arsenal boss", "the Trump administration".
    const n = nameAt[k] ?? -1;
    const inner = n < 0 ? undefined : names[n];
    if (inner !== undefined) {
      if (inner.possessive) return -1;
      k = Math.max(k, inner.last);
      continue;
    }
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== det.sentence) return -1;
    const head =
      isRoleNoun(lex.lower) ||
      ((ORG_NOUNS.has(lex.lower) || DOCUMENT_NOUNS.has(lex.lower)) && !lex.cap);
    if (!head) {
      if (FUNCTION_WORDS.has(lex.lower) && !lex.cap) return -1;
      continue;
    }
    // "the former vice president's spokeswoman": the owner is a description of its own.
    if (spokespersonAfter(lexemes, k)) return k;
    const next = lexemes[k + 1];
    // "the billionaire mogul", "the giant winger": a role noun before another modifies it; the last is the head.
    // Not an office's own compound ("the chief executive", "the deputy speaker"): those stay unread.
    const modifier =
      !lex.possessive && (isRoleNoun(lex.lower) || (ORG_NOUNS.has(lex.lower) && !lex.cap));
    if (modifier && next?.word === true && !next.cap && modifiesRole(lexemes, k + 1)) {
      if (OFFICE_OPENERS.has(lex.lower)) return -1;
      continue;
    }
    return next?.word === true && (next.cap || isRoleNoun(next.lower)) ? -1 : k;
  }
  return -1;
}
