import { ArticleCache } from "../people/article-cache.ts";
import type { People } from "../people/descriptions.ts";
import {
  CALENDAR_WORDS,
  COURTESY_TITLES,
  FUNCTION_WORDS,
  SPOKES_NOUNS,
} from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import { NOBODY } from "../people/sentinels.ts";
import { ownerBeforeNoun } from "../people/spokespeople.ts";

/** Who a cue names: an entity (≥ 0), or NOBODY when it names someone the article does not. */
export interface Subject {
  readonly entity: number;
  /** Lexeme range of the words that name the speaker. */
  readonly first: number;
  readonly last: number;
}

/**
 * The role descriptions inside a cue: the article names its speaker with them, so they confirm the
 * description as that speaker's alias. Returned, not written into People.
 */
export function cueDescriptions(people: People, first: number, last: number): number[] {
  const out: number[] = [];
  for (let k = first; k <= last; k++) {
    const r = people.refAt[k] ?? -1;
    if (r >= 0 && people.refs[r]?.form === "role" && out[out.length - 1] !== r) out.push(r);
  }
  return out;
}

/**
 * The entity a spokesperson speaks for. A name with a spokesperson is an organisation's: the
 * people stage already read it as one (`spokenForEntities`), so nothing is written here.
 */
export function spokenFor(people: People, r: number): number {
  return entityOfRef(people, r);
}

/** The entity id of "crowds", "sources", "a witness": somebody, but nobody the article names. */
export { NOBODY };

/** The entity a reference stands for (the people stage resolved every description), or NOBODY. */
export function entityOfRef(people: People, index: number): number {
  const ref = people.refs[index] as Ref;
  return ref.entity >= 0 ? ref.entity : NOBODY;
}

/**
 * "A Commission spokesman", "a Lufthansa spokeswoman": a spokesperson noun at lexeme `k` right
 * after a name speaks for that name's organisation; "a Clinton campaign spokesman" for the candidate.
 */
export function namedSpokesperson(people: People, k: number, floor: number): Subject | undefined {
  const noun = people.lexemes[k];
  const at = ownerBeforeNoun(people.lexemes, k);
  if (noun === undefined || !SPOKES_NOUNS.has(noun.lower) || at < floor) return undefined;
  const r = people.refAt[at] ?? -1;
  const ref = people.refs[r];
  if (ref === undefined || ref.possessive || ref.form === "pronoun" || ref.form === "role") {
    return undefined;
  }
  return { entity: spokenFor(people, r), first: ref.first, last: k };
}

/**
 * "a spokesman said": the organisation a spokesperson phrase ending at lexeme `head` speaks for
 * (the one named after it or in focus), NOBODY when there is none, undefined when it is no such phrase.
 */
export function voiceEndingAt(people: People, head: number): Subject | undefined {
  const { refs } = people;
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // "A Labour party spokesman": the phrase starts up to three words before its noun.
    if ((refs[mid] as Ref).first < head - 3) lo = mid + 1;
    else hi = mid;
  }
  for (let r = lo; r < refs.length && (refs[r] as Ref).first <= head; r++) {
    const ref = refs[r] as Ref;
    if (ref.voice !== undefined && ref.last === head) {
      // "the former vice president's spokeswoman": the phrase starts with its owner's description.
      const first = people.refs[people.refAt[ref.voice.owner ?? -1] ?? -1]?.first ?? ref.first;
      return { entity: ref.entity >= 0 ? ref.entity : NOBODY, first, last: ref.last };
    }
  }
  return undefined;
}

/**
 * A name the people stage did not read, at lexemes `first`..`n`: a capitalised word that is also a
 * nationality or a colour ("Cuban", "French", "White"), after a courtesy title or alone. It is the
 * one person the article gave that surname; after a title it names someone all the same (NOBODY:
 * a named speaker, not whoever spoke before); alone and nobody's surname, it is no name.
 */
export function unreadName(people: People, first: number, n: number): Subject | undefined {
  const { lexemes, refAt } = people;
  const word = lexemes[n];
  const title = first < n && COURTESY_TITLES.has(lexemes[first]?.lower ?? "");
  if (word === undefined || !word.word || !word.cap || word.possessive) return undefined;
  if ((refAt[n] ?? -1) >= 0 || CALENDAR_WORDS.has(word.lower) || FUNCTION_WORDS.has(word.lower))
    return undefined;
  const person = onlyPersonCalled(people, word.lower);
  if (person !== undefined) return { entity: person, first, last: n };
  return title ? { entity: NOBODY, first, last: n } : undefined;
}

/** Marks a surname that more than one person carries. */
const SHARED = -1;

const bySurname = new ArticleCache<ReadonlyMap<string, number>>();

/**
 * The one person whose surname is `surname`, if exactly one has it. The table is built once per
 * article: a cue per quotation asking it must not walk every entity each time.
 */
function onlyPersonCalled(people: People, surname: string): number | undefined {
  let table = bySurname.get(people);
  if (table === undefined) {
    const built = new Map<string, number>();
    for (const entity of people.entities) {
      if (entity.kind !== "person" || entity.surname === undefined) continue;
      built.set(entity.surname, built.has(entity.surname) ? SHARED : entity.id);
    }
    bySurname.set(people, built);
    table = built;
  }
  const found = table.get(surname);
  return found === undefined || found === SHARED ? undefined : found;
}

/** A name the people stage did not read ending at `k`: alone after punctuation, or after "Mr". */
export function unreadNameBefore(people: People, k: number, floor: number): Subject | undefined {
  const { lexemes } = people;
  const title = lexemes[k - 1]?.text === "." ? k - 2 : k - 1;
  if (title >= floor && COURTESY_TITLES.has(lexemes[title]?.lower ?? ""))
    return unreadName(people, title, k);
  // "the French said" is a people, not a name.
  return k - 1 < floor || lexemes[k - 1]?.word !== true ? unreadName(people, k, k) : undefined;
}
