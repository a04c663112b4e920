import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme } from "../text/speech-verbs.ts";
import { ArticleCache } from "./article-cache.ts";
import { isBareOpener } from "./bare-opener.ts";
import type { People } from "./descriptions.ts";
import type { EntityDraft } from "./entities.ts";
import {
  GENERIC_ORG_HEADS,
  isRoleNoun,
  NEWSPAPER_HEADS,
  NEWSPAPER_NAME_WORDS,
  TITLE_HEADS,
} from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import { speaks } from "./one-word-names.ts";
import { cannotSpeak, isPersonLike, mostSalient } from "./salience.ts";
import { NOBODY } from "./sentinels.ts";

/** Lookups built once per article, so resolving a description never scans every entity. */
interface Lookups {
  /** Role word → entities whose roles hold it. */
  readonly holders: Map<string, number[]>;
  /** Word of an organisation's name → organisations. */
  readonly orgs: Map<string, number[]>;
  readonly newspapers: Set<number>;
  readonly organizations: Set<number>;
  /** Name mentions by the lexeme they start at, for the names inside a description. */
  readonly namesAt: Map<number, Array<{ readonly entity: EntityDraft; readonly last: number }>>;
  /** Organisations named by a description's words ("foreign ministry"), by those words. */
  readonly namedBy: Map<string, number[]>;
}

const lookups = new ArticleCache<Lookups>();

// Appends in place: copying the list for each entity was quadratic when thousands share a word.
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The lookups of an article, built on first use by the people stage. */
export function lookupsOf(people: People): Lookups {
  const known = lookups.get(people);
  if (known !== undefined) return known;
  const holders = new Map<string, number[]>();
  for (const [id, words] of people.roleWords) {
    for (const w of words) pushTo(holders, w, id);
  }
  const orgs = new Map<string, number[]>();
  const newspapers = new Set<number>();
  for (const e of people.entities) {
    if (e.kind !== "organization") continue;
    for (const w of (e.orgKey ?? "").split(" ")) {
      pushTo(orgs, w, e.id);
      if (NEWSPAPER_NAME_WORDS.has(w)) newspapers.add(e.id);
    }
  }
  const organizations = new Set(
    people.entities.filter((e) => e.kind === "organization").map((e) => e.id),
  );
  // Names never change while descriptions are resolved (only an entity's kind does), so they are
  // indexed once: scanning every entity's mentions per description was quadratic.
  const namesAt: Lookups["namesAt"] = new Map();
  for (const entity of people.entities) {
    for (const m of entity.mentions) {
      pushTo(namesAt, m.first, { entity, last: m.last });
    }
  }
  const built = { holders, orgs, newspapers, organizations, namesAt, namedBy: new Map() };
  lookups.set(people, built);
  return built;
}

/**
 * Heads of organisations an article names by no name: "the campaign" is a candidate's campaign
 * ("the Trump campaign", stop 25: nobody named), not the organisation in focus, unless an
 * organisation's name holds the word ("the Campaign for Clean Rivers").
 */
const UNNAMED_HEADS: ReadonlySet<string> = new Set(["campaign"]);

/**
 * Resolves a description headed by an organisation's noun ("the company", "the newspaper", "the
 * Teamsters union") to an organisation of the article, or NOBODY.
 */
