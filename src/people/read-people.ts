import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme as isSpeechVerb } from "../text/speech-verbs.ts";
import { isAnonymous } from "./anonymous.ts";
import { type People, resolveDescription } from "./descriptions.ts";
import {
  type EntityDraft,
  groupNames,
  markOrganisationOpeners,
  mergeOfficeAppositions,
} from "./entities.ts";
import { organisationInFocus } from "./focus.ts";
import { genderOfNoun, KINSHIP_NOUNS } from "./lexicon.ts";
import { buildRefs, type Ref } from "./mentions.ts";
import { wordUse } from "./name-runs.ts";
import { findNames, type NameMention } from "./names.ts";
import { markNamesUsedAsPeople } from "./one-word-names.ts";
import { otherOfGenderBefore, pronounAntecedent } from "./pronoun-antecedent.ts";
import { type Relatives, relativeOf, withRelationRefs } from "./relatives.ts";
import { appositiveRole, describedAsOrganisation, roleBeforeName } from "./roles.ts";
import { isPersonLike } from "./salience.ts";
import { NARRATIVE, UNRESOLVED } from "./sentinels.ts";
import { spokenForEntities } from "./spokespeople.ts";
import { withTitleOrgs } from "./title-orgs.ts";
import { voiceOwner } from "./voice-owner.ts";

/** Per entity: the roles the article gives it, as text, in order. */
export type RoleTexts = Map<number, string[]>;

/** The people stage's result: resolvers' state plus the names and roles read. */
export interface PeopleReading extends People {
  readonly roles: RoleTexts;
  readonly names: readonly NameMention[];
  /** Entity of each name, -1 for places. */
  readonly entityOf: readonly number[];
  /** People named only through someone else ("Youssif's father"): entities made by this stage. */
  readonly relatives: Relatives;
}

/**
 * Reads the people and organisations of an article: names grouped into entities, pronouns and
 * role descriptions resolved in text order. `skip` holds paragraphs not to read names from
 * (headlines, photo credits).
 */
export function readPeople(
  text: string,
  lexemes: readonly Lexeme[],
  skip: ReadonlySet<number>,
  quotedParagraphs: ReadonlySet<number> = new Set(),
): PeopleReading {
  const use = wordUse(lexemes);
  const names = withTitleOrgs(text, lexemes, findNames(text, lexemes, use, skip));
  const { entities, entityOf } = groupNames(names);
  mergeOfficeAppositions(lexemes, names, entities, entityOf);
  markOrganisationOpeners(entities);
  const { refs, refAt, owners } = withRelationRefs(
    lexemes,
    buildRefs(lexemes, names, entityOf, entities, quotedParagraphs),
  );
  markSpeakersAsPeople(lexemes, refs, refAt, entities);
  markNamesUsedAsPeople(lexemes, refs, entities, use.lower);
  // After the names read as people: "a Lufthansa spokeswoman" makes an unknown name an organisation's.
  for (const id of spokenForEntities(lexemes, refs, refAt)) {
    const draft = entities[id];
    if (draft !== undefined && draft.kind === "unknown") draft.kind = "organization";
  }
  const { roles, roleWords } = collectRoles(text, lexemes, names, entityOf, entities);
  const people: PeopleReading = {
    text,
    lexemes,
    refs,
    refAt,
    entities,
    roleWords,
    learned: new Map(),
    confirmed: new Set(),
    guessed: new Set(),
    cache: new Map(),
    roles,
    names,
    entityOf,
    relatives: { byId: new Map(), byKey: new Map() },
  };
  resolveInOrder(people, entities, owners);
  resolveOtherDescriptions(people);
  return people;
}

