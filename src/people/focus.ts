import { ArticleCache } from "./article-cache.ts";
import type { People } from "./descriptions.ts";
import type { EntityDraft } from "./entities.ts";
import type { Ref } from "./mentions.ts";
import { isPersonLike, mostSalient } from "./salience.ts";
import { NOBODY } from "./sentinels.ts";

/**
 * The organisation an "it said" (or an unnamed spokesperson) speaks for: the most salient
 * organisation near, or name that is no person's ("Sony", "Multiplex"); NOBODY when none is near.
 */
export function organisationInFocus(people: People, at: number): number {
  const ref = people.refs[at] as Ref;
  const firstSubject = firstSubjects(people);
  const found = mostSalient(people.refs, at, ref.sentence, (id) => {
    const entity = people.entities[id];
    if (entity?.kind === "organization") return true;
    // "Sony has said ... it said": a name of unknown kind that acted as a subject, and no person.
    return (
      entity?.kind === "unknown" &&
      !isPersonLike(entity) &&
      (firstSubject.get(id) ?? at) < at &&
      isEstablished(people, entity)
    );
  });
  return found >= 0 ? found : NOBODY;
}

/** A name met twice, or once inside a sentence: not a sentence's capitalised first word ("Speaking"). */
function isEstablished(people: People, entity: EntityDraft): boolean {
  return (
    entity.mentions.length >= 2 || entity.mentions.some((m) => !people.lexemes[m.first]?.initial)
  );
}

const subjectsCache = new ArticleCache<Map<number, number>>();

/** Per entity, the index of the first reference to it in a clause subject's place (built once). */
function firstSubjects(people: People): Map<number, number> {
  const known = subjectsCache.get(people);
  if (known !== undefined) return known;
  const out = new Map<number, number>();
  people.refs.forEach((ref, r) => {
    if (ref.subject && ref.entity >= 0 && !out.has(ref.entity)) out.set(ref.entity, r);
  });
  subjectsCache.set(people, out);
  return out;
}

/** How many of the entity's name mentions start before lexeme `k` (a binary search). */
function mentionsBefore(entity: EntityDraft, k: number): number {
  let lo = 0;
  let hi = entity.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entity.mentions[mid] as EntityDraft["mentions"][number]).first < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The person the article is about at lexeme `k`, among `ids`: the one named most often before it,
 * the one named first on a tie; -1 when nobody was named twice. An epithet ("the American", "the
 * 74-year-old") that no role confirms stands for this person, not for the nearest name.
 */
export function personInFocus(people: People, ids: Iterable<number>, k: number): number {
  let best = -1;
  let most = 1;
  let firstAt = Number.POSITIVE_INFINITY;
  for (const id of ids) {
    const entity = people.entities[id];
    // A known person: "Chelsea" (a club, and a given name) is no one's epithet.
    if (entity?.kind !== "person" || !isPersonLike(entity)) continue;
    const count = mentionsBefore(entity, k);
    const opens = entity.mentions[0]?.first ?? Number.POSITIVE_INFINITY;
    if (count > most || (count === most && count >= 2 && opens < firstAt)) {
      best = id;
      most = count;
      firstAt = opens;
    }
  }
  return best;
}
