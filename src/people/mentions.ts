import { noName } from "../no-name.ts";
import type { Lexeme } from "../text/lexer.ts";
import { isDirectSpeechVerb, speechLemma } from "../text/speech-verbs.ts";
import { anonymousRef, nameInside } from "./anonymous.ts";
import { clauseMarks, embedded, opensClause, opensRelative } from "./clause.ts";
import { descriptionRef } from "./description-refs.ts";
import type { EntityDraft } from "./entities.ts";
import type { MentionForm } from "./entity.ts";
import { FUNCTION_WORDS, GENDERED_PRONOUNS, IT_BEFORE_VERB } from "./lexicon.ts";
import type { NameMention } from "./names.ts";
import { partyNamed } from "./party-names.ts";
import { IN_BLOCK_QUOTE, NARRATIVE, NO_NAME, UNRESOLVED } from "./sentinels.ts";
import { isSpokesperson, spokespersonAfter } from "./spokespeople.ts";
import { uniformRef } from "./uniform-ref.ts";

/** One reference to an entity in the text, resolved or still to resolve. */
export interface Ref {
  /** Lexeme indexes of its first and last word. */
  readonly first: number;
  readonly last: number;
  readonly form: MentionForm;
  /** The entity, UNRESOLVED, or NOBODY when it refers to nobody the article names. */
  entity: number;
  readonly possessive: boolean;
  /** Index of the quotation around it, IN_BLOCK_QUOTE or NARRATIVE. */
  readonly quote: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** Stands where a clause's subject stands (after a boundary, not after a preposition). */
  readonly subject: boolean;
  /** For pronouns: the gender they ask for; for descriptions: their head noun. */
  readonly gender?: "male" | "female";
  /** "it" as the subject of a verb of saying: an organisation (or its document) speaking. */
  readonly neuter?: true;
  readonly head?: string;
  /**
   * Someone the article leaves unnamed ("one victim", "a spokeswoman for the transit authority"):
   * only salience sees it (no lexeme points to it), so what follows does not borrow a name.
   */
  readonly anonymous?: boolean;
  /**
   * A spokesperson: the organisation speaks through them. `speaksFor` is the lexeme where the
   * organisation's name starts ("a spokeswoman for Lufthansa"), or -1 when the article leaves it
   * to the organisation in focus ("a spokesman said").
   */
  readonly voice?: {
    readonly speaksFor: number;
    /** "a Labour spokesman": the party word before the noun, to find the party by its name. */
    readonly party?: string;
    /**
     * "Gore's spokeswoman", "the former vice president's spokeswoman": the lexeme of the owner's
     * possessive word; the spokesperson speaks for whoever that owner is, a person or not.
     */
    readonly owner?: number;
  };
  /** A subordinate clause's subject ("X said that Y", "because Y"): less salient than a main one's. */
  readonly embedded?: true;
}

/** All references of the article in text order, and the lexeme → reference lookup. */
export interface RefTable {
  readonly refs: Ref[];
  /** For every lexeme, the index of the reference covering it, or -1. */
  readonly refAt: Int32Array;
}

