import type { EntityDraft } from "./entities.ts";
import { FIRST_NAMES } from "./first-names.ts";
import type { NameMention } from "./names.ts";
import { isPersonLike } from "./salience.ts";

/** Shorter surnames are too often other people's by one letter ("Bush", "Rush"). */
const MIN_SURNAME_LETTERS = 5;

/**
 * "... said Daveport" after "Lindsay Davenport": a one-word name the article writes once, one
 * letter away (added, dropped or changed) from the surname of exactly one person it names in full,
 * is that person misspelt. Two such people near the word leave it alone: a guess is worse than
 * no name. Rewrites `entityOf` and moves the mention; the draft it leaves has no mention.
 */
export function mergeMisspeltSurnames(
  entities: readonly EntityDraft[],
  entityOf: number[],
  mentions: readonly NameMention[],
): void {
  // Most articles have no lone name written once: the surname index is built only when one is.
  const lone = mentions.some((m, n) => {
    const draft = entities[entityOf[n] ?? -1];
    return draft !== undefined && misspeltCandidate(draft, m);
  });
  const variants = lone ? surnameVariants(entities) : new Map<string, EntityDraft[]>();
  if (variants.size === 0) return;
  mentions.forEach((mention, n) => {
    const draft = entities[entityOf[n] ?? -1];
    if (draft === undefined || !misspeltCandidate(draft, mention)) return;
    const word = mention.words[0] as string;
    const target = onlyNear(word, variants, mention.gender);
    if (target === undefined) return;
    draft.mentions.length = 0;
    const at = target.mentions.findIndex((m) => m.first > mention.first);
    target.mentions.splice(at < 0 ? target.mentions.length : at, 0, mention);
    if (target.kind === "unknown" && draft.kind === "person") target.kind = "person";
    entityOf[n] = target.id;
  });
}

/** A lone surname-like word seen once, that nothing else in the article explains. */
function misspeltCandidate(draft: EntityDraft, mention: NameMention): boolean {
  const word = mention.words[0];
  return (
    word !== undefined &&
    mention.words.length === 1 &&
    draft.mentions.length === 1 &&
    draft.first === undefined &&
    draft.kind !== "organization" &&
    draft.kind !== "place" &&
    word.length >= MIN_SURNAME_LETTERS &&
    /^\p{L}+$/u.test(word) &&
    !FIRST_NAMES.has(word)
  );
}

/** Every full-named person's surname, and it with each letter left out, to the people who have it. */
function surnameVariants(entities: readonly EntityDraft[]): Map<string, EntityDraft[]> {
  const out = new Map<string, EntityDraft[]>();
  for (const entity of entities) {
    const surname = entity.surname;
    if (entity.first === undefined || surname === undefined) continue;
    // "Bisnis Indonesia" reads like a full name; only someone known as a person is misspelt.
    if (!isPersonLike(entity) || surname.length < MIN_SURNAME_LETTERS) continue;
    for (const key of withOneLetterLess(surname, true)) {
      const list = out.get(key);
      if (list === undefined) out.set(key, [entity]);
      else if (!list.includes(entity)) list.push(entity);
    }
  }
  return out;
}

/** The word itself (when asked) and the word with each of its letters left out. */
function withOneLetterLess(word: string, self: boolean): string[] {
  const out = self ? [word] : [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The one person whose surname is one edit from `word` (not equal to it), else undefined. */
function onlyNear(
  word: string,
  variants: ReadonlyMap<string, EntityDraft[]>,
  gender: "male" | "female" | undefined,
): EntityDraft | undefined {
  const near = new Set<EntityDraft>();
  for (const key of withOneLetterLess(word, true)) {
    for (const entity of variants.get(key) ?? []) {
      const surname = entity.surname as string;
      // "Indonesian" after "Indonesia", "Smiths": an "n" or "s" added at the end makes another word.
      if (/^[ns]$/.test(word.slice(surname.length)) && word.startsWith(surname)) continue;
      if (!oneEditApart(word, surname)) continue;
      if (gender !== undefined && entity.gender !== undefined && entity.gender !== gender) continue;
      near.add(entity);
    }
  }
  return near.size === 1 ? [...near][0] : undefined;
}

/** True when one letter added, dropped or changed turns `a` into `b`. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
