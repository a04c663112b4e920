// "Gore's spokeswoman", "the former vice president's spokeswoman": a spokesperson speaks for their
// owner, whoever the owner turns out to be: a person, or an organisation ("the council's
// spokesperson"). The owner's reference comes first in text order, so it is known when the
// spokesperson's voice is resolved.
import { ArticleCache } from "./article-cache.ts";
import { type People, resolveDescription, wordsOf } from "./descriptions.ts";
import type { Ref } from "./mentions.ts";
import { cannotSpeak, isPersonLike } from "./salience.ts";
import { NOBODY, UNRESOLVED } from "./sentinels.ts";

/**
 * The entity the spokesperson reference `index` speaks for when an owner holds it ("Gore's
 * spokeswoman"): the owner's entity, NOBODY when the owner is nobody the article names who can
 * speak; undefined when the spokesperson has no owner (the organisation in focus speaks then).
 */
export function voiceOwner(people: People, index: number): number | undefined {
  const at = (people.refs[index] as Ref).voice?.owner;
  if (at === undefined) return undefined;
  const r = people.refAt[at] ?? -1;
  const owner = people.refs[r];
  if (owner === undefined) return NOBODY;
  const key = owner.form === "role" ? wordsOf(people, owner).join(" ") : "";
  const known = people.learned.has(key);
  const id = owner.entity === UNRESOLVED ? resolveDescription(people, r) : owner.entity;
  // "the prime minister's official spokesman" in an article that never says who the prime
  // minister is: a guess by salience would put the words in whoever was named last. The owner
  // becomes nobody, so no cue reads the guess through it, and no later "the prime minister" learns
  // it. A guess is kept only when nobody else could be meant: the one person named so far, given
  // no other role ("Transport Minister Karen Obi" is not "the prime minister").
  if (people.guessed.has(r) && !onlyPersonBefore(people, id, owner.first)) {
    owner.entity = NOBODY;
    if (!known) people.learned.delete(key);
    return NOBODY;
  }
  return id >= 0 && !cannotSpeak(people.entities[id]) ? id : NOBODY;
}

/** Whether `id` is the only person the article names before lexeme `k`, and gives no role. */
function onlyPersonBefore(people: People, id: number, k: number): boolean {
  if (!isPersonLike(people.entities[id]) || people.roleWords.has(id)) return false;
  const [first, second] = firstTwoPeople(people);
  return first === id && (second < 0 || firstMention(people, second) >= k);
}

const firstTwo = new ArticleCache<readonly [number, number]>();

/** The two persons the article names first (-1 for none), found once per article. */
function firstTwoPeople(people: People): readonly [number, number] {
  const known = firstTwo.get(people);
  if (known !== undefined) return known;
  let first = -1;
  let second = -1;
  for (const entity of people.entities) {
    if (!isPersonLike(entity)) continue;
    const at = firstMention(people, entity.id);
    if (first < 0 || at < firstMention(people, first)) {
      second = first;
      first = entity.id;
    } else if (second < 0 || at < firstMention(people, second)) second = entity.id;
  }
  const found = [first, second] as const;
  firstTwo.set(people, found);
  return found;
}

function firstMention(people: People, id: number): number {
  return people.entities[id]?.mentions[0]?.first ?? Number.POSITIVE_INFINITY;
}
