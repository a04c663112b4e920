import type { Lexeme } from "../text/lexer.ts";
import { FIRST_NAMES } from "./first-names.ts";
import { GENERIC_ORG_FIRST_WORDS, GIVEN_NAME_TITLES, NAME_PARTICLES } from "./lexicon.ts";
import { mergeMisspeltSurnames } from "./misspelt-surnames.ts";
import type { NameKind, NameMention } from "./names.ts";

/** Role nouns in "-man" that newsrooms also write before a woman's name. */
const GENERIC_ROLE_NOUNS: ReadonlySet<string> = new Set(["spokesman", "chairman"]);

/** An entity while the article is read: the names seen for it and what they tell. */
export interface EntityDraft {
  readonly id: number;
  kind: NameKind;
  readonly mentions: NameMention[];
  /** Lower-case given name and surname, when known. */
  first?: string;
  surname?: string;
  gender?: "male" | "female";
  /** The gender only comes from a lone given name ("Kelly said"): a full name may overrule it. */
  genderGuessed?: boolean;
  /** Key of an organisation's name. */
  orgKey?: string;
  /** A peer's territorial designation: "whitby" for "Lord Jones of Whitby". */
  designation?: string;
  /**
   * The name is the opening words of an organisation's longer name in the article: "Sandy Hook"
   * of "Sandy Hook Elementary School" (`markOrganisationOpeners`).
   */
  opensOrganisation?: true;
}

/** Names grouped into entities; `entityOf[i]` is the entity of `mentions[i]`, or -1 (places). */
export interface NameGroups {
  readonly entities: EntityDraft[];
  readonly entityOf: number[];
}

/**
 * Groups name mentions into entities: full names by given name and surname, a surname alone with
 * the person first introduced under it, a lone given name with the only person who has it.
 * Different given names with one surname stay apart (Hillary and Bill Clinton).
 */
export function groupNames(mentions: readonly NameMention[]): NameGroups {
  const index: Index = {
    entities: [],
    orgs: new Map(),
    bySurname: new Map(),
    byFirst: new Map(),
    byFull: new Map(),
    orgTails: new Map(),
    orgHeads: new Map(),
    orgLasts: new Map(),
  };
  const entities = index.entities;
  const entityOf: number[] = [];
  for (const mention of mentions) {
    const entity =
      mention.kind === "place"
        ? undefined
        : mention.kind === "organization"
          ? orgEntity(mention, index)
          : personEntity(mention, index);
    if (entity === undefined) {
      entityOf.push(-1);
      continue;
    }
    entity.mentions.push(mention);
    const gender = genderOfName(mention);
    if (entity.gender === undefined && gender !== undefined) entity.gender = gender;
    if (entity.kind === "unknown" && mention.kind === "person") entity.kind = "person";
    entityOf.push(entity.id);
  }
  mergeMisspeltSurnames(entities, entityOf, mentions);
  return { entities, entityOf };
}

/** Lookups that keep grouping linear in the number of mentions. */
interface Index {
  readonly entities: EntityDraft[];
  readonly orgs: Map<string, EntityDraft>;
  readonly bySurname: Map<string, EntityDraft[]>;
  readonly byFirst: Map<string, EntityDraft[]>;
  readonly byFull: Map<string, EntityDraft>;
  /** Last two words of an organisation's name → it ("Evening Chronicle"). */
  readonly orgTails: Map<string, EntityDraft[]>;
  /** First word of an organisation's name → it ("Skyline" for "Skyline Air"). */
  readonly orgHeads: Map<string, EntityDraft[]>;
  /** Last word of an organisation's name → it ("Commission" for "European Commission"). */
  readonly orgLasts: Map<string, EntityDraft[]>;
}

function create(index: Index, kind: NameKind): EntityDraft {
  const entity: EntityDraft = { id: index.entities.length, kind, mentions: [] };
  index.entities.push(entity);
  return entity;
}

function push(map: Map<string, EntityDraft[]>, key: string, entity: EntityDraft): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entity]);
  else if (!list.includes(entity) && list.length < 16) list.push(entity);
}

