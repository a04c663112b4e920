import type { Lexeme } from "../text/lexer.ts";
import { isDirectSpeechVerb, speechLemma } from "../text/speech-verbs.ts";
import { opensClause } from "./clause.ts";
import type { EntityDraft } from "./entities.ts";
import { genderOfNoun, RELATION_NOUNS } from "./lexicon.ts";
import type { Ref, RefTable } from "./mentions.ts";
import { isPersonLike } from "./salience.ts";
import { NOBODY, UNRESOLVED } from "./sentinels.ts";
import { uniformRef } from "./uniform-ref.ts";

/** A person the article names only through someone else: "Youssif's father". */
export interface Relative {
  /** The entity whose relative this is. */
  readonly owner: number;
  readonly noun: string;
}

/** The reference table with a reference for each relation noun, and which references those are. */
export interface RelationTable extends RefTable {
  /** Reference index → the index of its owner's reference (the "his" or "Youssif's" before it). */
  readonly owners: ReadonlyMap<number, number>;
}

/**
 * Adds a reference for each relation a clause opens with or a verb of saying names ("His father
 * said", "said Reyes's lawyer"), after its owner's reference and in place of the unnamed person
 * the reference builder left there: the people stage then resolves it to that owner's relative.
 * Not when a name follows ("his wife, Deniz," or "his coach Peter Stanley": that name is the person).
 */
export function withRelationRefs(lexemes: readonly Lexeme[], table: RefTable): RelationTable {
  const refs: Ref[] = [];
  const owners = new Map<number, number>();
  const moved = new Int32Array(table.refs.length);
  let dropUntil = -1;
  table.refs.forEach((ref, r) => {
    // The unnamed person "Reyes's mother" that this reference replaces.
    if (ref.anonymous === true && ref.last === dropUntil && table.refAt[ref.first] !== r) {
      moved[r] = -1;
      return;
    }
    moved[r] = refs.length;
    refs.push(ref);
    const relation = relationAfter(lexemes, table, ref);
    if (relation === undefined) return;
    owners.set(refs.length, refs.length - 1);
    refs.push(uniformRef(relation));
    dropUntil = relation.last;
  });
  const refAt = new Int32Array(table.refAt.length).fill(-1);
  table.refAt.forEach((r, k) => {
    refAt[k] = r < 0 ? -1 : (moved[r] ?? -1);
  });
  for (const [r] of owners) refAt[(refs[r] as Ref).first] = r;
  return { refs, refAt, owners };
}

/** The relation right after a possessive pronoun or name, as a reference still to resolve. */
function relationAfter(lexemes: readonly Lexeme[], table: RefTable, owner: Ref): Ref | undefined {
  if (!owner.possessive || owner.form === "role") return undefined;
  const at = owner.last + 1;
  const noun = lexemes[at];
  if (noun === undefined || !noun.word || noun.cap || !RELATION_NOUNS.has(noun.lower)) {
    return undefined;
  }
  if ((table.refAt[at] ?? -1) >= 0 || namedAfter(lexemes, table, at)) return undefined;
  const subject = opensClause(lexemes, owner.first);
  if (!subject && !invertedSubject(lexemes, owner.first - 1, at + 1)) return undefined;
  return {
    first: at,
    last: at,
    form: "role",
    entity: UNRESOLVED,
    possessive: noun.possessive,
    quote: owner.quote,
    sentence: owner.sentence,
    paragraph: owner.paragraph,
    subject,
    head: noun.lower,
    // Someone unnamed until the owner resolves: "his father" of a person the article never names.
    anonymous: true,
    ...genderOfNoun(noun.lower),
  };
}

/**
 * "said his lawyer." / "says her mother, ": the relation is the subject of a verb of saying before
 * it, and ends the clause; "urges her husband to come out" names the one spoken to.
 */
function invertedSubject(lexemes: readonly Lexeme[], verb: number, after: number): boolean {
  const lemma = speechLemma(lexemes[verb]?.lower ?? "");
  const next = lexemes[after];
  return lemma !== undefined && isDirectSpeechVerb(lemma) && (next === undefined || !next.word);
}

/**
 * "his wife, Deniz," / "his coach Peter Stanley" / "his brother and agent Tom Hale": the relation
 * has a name of its own.
 */
function namedAfter(lexemes: readonly Lexeme[], table: RefTable, at: number): boolean {
  let k = at + 1;
  if (lexemes[k]?.lower === "and") {
    k++;
    while (k - at <= 4 && lexemes[k]?.word === true && !(lexemes[k] as Lexeme).cap) k++;
  }
  const next = lexemes[k];
  if (next === undefined) return false;
  if (next.word) return next.cap || (table.refAt[k] ?? -1) >= 0;
  return next.text === "," && (table.refAt[k + 1] ?? -1) >= 0;
}

/** The relatives an article names, by entity, and by owner and noun to find one again. */
export interface Relatives {
  readonly byId: Map<number, Relative>;
  readonly byKey: Map<string, number>;
}

/**
 * The entity a relation stands for: one per owner and noun, made on first use. NOBODY when the
 * owner is someone the article does not name, or no person ("the club's lawyer" is no relative).
 */
export function relativeOf(
  entities: EntityDraft[],
  relatives: Relatives,
  owner: number,
  noun: string,
): number {
  if (owner < 0 || !isPersonLike(entities[owner])) return NOBODY;
  const key = `${owner} ${noun}`;
  const known = relatives.byKey.get(key);
  if (known !== undefined) return known;
  const id = entities.length;
  entities.push({ id, kind: "person", mentions: [], ...genderOfNoun(noun) });
  relatives.byId.set(id, { owner, noun });
  relatives.byKey.set(key, id);
  return id;
}