export function resolveOrg(
  people: People,
  ref: Ref,
  index: number,
  words: readonly string[],
): number {
  const head = ref.head as string;
  const { newspapers } = lookupsOf(people);
  if (NEWSPAPER_HEADS.has(head)) {
    return mostSalient(people.refs, index, ref.sentence, (id) => newspapers.has(id));
  }
  const named = orgsNamedBy(people, head, words);
  if (named.length === 1) return named[0] as number;
  const inner = innerOrganisation(people, ref);
  if (inner !== undefined) return inner;
  if (!GENERIC_ORG_HEADS.has(head) || words.length > 1 || UNNAMED_HEADS.has(head)) return NOBODY;
  const owned = titleOwnersOrg(people, ref);
  if (owned !== undefined) return owned;
  // "the company said": the organisation the article is about, the most recent one named.
  const { organizations } = lookupsOf(people);
  // "Novartis said ... the company estimated": a name of unknown kind the article let speak, and
  // no person, is as much an organisation in focus as one typed so.
  const speakers = unknownSpeakers(people);
  const recent = mostSalient(people.refs, index, ref.sentence, (id) => {
    if (organizations.has(id)) return true;
    const entity = people.entities[id];
    return (
      speakers.has(id) &&
      entity?.kind === "unknown" &&
      !isPersonLike(entity) &&
      !isBareOpener(people.lexemes, entity)
    );
  });
  if (recent >= 0) {
    // Read as an organisation from here on, as `unknownAsOrganisation` reads one.
    const entity = people.entities[recent] as EntityDraft;
    if (entity.kind === "unknown") entity.kind = "organization";
    return recent;
  }
  const main = mainOrganization(people, organizations, ref.first);
  return main >= 0 ? main : unknownAsOrganisation(people, index, ref);
}

/** How far back from "the company" the name of its clause's person is looked for, in lexemes. */
const OWNER_REACH = 12;

/**
 * "Brightpath founder Eli Turner, who started the company with one truck", "Valve spokesman Doug
 * Lombardi said that the company": a company described in the clause (or the relative clause) of a
 * person whose title opens with an organisation's name ("Brightpath founder", "Kestrel Air chief
 * executive") is that organisation, not the one in focus. The person's name is the nearest name
 * before the description in its sentence, with no punctuation between but the comma before "who";
 * and exactly one organisation of the article has a name that starts with the title's capitalised
 * words.
 */