/** Builds the references: names (resolved by grouping), pronouns and role descriptions (unresolved). */
export function buildRefs(
  lexemes: readonly Lexeme[],
  names: readonly NameMention[],
  entityOf: readonly number[],
  entities: readonly EntityDraft[],
  quotedParagraphs: ReadonlySet<number>,
): RefTable {
  const refs: Ref[] = [];
  const refAt = new Int32Array(lexemes.length).fill(-1);
  const nameAt = new Int32Array(lexemes.length).fill(NO_NAME);
  names.forEach((name, n) => {
    // Two names never share a start; if a title swallowed an earlier name, the later one keeps its core.
    const at = nameAt[name.outerFirst] === NO_NAME ? name.outerFirst : name.first;
    if (at >= 0 && nameAt[at] === NO_NAME) nameAt[at] = n;
  });
  const isPerson = noName((n: number) => entities[entityOf[n] ?? -1]?.kind === "person");
  // What the readers below know so far, made once rather than at each lexeme (`refAt` fills in place).
  const known = { names, nameAt, refAt, isPerson };
  const described = { names, nameAt, entityOf, entities };
  // The last lexeme of an unnamed person's phrase with a name inside ("a senior Dresner adviser").
  let associateEnd = -1;
  for (let i = 0; i < lexemes.length; i++) {
    const n = nameAt[i] ?? NO_NAME;
    // Guarded: an array read at -1 is a slow property lookup in V8, and most lexemes start no name.
    const name = n < 0 ? undefined : names[n];
    if (name !== undefined) {
      const ref = nameRef(lexemes, i, name, entityOf[n] ?? -1, entities);
      // The adviser is the subject, not the person they advise.
      const owner = i <= associateEnd ? { ...ref, subject: false } : ref;
      pushRef(refs, refAt, lexemes, asRelativeSubject(owner, lexemes, refs), quotedParagraphs);
      // "Reyes's mother said": the owner is named, the speaker is not.
      const owned = name.possessive ? anonymousRef(lexemes, name.last, known, i) : undefined;
      if (owned !== undefined) pushHidden(refs, owned, quotedParagraphs);
      // "A Harlow Mills spokesman told ... he said": the organisation speaks on through its "he".
      const voice =
        owned === undefined ? namedVoice(lexemes, i, name, entityOf[n] ?? -1) : undefined;
      if (voice !== undefined) pushHidden(refs, voice, quotedParagraphs);
      i = Math.max(i, name.last);
      continue;
    }
    // Punctuation starts no description, pronoun or unnamed person: none of the readers below
    // would take it, so it is not offered to each of them.
    if (!(lexemes[i] as Lexeme).word) continue;
    const ref =
      descriptionRef(lexemes, i, described) ?? pronounRef(lexemes, i) ?? speakingIt(lexemes, i);
    if (ref !== undefined) {
      // "the former vice president's spokeswoman said": the spokesperson is the clause's subject,
      // and speaks for the owner, resolved when the spokesperson is (`voiceOwner`).
      const owner = ref.form === "role" && spokespersonAfter(lexemes, ref.last);
      pushRef(refs, refAt, lexemes, owner ? { ...ref, subject: false } : ref, quotedParagraphs);
      const voice = owner ? anonymousRef(lexemes, ref.last, known, i) : undefined;
      if (voice !== undefined) pushHidden(refs, voice, quotedParagraphs);
      i = ref.last;
      continue;
    }
    const unnamed = anonymousRef(lexemes, i, known, i);
    if (unnamed !== undefined) {
      pushHidden(refs, withVoice(unnamed, nameAt, entityOf, entities), quotedParagraphs);
      // "a senior Dresner adviser": the name inside is read next, a mention like any other.
      const inner = nameInside(unnamed, nameAt);
      if (inner >= 0) associateEnd = unnamed.last;
      i = inner >= 0 ? inner - 1 : unnamed.last;
    }
  }
  return { refs, refAt };
}

/** How many references back a relative clause's name looks for a subject in its sentence. */
const RELATIVE_LOOK_BACK_REFS = 32;

/**
 * "It is a view shared by Rooney, who believes": a name that opens a relative clause is that
 * clause's subject when nobody is a subject before it in its sentence ("Greene finished behind
 * Gatlin, who won" stays Greene's sentence).
 */
function asRelativeSubject(ref: Ref, lexemes: readonly Lexeme[], refs: readonly Ref[]): Ref {
  if (ref.subject || ref.possessive || !opensRelative(lexemes, ref.last)) return ref;
  // Bounded: a run-on "sentence" of thousands of names must not make this a walk per name.
  const floor = Math.max(0, refs.length - RELATIVE_LOOK_BACK_REFS);
  for (let r = refs.length - 1; r >= floor; r--) {
    const prev = refs[r] as Ref;
    if (prev.sentence !== ref.sentence) break;
    if (prev.subject) return ref;
  }
  // Past the bound and still in the sentence: too long a sentence to tell, so no subject.
  if (refs[floor - 1]?.sentence === ref.sentence) return ref;
  return { ...ref, subject: true, embedded: true };
}

function pushRef(
  refs: Ref[],
  refAt: Int32Array,
  lexemes: readonly Lexeme[],
  ref: Ref,
  quotedParagraphs: ReadonlySet<number>,
): void {
  for (let k = ref.first; k <= ref.last && k < lexemes.length; k++) refAt[k] = refs.length;
  // Words of a block-quoted paragraph are its author's, not the narrative's.
  refs.push(
    uniformRef(
      ref.quote === NARRATIVE && quotedParagraphs.has(ref.paragraph)
        ? { ...ref, quote: IN_BLOCK_QUOTE }
        : ref,
    ),
  );
}

/** A spokesperson's reference stands for the organisation named after it, or is resolved later. */
function withVoice(
  ref: Ref,
  nameAt: Int32Array,
  entityOf: readonly number[],
  entities: readonly EntityDraft[],
): Ref {
  if (ref.voice === undefined) return ref;
  if (ref.voice.party !== undefined) {
    // "a Labour spokesman" is the Labour Party when the article names it; else nobody named.
    const party = partyNamed(entities, ref.voice.party);
    const { voice: _, ...unnamed } = ref;
    return party >= 0 ? { ...ref, entity: party } : unnamed;
  }
  const org = ref.voice.speaksFor < 0 ? -1 : (entityOf[nameAt[ref.voice.speaksFor] ?? -1] ?? -1);
  return { ...ref, entity: org >= 0 ? org : -1 };
}