function orgEntity(mention: NameMention, index: Index): EntityDraft {
  const words = mention.words[0] === "the" ? mention.words.slice(1) : mention.words;
  const key = words.join(" ");
  let entity = index.orgs.get(key);
  if (entity === undefined && words.length >= 2) {
    // "Evening Chronicle" after "Newcastle Evening Chronicle" is the same paper.
    entity = index.orgTails.get(words.slice(-2).join(" "))?.[0];
  }
  if (entity === undefined && words.length === 1) {
    // "the Commission" after "the European Commission", when only one organisation ends that way.
    const ending = index.orgLasts.get(key);
    if (ending?.length === 1) entity = ending[0];
  }
  if (entity === undefined) {
    entity = create(index, "organization");
    entity.orgKey = key;
    if (words.length >= 2) {
      push(index.orgTails, words.slice(-2).join(" "), entity);
      push(index.orgLasts, words[words.length - 1] as string, entity);
      if (!GENERIC_ORG_FIRST_WORDS.has(words[0] as string))
        push(index.orgHeads, words[0] as string, entity);
    }
  }
  index.orgs.set(key, entity);
  return entity;
}

function personEntity(mention: NameMention, index: Index): EntityDraft {
  const words = mention.words;
  const surname = words[words.length - 1] as string;
  const full = words.length >= 2 && !NAME_PARTICLES.has(words[0] as string);
  if (full) return fullName(mention, words[0] as string, surname, index);
  const single = words.join(" ");
  const org = index.orgs.get(single);
  if (org !== undefined && !mention.titled) return org;
  // "Sir Alex" after "Sir Alex Ferguson": these forms of address take the given name.
  if (GIVEN_NAME_TITLES.has(mention.peerage?.toLowerCase() ?? "")) {
    const found = index.byFirst.get(single);
    if (found?.length === 1) return found[0] as EntityDraft;
  }
  // "Skyline" after "Skyline Air": the organisation, short, unless a person has that name.
  const shortOrg = mention.titled ? undefined : index.orgHeads.get(single)?.[0];
  const entity =
    bySurname(index, surname, genderOfName(mention), mention.designation) ??
    byGivenName(index, single, mention) ??
    shortOrg ??
    provisional(index, mention, surname);
  if (entity.designation === undefined && mention.designation !== undefined) {
    entity.designation = mention.designation;
  }
  return entity;
}

function fullName(mention: NameMention, first: string, surname: string, index: Index): EntityDraft {
  const key = `${first} ${surname}`;
  const same = index.byFull.get(key);
  if (same !== undefined) return same;
  // A surname seen alone before its full name ("Trump", later "Donald Trump") is the same person.
  const gender = genderOfName(mention) ?? FIRST_NAMES.get(first);
  const earlier = index.bySurname
    .get(surname)
    ?.find(
      (e) => e.first === undefined && (e.genderGuessed === true || compatible(e.gender, gender)),
    );
  const entity = earlier ?? create(index, mention.kind);
  if (earlier?.genderGuessed === true) {
    entity.genderGuessed = false;
    if (gender === undefined) delete entity.gender;
    else entity.gender = gender;
  }
  entity.first = first;
  entity.surname = surname;
  index.byFull.set(key, entity);
  push(index.bySurname, surname, entity);
  push(index.byFirst, first, entity);
  return entity;
}

function bySurname(
  index: Index,
  surname: string,
  gender: "male" | "female" | undefined,
  designation?: string,
): EntityDraft | undefined {
  // The person first introduced under a surname is the one a bare surname means; "Lord Jones of
  // Whitby" and "Lord Jones of Ely" are two peers, and "Lord Jones" is the first of them.
  return index.bySurname
    .get(surname)
    ?.find(
      (e) =>
        (e.genderGuessed === true || compatible(e.gender, gender)) &&
        compatible(e.designation, designation),
    );
}

function byGivenName(index: Index, name: string, mention: NameMention): EntityDraft | undefined {
  if (mention.titled) return undefined;
  const found = index.byFirst.get(name);
  return found?.length === 1 ? found[0] : undefined;
}