/** The roles the article gives each entity, as text and as a set of lower-case words. */
function collectRoles(
  text: string,
  lexemes: readonly Lexeme[],
  names: readonly NameMention[],
  entityOf: readonly number[],
  entities: readonly EntityDraft[],
): { roles: RoleTexts; roleWords: Map<number, Set<string>> } {
  const roles: RoleTexts = new Map();
  const roleWords = new Map<number, Set<string>>();
  names.forEach((name, n) => {
    const id = entityOf[n] ?? -1;
    if (id < 0) return;
    const after = name.possessive ? undefined : appositiveRole(text, lexemes, name.last + 1);
    // "Her deputy, Tom Okafor, was": an apposition closes after the name; "..., Clinton went" does not.
    const closed = /^[,.;:()—–-]$/.test(lexemes[name.last + 1]?.text ?? ".");
    const before =
      name.kind === "organization" || !closed
        ? undefined
        : roleBeforeName(text, lexemes, name.outerFirst);
    const draft = entities[id];
    // A name given a role between commas ("X, a lawyer for Y,") is a person's; one described as
    // an organisation ("Streamly, the video streaming service,") an organisation's.
    if (draft !== undefined && draft.kind === "unknown") {
      const relative = relativeBefore(lexemes, name.outerFirst);
      if (relative !== undefined) {
        // "his wife, Deniz,": a relative named in apposition is a person, of the relation's gender.
        draft.kind = "person";
        const { gender } = genderOfNoun(relative);
        if (draft.gender === undefined && gender !== undefined) draft.gender = gender;
      } else if ((after ?? before) !== undefined) draft.kind = "person";
      else if (describedAsOrganisation(lexemes, name.outerFirst, name.last))
        draft.kind = "organization";
    }
    for (const role of [withAffiliation(text, lexemes, name), after, before]) {
      if (role === undefined || role === "") continue;
      const list = roles.get(id) ?? [];
      if (!list.includes(role)) list.push(role);
      roles.set(id, list);
      const set = roleWords.get(id) ?? new Set<string>();
      for (const w of role.toLowerCase().split(/[\s,]+/)) set.add(w);
      roleWords.set(id, set);
    }
  });
  return { roles, roleWords };
}

/**
 * A full name that says or tells something ("Bernie Toivonen told CNN") is a person's, even when no
 * title or known given name said so: the pronouns after it may point at it.
 */
function markSpeakersAsPeople(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  refAt: ArrayLike<number>,
  entities: readonly EntityDraft[],
): void {
  for (const ref of refs) {
    const entity = ref.entity < 0 ? undefined : entities[ref.entity];
    if (entity === undefined || entity.kind !== "unknown" || entity.first === undefined) continue;
    if (ref.form !== "name" || ref.possessive) continue;
    const next = lexemes[ref.last + 1];
    const inverted = invertedVerb(lexemes, refs, refAt, ref);
    if (isSpeechVerb(next) || isSpeechVerb(inverted)) entity.kind = "person";
  }
}

/** The verb before a name it follows: "said Dante Chinni", "noted NBC's Dante Chinni". */
function invertedVerb(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  refAt: ArrayLike<number>,
  ref: Ref,
): Lexeme | undefined {
  const before = lexemes[ref.first - 1];
  if (before?.possessive !== true) return before;
  const owner = refs[refAt[ref.first - 1] ?? -1];
  return owner === undefined ? undefined : lexemes[owner.first - 1];
}

/** The title of a name with the possessor written before it: "Vox" for "Vox's Dara Lind". */
function withAffiliation(
  text: string,
  lexemes: readonly Lexeme[],
  name: NameMention,
): string | undefined {
  const before = lexemes[name.outerFirst - 1];
  if (
    before === undefined ||
    !before.possessive ||
    !before.cap ||
    before.sentence !== name.sentence
  ) {
    return name.title;
  }
  return name.title === undefined
    ? before.text
    : `${text.slice(before.start, name.outerStart).trim()} ${name.title}`;
}

