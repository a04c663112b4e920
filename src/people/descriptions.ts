import { noName } from "../no-name.ts";
import type { Lexeme } from "../text/lexer.ts";
import { speechLemma } from "../text/speech-verbs.ts";
import { isAnonymous } from "./anonymous.ts";
import type { ArticleCache } from "./article-cache.ts";
import { lookupsOf, resolveOrg } from "./description-orgs.ts";
import { documentInFocus, documentIssuer } from "./document-issuer.ts";
import type { EntityDraft } from "./entities.ts";
import { personInFocus } from "./focus.ts";
import {
  DESCRIPTION_AUXILIARIES,
  DESCRIPTION_IGNORED,
  DOCUMENT_NOUNS,
  ORG_NOUNS,
  ROLE_RANKS,
  SPOKES_NOUNS,
} from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import { NATIONALITIES } from "./places.ts";
import { isPublicationNoun, publicationNamedBefore } from "./publication-before.ts";
import { isPersonLike, mostSalient } from "./salience.ts";
import { NOBODY, UNRESOLVED } from "./sentinels.ts";
import { spokespersonBefore } from "./spokesperson-before.ts";
import { unnamedGroupBefore } from "./unnamed-before.ts";

/** What the people stage knows, shared by the resolvers. */
export interface People {
  readonly text: string;
  readonly lexemes: readonly Lexeme[];
  readonly refs: Ref[];
  readonly refAt: Int32Array;
  readonly entities: readonly EntityDraft[];
  /** Lower-case words of the roles each entity is given in the text ("press", "secretary"). */
  readonly roleWords: ReadonlyMap<number, ReadonlySet<string>>;
  /** Descriptions already resolved: "former exxon ceo" → entity. */
  readonly learned: Map<string, number>;
  /** References whose entity the text confirms (a role it gave, a cue that names the speaker). */
  readonly confirmed: Set<number>;
  /** Descriptions resolved by salience alone, no role or apposition naming them ("the American"). */
  readonly guessed: Set<number>;
  /** Values worked out once per article from these people (see `ArticleCache`). */
  readonly cache: Map<ArticleCache<unknown>, unknown>;
}

/** The words of a description that say what it is, without determiners and the like. */
export function wordsOf(people: People, ref: Ref): string[] {
  const out: string[] = [];
  for (let k = ref.first; k <= ref.last; k++) {
    const lex = people.lexemes[k] as Lexeme;
    if (lex.word && !DESCRIPTION_IGNORED.has(lex.lower)) out.push(lex.lower);
  }
  return out;
}

/**
 * Resolves a role description ("the former Exxon CEO", "the press secretary", "the daily") to the
 * entity the article gave that role to, or else to the person in focus; NOBODY when nobody fits. Only
 * the people stage calls it, once per description in text order; later stages read `ref.entity`.
 */
export function resolveDescription(people: People, index: number): number {
  const ref = people.refs[index] as Ref;
  if (ref.entity !== UNRESOLVED) return ref.entity;
  const named = appositionOf(people, ref);
  if (named !== undefined) {
    ref.entity = named;
    people.confirmed.add(index);
    return named;
  }
  const words = wordsOf(people, ref);
  const key = words.join(" ");
  // A document is whoever issued this one: "the statement" may be another's than the last.
  const document = ref.head !== undefined && DOCUMENT_NOUNS.has(ref.head);
  const known = document ? undefined : people.learned.get(key);
  const resolved =
    known ??
    (document
      ? (namedIssuer(people, ref) ??
        documentIssuer(people, index) ??
        documentInFocus(people, index))
      : ref.head !== undefined && isOrgHead(ref.head)
        ? publicationOrOrg(people, ref, index, words)
        : resolvePerson(people, ref, index, words));
  ref.entity = resolved;
  if (resolved >= 0 && !unlearned.has(ref)) people.learned.set(key, resolved);
  if (known !== undefined) people.confirmed.add(index);
  return resolved;
}

/** Descriptions resolved to a publication named just before, not to be learned for later ones. */
const unlearned = new WeakSet<Ref>();

/** An organisation's description; a publication's, when nothing else resolves it, the one named just before. */
function publicationOrOrg(
  people: People,
  ref: Ref,
  index: number,
  words: readonly string[],
): number {
  const resolved = resolveOrg(people, ref, index, words);
  if (resolved >= 0 || words.length > 1 || !isPublicationNoun(ref.head ?? "")) return resolved;
  const named = publicationNamedBefore(people, ref);
  if (named === undefined) return resolved;
  // Not learned: a later "the paper" looks for its own publication.
  unlearned.add(ref);
  return named;
}