function provisional(index: Index, mention: NameMention, surname: string): EntityDraft {
  const entity = create(index, mention.kind);
  entity.surname = surname;
  // A lone given name nobody else carries ("Melanie said") is a person, and tells the gender.
  const given = mention.titled ? undefined : FIRST_NAMES.get(surname);
  if (given !== undefined && mention.words.length === 1) {
    entity.gender = given;
    entity.genderGuessed = true;
  }
  push(index.bySurname, surname, entity);
  return entity;
}

/**
 * The gender a name's mention tells. A role noun written for women and men alike ("party spokesman
 * Tamsin Orrell", "chairman Karen Lyle") tells none: the given name, if known, does.
 */
function genderOfName(mention: NameMention): "male" | "female" | undefined {
  const noun = mention.title?.toLowerCase().split(/\s+/).pop();
  if (noun === undefined || !GENERIC_ROLE_NOUNS.has(noun)) return mention.gender;
  return mention.words.length > 1 ? FIRST_NAMES.get(mention.words[0] as string) : undefined;
}

function compatible(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * "Sandy Hook Elementary School ... In that sense, Sandy Hook wasn't just a national tragedy":
 * a name of unknown kind whose words open an organisation's longer name in the same article names
 * a place or a thing that organisation is named after, not a person, though its first word is a
 * given name. Marks such entities; one pass over the names.
 */
export function markOrganisationOpeners(entities: readonly EntityDraft[]): void {
  const openings = new Set<string>();
  for (const e of entities) {
    if (e.kind !== "organization") continue;
    for (const m of e.mentions) {
      for (let n = 2; n < m.words.length && n <= 3; n++)
        openings.add(m.words.slice(0, n).join(" "));
    }
  }
  if (openings.size === 0) return;
  for (const e of entities) {
    if (e.kind !== "unknown") continue;
    const fullest = e.mentions[0];
    if (fullest !== undefined && openings.has(fullest.words.join(" "))) e.opensOrganisation = true;
  }
}

/** Most words between an office's name and the name in apposition: "the Rt Rev Dr". */
const OFFICE_APPOSITION_GAP = 5;

/**
 * "The Bishop of Durham, the Rt Rev Dr Tom Wright, described ...": an office named by a title, "of"
 * and one word ("Bishop of Durham", read as a person called "Durham"), then a comma and a person's
 * full name in apposition, is that person: its mentions join theirs, so the quotations go to Tom
 * Wright, not to "Durham". Linear: each mention looks a few lexemes ahead.
 */
export function mergeOfficeAppositions(
  lexemes: readonly Lexeme[],
  mentions: readonly NameMention[],
  entities: readonly EntityDraft[],
  entityOf: number[],
): void {
  let indexOf: Map<NameMention, number> | undefined;
  mentions.forEach((office, n) => {
    const draft = entities[entityOf[n] ?? -1];
    if (draft === undefined || draft.kind === "organization" || office.words.length !== 1) return;
    if (!/\sof$/i.test(office.title ?? "") || lexemes[office.last + 1]?.text !== ",") return;
    const next = mentions[n + 1];
    const target = entities[entityOf[n + 1] ?? -1];
    if (next === undefined || target === undefined || target === draft) return;
    if (next.kind !== "person" || next.words.length < 2) return;
    const gap = next.outerFirst - (office.last + 2);
    if (gap < 0 || gap > OFFICE_APPOSITION_GAP) return;
    for (let k = office.last + 2; k < next.outerFirst; k++) {
      const lex = lexemes[k] as Lexeme;
      if (!lex.word && lex.text !== ".") return;
    }
    if (!/^[,.;)]$/.test(lexemes[next.last + 1]?.text ?? "")) return;
    for (const m of draft.mentions) {
      const at = target.mentions.findIndex((t) => t.first > m.first);
      target.mentions.splice(at < 0 ? target.mentions.length : at, 0, m);
    }
    indexOf ??= new Map(mentions.map((m, j) => [m, j]));
    for (const m of draft.mentions) entityOf[indexOf.get(m) ?? -1] = target.id;
    draft.mentions.length = 0;
  });
}