function titleOwnersOrg(people: People, ref: Ref): number | undefined {
  const { lexemes, refAt, refs, entities } = people;
  let owner = -1;
  for (let k = ref.first - 1; k > 0 && k >= ref.first - OWNER_REACH; k--) {
    const lex = lexemes[k] as Lexeme;
    if (lex.sentence !== ref.sentence) return undefined;
    if (!lex.word) {
      if (lex.text === "," && lexemes[k + 1]?.lower === "who" && (refAt[k - 1] as number) >= 0) {
        owner = k - 1;
        break;
      }
      return undefined;
    }
    if ((refAt[k] as number) >= 0) {
      owner = k;
      break;
    }
  }
  if (owner < 0) return undefined;
  const ownerRef = refs[refAt[owner] as number];
  if (ownerRef === undefined || ownerRef.form !== "name") return undefined;
  if (entities[ownerRef.entity]?.kind !== "person") return undefined;
  // The title read back from the name: capitalised words, then lower-case role words.
  let start = ownerRef.first;
  while (start > 0 && ownerRef.first - start < 6) {
    const before = lexemes[start - 1] as Lexeme;
    if (before.sentence !== ref.sentence || !before.word || before.possessive) break;
    if (!before.cap && !isRoleNoun(before.lower) && !TITLE_HEADS.has(before.lower)) break;
    start--;
  }
  const orgWords: string[] = [];
  let k = start;
  for (; k < ownerRef.last; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.cap || lex.possessive) break;
    orgWords.push(lex.lower);
  }
  // The capitalised words must be followed by a lower-case role word: "Brightpath founder".
  const role = lexemes[k] as Lexeme | undefined;
  if (orgWords.length === 0 || role === undefined || role.cap) return undefined;
  if (!isRoleNoun(role.lower) && !TITLE_HEADS.has(role.lower)) return undefined;
  const { orgs } = lookupsOf(people);
  const found = (orgs.get(orgWords[0] as string) ?? []).filter((id) => {
    const key = ((entities[id] as EntityDraft).orgKey ?? "").split(" ");
    return orgWords.every((w, i) => key[i] === w);
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "Brill said the payment was fair ... the firm said": with no organisation named, the most salient
 * name of unknown kind that nothing showed to be a person is the firm, and becomes an organisation.
 */
function unknownAsOrganisation(people: People, index: number, ref: Ref): number {
  const speakers = unknownSpeakers(people);
  const unknown = (id: number) => {
    const entity = people.entities[id];
    return speakers.has(id) && entity?.kind === "unknown" && !isPersonLike(entity);
  };
  const found = mostSalient(people.refs, index, ref.sentence, unknown);
  const entity = people.entities[found];
  if (entity === undefined) return NOBODY;
  entity.kind = "organization";
  return found;
}

/**
 * "his foreign ministry" is the organisation whose name holds those words. Kept per description, so
 * an article repeating "the ministry" does not compare it with every ministry again each time.
 */
function orgsNamedBy(people: People, head: string, words: readonly string[]): number[] {
  const { orgs, namedBy } = lookupsOf(people);
  const key = `${head}|${words.join(" ")}`;
  const known = namedBy.get(key);
  if (known !== undefined) return known;
  // From the rarest word's organisations: "the Zorv council" is not compared with every council.
  let pool = orgs.get(head) ?? [];
  for (const w of words) {
    const holders = orgs.get(w) ?? [];
    if (holders.length < pool.length) pool = holders;
  }
  const named = pool.filter((id) => {
    const orgKey = ((people.entities[id] as EntityDraft).orgKey ?? "").split(" ");
    return orgKey.includes(head) && words.every((w) => orgKey.includes(w));
  });
  namedBy.set(key, named);
  return named;
}

/** "the Teamsters union": a name inside the description that is no person's is the organisation. */
function innerOrganisation(people: People, ref: Ref): number | undefined {
  const { namesAt } = lookupsOf(people);
  // The first such entity in the article's order, as a scan of every entity would find.
  let found: EntityDraft | undefined;
  for (let k = ref.first + 1; k < ref.last; k++) {
    for (const { entity, last } of namesAt.get(k) ?? []) {
      if (last >= ref.last || (found !== undefined && found.id <= entity.id)) continue;
      if (entity.kind !== "person" && !isPersonLike(entity)) found = entity;
    }
  }
  if (found === undefined) return undefined;
  found.kind = "organization";
  return found.id;
}

const speakersOf = new ArticleCache<Set<number>>();

/** Names of unknown kind the article lets speak ("Brill said"), found once per article. */
function unknownSpeakers(people: People): Set<number> {
  const known = speakersOf.get(people);
  if (known !== undefined) return known;
  const out = new Set<number>();
  for (const ref of people.refs) {
    const entity = people.entities[ref.entity];
    if (entity?.kind !== "unknown" || cannotSpeak(entity) || ref.possessive) continue;
    if (ref.form === "name" || ref.form === "surname") {
      if (speaks(people.lexemes, ref) || speaksAfterAdverb(people.lexemes, ref))
        out.add(ref.entity);
    }
  }
  speakersOf.set(people, out);
  return out;
}

/** Adverbs between a speaking name and its verb: "Business Insider also commented". */
const BETWEEN_NAME_AND_VERB: ReadonlySet<string> = new Set(["also", "later", "then", "too"]);

/**
 * "Business Insider also commented on Weiner's future, ... the company said": a clause's subject,
 * then an adverb and a verb of saying, speaks as "Business Insider commented" would.
 */
function speaksAfterAdverb(lexemes: readonly Lexeme[], ref: Ref): boolean {
  const adverb = lexemes[ref.last + 1];
  if (!ref.subject || adverb?.word !== true || !BETWEEN_NAME_AND_VERB.has(adverb.lower))
    return false;
  const verb = lexemes[ref.last + 2];
  return verb?.sentence === adverb.sentence && isSpeechVerbLexeme(verb);
}

/** The organisation named most often before lexeme `before` (the first one on a tie), or NOBODY. */
function mainOrganization(
  people: People,
  organizations: ReadonlySet<number>,
  before: number,
): number {
  let best = NOBODY;
  let most = 0;
  for (const id of organizations) {
    const named = (people.entities[id] as EntityDraft).mentions.filter((m) => m.first < before);
    if (named.length > most) {
      best = id;
      most = named.length;
    }
  }
  return best;
}