/** Resolves pronouns and clause-subject descriptions in text order, so each sees the ones before. */
function resolveInOrder(
  people: PeopleReading,
  entities: EntityDraft[],
  owners: ReadonlyMap<number, number>,
): void {
  const { refs } = people;
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k] as Ref;
    const owner = owners.get(k);
    if (owner !== undefined) {
      // "His father said": the owner before it is resolved already, in text order.
      const of = (refs[owner] as Ref).entity;
      ref.entity = relativeOf(entities, people.relatives, of, ref.head as string);
      continue;
    }
    // Words inside a quotation are the speaker's: their "he" and "the minister" stay unresolved.
    if (ref.quote !== NARRATIVE || ref.entity !== UNRESOLVED) continue;
    if (ref.voice !== undefined) {
      ref.entity = voiceOwner(people, k) ?? organisationInFocus(people, k);
      continue;
    }
    if (ref.form === "role" && ref.subject) {
      resolveDescription(people, k);
      continue;
    }
    if (ref.form !== "pronoun") continue;
    if (ref.neuter === true) {
      ref.entity = organisationInFocus(people, k);
      continue;
    }
    const gender = ref.gender;
    ref.entity = pronounAntecedent(people.lexemes, refs, entities, k, (other) =>
      unnamedWeight(other, gender),
    );
    // A name of unknown kind learns from any he or she: being one is what makes it a person's.
    const antecedent = entities[ref.entity];
    if (antecedent?.kind !== "person" || clearAntecedent(refs, entities, k))
      learnGender(antecedent, gender);
  }
}

/** How many references back a pronoun looks for the name it may learn a gender from. */
const CLEAR_REFS_BACK = 40;

/**
 * The pronoun `refs[k]` clearly names its antecedent, sure enough to learn a gender from: the
 * nearest name before it that could be its antecedent is it ("Varela said at his unveiling"). A
 * guess past a nearer one ("Moran said that Governor Reyes cut the budget, in addition to his
 * plan") would teach a woman's unknown given name a man's gender, and every later "she" would
 * miss her.
 */
function clearAntecedent(
  refs: readonly Ref[],
  entities: readonly EntityDraft[],
  k: number,
): boolean {
  const ref = refs[k] as Ref;
  for (let r = k - 1; r >= 0 && k - r <= CLEAR_REFS_BACK; r--) {
    const other = refs[r] as Ref;
    if (other.quote !== NARRATIVE || other.form === "pronoun" || other.form === "role") continue;
    // A subordinate clause's pronoun after someone else of its gender: no clear antecedent.
    if (other.entity === ref.entity)
      return ref.embedded !== true || !otherOfGenderBefore(refs, r, ref, CLEAR_REFS_BACK);
    const entity = entities[other.entity];
    if (isPersonLike(entity) && (entity?.gender ?? ref.gender) === ref.gender) return false;
  }
  return false;
}

/**
 * The descriptions that are no clause's subject ("said the newspaper", "a statement from the
 * ministry"), after every pronoun: a cue may name its speaker with one, and the quote stages only
 * read what this stage resolved. Pronouns never lean on them, as before they were resolved here.
 */
function resolveOtherDescriptions(people: People): void {
  people.refs.forEach((ref, k) => {
    if (ref.quote === NARRATIVE && ref.form === "role" && ref.entity === UNRESOLVED) {
      resolveDescription(people, k);
    }
  });
}

/** The kinship noun before a name in apposition: "wife" in "his wife, Deniz,". */
function relativeBefore(lexemes: readonly Lexeme[], at: number): string | undefined {
  const noun = lexemes[at - 2];
  if (lexemes[at - 1]?.text !== "," || noun === undefined || noun.cap) return undefined;
  return KINSHIP_NOUNS.has(noun.lower) ? noun.lower : undefined;
}

/** "Valdez ... his unveiling": a pronoun that names someone tells their gender to later ones. */
function learnGender(entity: EntityDraft | undefined, gender: "male" | "female" | undefined): void {
  if (entity !== undefined && entity.gender === undefined && gender !== undefined) {
    entity.gender = gender;
  }
}

/**
 * How well "he" or "she" fits someone unnamed: fully when the words say the gender ("a widow"),
 * half when they do not ("a reporter"): a named person of that gender clearly nearer still wins,
 * and a tie goes to nobody rather than to a guess.
 */
function unnamedWeight(ref: Ref, gender: "male" | "female" | undefined): number {
  // "A spokeswoman for Human Rights Watch said ... She added": the organisation speaks on.
  if (ref.voice !== undefined && ref.entity >= 0) {
    return ref.gender === undefined || ref.gender === gender ? 1 : 0;
  }
  if (!isAnonymous(ref)) return 0;
  if (ref.gender === undefined) return 0.5;
  return ref.gender === gender ? 1 : 0;
}