/** The name a description stands in apposition with: "The port's director, Ian Marsh," or "Ian Marsh, the port's director,". */
function appositionOf(people: People, ref: Ref): number | undefined {
  const { lexemes, refAt, refs } = people;
  const named = noName((r: number): number | undefined => {
    const other = refs[r];
    // "The developer, Greenfield Homes," names an organisation; "The port's director, Ian Marsh," a person.
    const fits =
      ref.head !== undefined && isOrgHead(ref.head)
        ? other?.form === "organization"
        : other?.form === "name" || other?.form === "title";
    if (other === undefined || other.possessive || !fits) return undefined;
    return other.entity >= 0 ? other.entity : undefined;
  });
  if (lexemes[ref.last + 1]?.text === ",") {
    const after = named(refAt[ref.last + 2] ?? -1);
    if (after !== undefined) return after;
  }
  if (lexemes[ref.first - 1]?.text !== ",") return undefined;
  const before = refAt[ref.first - 2] ?? -1;
  // "Reacting to a remark by Ian Marsh, the American said": a description that goes on with its
  // verb is the clause's subject; a name before it in an opening phrase is no apposition.
  if (refs[before]?.subject === false && opensVerb(lexemes[ref.last + 1])) return undefined;
  return named(before);
}

/** A verb right after a description: a verb of saying, or an auxiliary ("the American has said"). */
function opensVerb(lex: Lexeme | undefined): boolean {
  if (lex === undefined || !lex.word) return false;
  return DESCRIPTION_AUXILIARIES.has(lex.lower) || speechLemma(lex.lower) !== undefined;
}

/** An organisation's noun heads the description: "the transit authority" is never a person. */
function isOrgHead(head: string): boolean {
  return ORG_NOUNS.has(head);
}

/** A description with an owner inside it: "the care home's manager", "the company's founder". */
function hasOwner(people: People, ref: Ref): boolean {
  for (let k = ref.first + 1; k < ref.last; k++) {
    if ((people.lexemes[k] as Lexeme).possessive) return true;
  }
  return false;
}

/**
 * "the Christie supporter", "a Trump adviser": a person's name inside the description says whose
 * associate this is, someone else than that person and than whoever the article is about.
 */
function namesPerson(people: People, ref: Ref): boolean {
  const { namesAt } = lookupsOf(people);
  for (let k = ref.first + 1; k < ref.last; k++) {
    for (const { entity } of namesAt.get(k) ?? []) if (entity.kind === "person") return true;
  }
  return false;
}

/**
 * "the M&S spokesman", "an FA spokeswoman": the organisation named inside a spokesperson's
 * description speaks through them; NOBODY when none is named there.
 */
function organisationNamedIn(people: People, ref: Ref): number {
  return nameBeforeHead(people, ref, (entity) => entity.kind === "organization") ?? NOBODY;
}

/**
 * "the World Bank report said", "the Kok report": a document whose issuer is named right before
 * its noun, an organisation or a person.
 */
function namedIssuer(people: People, ref: Ref): number | undefined {
  return nameBeforeHead(
    people,
    ref,
    (entity) => entity.kind === "organization" || entity.kind === "person",
  );
}

/** The entity named by the words right before a description's noun, when `fits` it. */
function nameBeforeHead(
  people: People,
  ref: Ref,
  fits: (entity: EntityDraft) => boolean,
): number | undefined {
  const { namesAt } = lookupsOf(people);
  for (let k = ref.first + 1; k < ref.last; k++) {
    for (const { entity, last } of namesAt.get(k) ?? []) {
      if (last === ref.last - 1 && fits(entity)) return entity.id;
    }
  }
  return undefined;
}

