import { noName } from "../no-name.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { EntityDraft } from "./entities.ts";
import type { Entity, EntityKind, Mention } from "./entity.ts";
import { HONORIFICS } from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import type { NameMention } from "./names.ts";
import type { PeopleReading } from "./read-people.ts";
import { isPersonLike } from "./salience.ts";
import { fullOrgName } from "./title-orgs.ts";

const MAX_ALIASES = 12;

/** More words wins; then a name that is not possessive; then the longer form ("Loretta E. Lynch"). */
function fuller(name: NameMention, current: NameMention): boolean {
  if (name.words.length !== current.words.length) return name.words.length > current.words.length;
  if (name.possessive !== current.possessive) return current.possessive;
  return name.end - name.start > current.end - current.start;
}

/** The canonical name of every entity: its fullest name in the article, without titles. */
export function canonicalNames(people: PeopleReading): Map<number, string> {
  const best = new Map<number, NameMention>();
  people.names.forEach((name, n) => {
    const id = people.entityOf[n] ?? -1;
    if (id < 0) return;
    const current = best.get(id);
    if (current === undefined || fuller(name, current)) best.set(id, name);
  });
  const peers = peerageTitles(people);
  const out = new Map<number, string>();
  for (const [id, name] of best) {
    // "an All England club spokesperson" is shown by the name the article gave in full.
    const shown = fullOrgName(name) ?? people.text.slice(name.start, name.end);
    const peer = name.words.length === 1 ? peers.get(id) : undefined;
    out.set(id, peer === undefined ? shown : `${peer} ${shown}`);
  }
  // "Youssif's father": a relative is named through the owner's name.
  for (const [id, { owner, noun }] of people.relatives.byId) {
    const of = out.get(owner);
    if (of !== undefined) out.set(id, `${of}'s ${noun}`);
  }
  return out;
}

/**
 * The title each person is known by when the article names them with one word after it: "Lord
 * Falconer", "Baroness Ng", "Sir Alex" read better and search better than "Falconer" or "Alex".
 */
function peerageTitles(people: PeopleReading): Map<number, string> {
  const out = new Map<number, string>();
  people.names.forEach((name, n) => {
    const id = people.entityOf[n] ?? -1;
    if (id >= 0 && name.peerage !== undefined && name.words.length === 1 && !out.has(id)) {
      out.set(id, name.peerage);
    }
  });
  return out;
}

/**
 * The people and organisations of the analysis, most mentioned first: people, organisations that
 * speak or come up twice, and any other name that speaks. `confirmedByCues` holds the descriptions
 * a speech cue names a speaker with (the quote stages return them): they become aliases.
 */
export function buildEntities(
  people: PeopleReading,
  names: ReadonlyMap<number, string>,
  speakers: ReadonlySet<number>,
  confirmedByCues: ReadonlySet<number> = new Set(),
): Entity[] {
  const mentions = mentionsByEntity(people);
  const namesOf = namesByEntity(people);
  const out: Array<{ entity: Entity; order: number }> = [];
  for (const draft of people.entities) {
    const name = names.get(draft.id);
    const own = mentions.get(draft.id) ?? [];
    const kind = kindOf(draft, speakers.has(draft.id), own.length);
    if (name === undefined || kind === undefined) continue;
    const role = people.roles
      .get(draft.id)
      ?.find((r) => !HONORIFICS.has(r.toLowerCase().replace(/\.$/, "")));
    out.push({
      entity: {
        id: draft.id,
        kind,
        name,
        aliases: aliasesOf(people, namesOf.get(draft.id) ?? [], name, own, confirmedByCues),
        ...(role === undefined ? {} : { role }),
        mentions: own.map((m) => m.mention),
      },
      order: own[0]?.mention.start ?? 0,
    });
  }
  out.sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.order - b.order);
  return out.map((x) => x.entity);
}

function kindOf(draft: EntityDraft, speaks: boolean, mentions: number): EntityKind | undefined {
  if (draft.kind === "organization") return speaks || mentions >= 2 ? "organization" : undefined;
  if (draft.kind === "person" || isPersonLike(draft) || speaks) return "person";
  return undefined;
}

interface OwnMention {
  readonly mention: Mention;
  readonly ref: Ref;
  readonly index: number;
}

function mentionsByEntity(people: PeopleReading): Map<number, OwnMention[]> {
  const out = new Map<number, OwnMention[]>();
  people.refs.forEach((ref, index) => {
    if (ref.entity < 0) return;
    const first = people.lexemes[ref.first] as Lexeme;
    const last = people.lexemes[ref.last] as Lexeme;
    const list = out.get(ref.entity) ?? [];
    list.push({
      mention: { start: first.start, end: last.end, entityId: ref.entity, form: ref.form },
      ref,
      index,
    });
    out.set(ref.entity, list);
  });
  return out;
}

function namesByEntity(people: PeopleReading): Map<number, NameMention[]> {
  const out = new Map<number, NameMention[]>();
  people.names.forEach((n, k) => {
    const id = people.entityOf[k] ?? -1;
    if (id < 0) return;
    const list = out.get(id) ?? [];
    list.push(n);
    out.set(id, list);
  });
  return out;
}

function aliasesOf(
  people: PeopleReading,
  names: readonly NameMention[],
  name: string,
  own: readonly OwnMention[],
  confirmedByCues: ReadonlySet<number>,
): string[] {
  const seen = new Set<string>([name.toLowerCase()]);
  const aliases: string[] = [];
  const add = noName((form: string) => {
    const key = form.toLowerCase();
    if (form === "" || seen.has(key) || aliases.length >= MAX_ALIASES) return;
    seen.add(key);
    aliases.push(form);
  });
  for (const n of names) {
    if (aliases.length >= MAX_ALIASES) break;
    add(people.text.slice(n.start, n.end));
    add(people.text.slice(n.outerStart, n.end));
  }
  for (const { mention, ref, index } of own) {
    if (ref.form === "role" && (people.confirmed.has(index) || confirmedByCues.has(index))) {
      add(people.text.slice(mention.start, mention.end));
    }
  }
  return aliases;
}
