import type { Entity } from "../people/entity.ts";
import { HONORIFICS } from "../people/lexicon.ts";
import { editDistance } from "./phrase-match.ts";

/** Words of a name or role as a query compares them: lower case, no possessive, no honorific. */
export function nameWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’`‘]/g, "'")
    .replace(/["“”«»]/g, " ")
    .split(/[\s,.]+/)
    .map((w) => w.replace(/'s$|'$/, "").replace(/^'+|'+$/g, ""))
    .filter((w) => w !== "");
  while (words.length > 1 && (words[0] === "the" || HONORIFICS.has(words[0] as string)))
    words.shift();
  return words;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function contains(form: readonly string[], query: readonly string[]): boolean {
  return query.every((w) => form.includes(w));
}

/**
 * How well a query names an entity: 3 for its name or an alias word for word, 2 for its surname,
 * a given name plus surname, or words of its role, 0 for no match.
 */
export function speakerScore(entity: Entity, query: readonly string[]): number {
  if (query.length === 0) return 0;
  const forms = [entity.name, ...entity.aliases].map(nameWords);
  if (forms.some((f) => sameWords(f, query))) return 3;
  const name = forms[0] ?? [];
  if (query.length === 1 && name[name.length - 1] === query[0]) return 2;
  if (forms.some((f) => f.length > query.length && contains(f, query) && query.length > 1))
    return 2;
  if (query.length === 1 && forms.some((f) => f.length > 1 && f[f.length - 1] === query[0]))
    return 2;
  if (entity.role !== undefined && query.length > 1 && contains(nameWords(entity.role), query))
    return 2;
  return 0;
}

/** The entity a query names, preferring the best match and then the one with more quotes. */
export function findSpeaker(
  people: readonly Entity[],
  query: string,
  quoteCounts: ReadonlyMap<number, number>,
): Entity | undefined {
  const words = nameWords(query);
  let best: Entity | undefined;
  let bestScore = 0;
  for (const entity of people) {
    const score = speakerScore(entity, words);
    if (score === 0) continue;
    const more = (quoteCounts.get(entity.id) ?? 0) > (quoteCounts.get(best?.id ?? -1) ?? 0);
    if (score > bestScore || (score === bestScore && more)) {
      best = entity;
      bestScore = score;
    }
  }
  return best;
}

/** Names of entities close to a query (a typo, a prefix), closest first. */
export function closestNames(people: readonly Entity[], query: string, limit: number): string[] {
  const words = nameWords(query);
  const needle = words.join(" ");
  if (needle === "" || words.length > 3) return [];
  const allowed = needle.length <= 4 ? 1 : 2;
  const scored = people.flatMap((entity) => {
    const forms = [entity.name, ...entity.aliases].map((f) => nameWords(f).join(" "));
    const parts = forms.flatMap((f) => [f, ...f.split(" ")]);
    const distance = Math.min(
      ...parts.map((p) => (p.startsWith(needle) ? 0 : editDistance(needle, p, 3))),
    );
    return distance <= allowed ? [{ entity, distance }] : [];
  });
  return scored
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((s) => s.entity.name);
}