/**
 * "A Harlow Mills spokesman", "an Acme spokeswoman": a spokesperson named after the organisation
 * right before the noun, the subject of its clause. The spokesperson is unnamed, and speaks for the
 * organisation: a later "he" or "she" of the noun's gender is the organisation speaking on, as
 * after "a spokeswoman for Acme". Undefined for anything else.
 */
function namedVoice(
  lexemes: readonly Lexeme[],
  at: number,
  name: NameMention,
  entity: number,
): Ref | undefined {
  const det = lexemes[at - 1];
  const noun = lexemes[name.last + 1];
  if (entity < 0 || name.possessive || det === undefined || noun === undefined) return undefined;
  if (!INDEFINITES_AND_THE.has(det.lower) || det.sentence !== name.sentence) return undefined;
  if (!noun.word || noun.cap || !isSpokesperson(noun.lower)) return undefined;
  const gender = GENDERED_SPOKES.get(noun.lower);
  // From the name on, not its determiner: the references stay in text order.
  return {
    first: at,
    last: name.last + 1,
    form: "role",
    entity,
    possessive: false,
    quote: det.quote,
    sentence: det.sentence,
    paragraph: det.paragraph,
    subject: opensClause(lexemes, at - 1),
    head: noun.lower,
    anonymous: true,
    ...(gender === undefined ? {} : { gender }),
    voice: { speaksFor: at },
  };
}

/** The determiners a spokesperson named after their organisation follows: "a", "an", "the". */
const INDEFINITES_AND_THE: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** The spokesperson nouns that say a gender. */
const GENDERED_SPOKES: ReadonlyMap<string, "male" | "female"> = new Map([
  ["spokesman", "male"],
  ["spokeswoman", "female"],
]);

/** An unnamed person counts for salience in the narrative only, and no lexeme points to it. */
function pushHidden(refs: Ref[], ref: Ref, quotedParagraphs: ReadonlySet<number>): void {
  if (ref.quote === NARRATIVE && !quotedParagraphs.has(ref.paragraph)) refs.push(uniformRef(ref));
}

function nameRef(
  lexemes: readonly Lexeme[],
  first: number,
  name: NameMention,
  entity: number,
  entities: readonly EntityDraft[],
): Ref {
  const kind = entities[entity]?.kind;
  const form: MentionForm =
    kind === "organization"
      ? "organization"
      : name.titled
        ? "title"
        : name.words.length > 1
          ? "name"
          : "surname";
  return {
    first,
    last: name.last,
    form,
    entity,
    possessive: name.possessive,
    quote: name.quote,
    sentence: name.sentence,
    paragraph: name.paragraph,
    ...clauseMarks(lexemes, first, !name.possessive),
  };
}

function pronounRef(lexemes: readonly Lexeme[], i: number): Ref | undefined {
  const lex = lexemes[i] as Lexeme;
  const gender = lex.word ? GENDERED_PRONOUNS.get(lex.lower) : undefined;
  if (gender === undefined) return undefined;
  return {
    first: i,
    last: i,
    form: "pronoun",
    entity: UNRESOLVED,
    possessive: lex.lower === "his" || (lex.lower === "her" && nextIsNoun(lexemes, i)),
    quote: lex.quote,
    sentence: lex.sentence,
    paragraph: lex.paragraph,
    subject: lex.lower === "he" || lex.lower === "she",
    ...embedded(lexemes, i, lex.lower === "he" || lex.lower === "she"),
    gender,
  };
}

/** "It said", "it has also warned": "it" as the subject of a verb of saying, and nowhere else. */
function speakingIt(lexemes: readonly Lexeme[], i: number): Ref | undefined {
  const lex = lexemes[i] as Lexeme;
  if (!lex.word || lex.lower !== "it") return undefined;
  let k = i + 1;
  while (k - i <= 3 && IT_BEFORE_VERB.has(lexemes[k]?.lower ?? "")) k++;
  const verb = lexemes[k];
  if (verb === undefined || !verb.word || verb.cap || verb.sentence !== lex.sentence)
    return undefined;
  const lemma = speechLemma(verb.lower);
  if (lemma === undefined || !isDirectSpeechVerb(lemma) || verb.lower === lemma) return undefined;
  return {
    first: i,
    last: i,
    form: "pronoun",
    entity: UNRESOLVED,
    possessive: false,
    quote: lex.quote,
    sentence: lex.sentence,
    paragraph: lex.paragraph,
    subject: true,
    neuter: true,
  };
}

function nextIsNoun(lexemes: readonly Lexeme[], i: number): boolean {
  const next = lexemes[i + 1];
  return next?.word === true && !FUNCTION_WORDS.has(next.lower);
}