function resolvePerson(people: People, ref: Ref, index: number, words: readonly string[]): number {
  const head = ref.head as string;
  const ranks = words.filter((w) => ROLE_RANKS.has(w));
  // "the governor said" is no former governor's: "former" is a rank of its own.
  const former = describedFormer(people, ref);
  const holders = new Set<number>();
  for (const id of lookupsOf(people).holders.get(head) ?? []) {
    const roleWords = people.roleWords.get(id) ?? new Set<string>();
    if (!words.every((w) => roleWords.has(w))) continue;
    if (former && !roleWords.has(FORMER)) continue;
    const extraRank = [...roleWords].some(
      (w) => (ROLE_RANKS.has(w) && !ranks.includes(w)) || (w === FORMER && !former),
    );
    if (!extraRank && ranks.every((w) => roleWords.has(w))) holders.add(id);
  }
  if (holders.size === 1) {
    people.confirmed.add(index);
    return [...holders][0] as number;
  }
  // A spokesperson nobody was named as speaks for an organisation, not for the person in focus;
  // "the care home's manager" is that owner's, not whoever the article is about.
  if (holders.size === 0 && SPOKES_NOUNS.has(head)) {
    const named = organisationNamedIn(people, ref);
    return named >= 0 ? named : (spokespersonBefore(people, index) ?? NOBODY);
  }
  if (holders.size === 0 && (hasOwner(people, ref) || namesPerson(people, ref))) return NOBODY;
  // "Mexican officials ... the official said", "greeted by an organizer ... the organizer told them":
  // someone unnamed, when nobody holds the noun.
  const heldByAnyone = (lookupsOf(people).holders.get(head)?.length ?? 0) > 0;
  const bare = words.length === 1 && words[0] === head;
  if (holders.size === 0 && bare && !heldByAnyone && unnamedGroupBefore(people, ref, head)) {
    return NOBODY;
  }
  const accept =
    holders.size > 1
      ? (id: number) => holders.has(id)
      : (id: number) => isPersonLike(people.entities[id]);
  // "One victim, an 81-year-old widow, ... the widow said": the unnamed person it refers back to.
  const unnamed =
    holders.size === 0
      ? (other: Ref) => (isAnonymous(other) && other.head === head ? 1 : 0)
      : undefined;
  const seen =
    holders.size === 0 ? { ids: new Set<number>(), skip: aside(people, ref, words) } : undefined;
  const salient = mostSalient(people.refs, index, ref.sentence, accept, unnamed, seen);
  // "World number one X ... Y said ... the American said": an age or nationality no role confirms
  // is the person the article is about, when they are near, not the latest name.
  const topic =
    isEpithetHead(head) && seen !== undefined && salient >= 0 && !newcomer(people, ref, salient)
      ? personInFocus(people, seen.ids, ref.first)
      : -1;
  const focus = topic >= 0 ? topic : salient;
  if (holders.size > 0) people.confirmed.add(index);
  else if (focus >= 0) people.guessed.add(index);
  if (focus >= 0 || holders.size === 0) return focus >= 0 ? focus : NOBODY;
  return Math.min(...holders);
}

/** The word that makes an office past: "the former New Jersey governor". */
const FORMER = "former";

/** The description itself says "former" ("The former pollster"), which `wordsOf` may leave out. */
function describedFormer(people: People, ref: Ref): boolean {
  for (let k = ref.first; k <= ref.last; k++) {
    if (people.lexemes[k]?.lower === FORMER) return true;
  }
  return false;
}

/**
 * "Paramedic Lisa Carr ... said morale was low. "...," the 46-year-old said": an age is news about
 * someone just introduced. The most salient person is that newcomer when named once so far, in
 * this sentence or the one before.
 */
function newcomer(people: People, ref: Ref, salient: number): boolean {
  if (!/^\d+-year-old$/.test(ref.head ?? "")) return false;
  const mentions = people.entities[salient]?.mentions ?? [];
  const first = mentions[0];
  if (first === undefined || (mentions[1]?.first ?? Number.POSITIVE_INFINITY) < ref.first) {
    return false;
  }
  const sentence = people.lexemes[first.first]?.sentence ?? -1;
  return sentence >= ref.sentence - 1 && first.first < ref.first;
}

/**
 * An age or a nationality standing for a person ("the 74-year-old", "the American"): used for the
 * person the article is about. Other descriptions no role confirms ("the veteran") go to the most
 * salient person: giving them to the person in focus too lost right names on validation.
 */
function isEpithetHead(head: string): boolean {
  return /^\d+-year-old$/.test(head) || NATIONALITIES.has(head);
}

/**
 * References a description cannot stand for: a name earlier in its own sentence that is no
 * clause's subject and was given another role ("Reacting to a remark by chairman Y, the American
 * said" is not Y), and a role in apposition, which only repeats the name before it.
 */
function aside(people: People, description: Ref, words: readonly string[]): (ref: Ref) => boolean {
  return (ref) =>
    (ref.sentence === description.sentence &&
      ref.first < description.first &&
      !ref.subject &&
      hasOtherRole(people, ref.entity, words)) ||
    inApposition(people, ref);
}

/** The entity was given a role, and the description's words are not in it ("chairman" is no "American"). */
function hasOtherRole(people: People, entity: number, words: readonly string[]): boolean {
  const roles = people.roleWords.get(entity);
  return roles !== undefined && roles.size > 0 && !words.some((w) => roles.has(w));
}

/**
 * "the actor Ray Benton, the star of the sitcom": a role in apposition repeats the name before it,
 * which already counted; after its comma it only looks like a clause's subject.
 */
function inApposition(people: People, ref: Ref): boolean {
  if (ref.form !== "role" || people.lexemes[ref.first - 1]?.text !== ",") return false;
  const before = people.refs[people.refAt[ref.first - 2] ?? -1];
  return before !== undefined && (before.form === "name" || before.form === "surname");
}
