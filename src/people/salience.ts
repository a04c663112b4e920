import { noName } from "../no-name.ts";
import type { EntityDraft } from "./entities.ts";
import { EVENT_NAMES, PUBLICATION_HEADS } from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import { NARRATIVE, NOBODY } from "./sentinels.ts";

/** How far back (in sentences and references) a pronoun or a description looks for its entity. */
const MAX_SENTENCES_BACK = 5;
const MAX_REFS_BACK = 80;

/**
 * An award or a ceremony ("the Oscars", "the Grammys"): its first and latest names are one. Two
 * names, not every one, so that the check stays constant-time however often it is asked.
 */
export function isEvent(entity: EntityDraft | undefined): boolean {
  if (entity === undefined || entity.kind === "person") return false;
  const { mentions } = entity;
  if (mentions.length === 0) return false;
  const event = noName(
    (m: EntityDraft["mentions"][number]) =>
      // No event's name has more than two words: longer names are not joined to be looked up.
      m.words.length <= 2 && EVENT_NAMES.has(m.words.join("-").toLowerCase()),
  );
  return (
    event(mentions[0] as (typeof mentions)[number]) &&
    event(mentions.at(-1) as (typeof mentions)[number])
  );
}

/** A name that ends like a publication's ("the Oxford English Dictionary"): never a he or she. */
export function isPublication(entity: EntityDraft): boolean {
  const fullest = entity.mentions[0];
  return PUBLICATION_HEADS.has(fullest?.words.at(-1)?.toLowerCase() ?? "");
}

/** A place or an event: the article may name it as a clause's subject, but it says nothing. */
export function cannotSpeak(entity: EntityDraft | undefined): boolean {
  return entity?.kind === "place" || isEvent(entity);
}

/** True for entities a "he" or "she" can be: people, or names that look like people's. */
export function isPersonLike(entity: EntityDraft | undefined): boolean {
  if (entity === undefined || isPublication(entity)) return false;
  if (entity.kind === "person") return true;
  return entity.kind === "unknown" && entity.gender !== undefined && !isEvent(entity);
}

/**
 * The most salient entity before reference `at` that passes `accept`: recent sentences weigh more,
 * a main clause's subject half as much again. Mentions inside quotations do not count (they are the
 * speaker's words, not the narrative). `unnamed` weighs references to someone the article does not
 * name, and a spokesperson's (0 to leave one out); when such a reference is the most salient, the
 * answer is NOBODY, or the organisation the spokesperson speaks for. `seen`, when given, leaves out
 * the references it skips and collects the entities that were weighed. `weights`, when given, is
 * each reference's grammatical weight instead (`salienceWeights`: a sentence's reporter is its
 * main subject).
 */
export function mostSalient(
  refs: readonly Ref[],
  at: number,
  sentence: number,
  accept: (entity: number) => boolean,
  unnamed?: (ref: Ref) => number,
  seen?: { readonly ids: Set<number>; readonly skip: (ref: Ref) => boolean },
  weights?: Float32Array,
): number {
  let best = -1;
  let bestScore = 0;
  for (let k = at - 1; k >= 0 && at - k <= MAX_REFS_BACK; k--) {
    const ref = refs[k] as Ref;
    const distance = sentence - ref.sentence;
    if (distance > MAX_SENTENCES_BACK) break;
    if (ref.quote !== NARRATIVE || seen?.skip(ref) === true) continue;
    const weight =
      ref.voice !== undefined && ref.entity >= 0
        ? (unnamed?.(ref) ?? 0)
        : ref.entity >= 0
          ? accept(ref.entity)
            ? 1
            : 0
          : ref.entity === NOBODY
            ? (unnamed?.(ref) ?? 0)
            : 0;
    if (weight === 0) continue;
    if (ref.entity >= 0) seen?.ids.add(ref.entity);
    // "Williams suggested that the candidate was": a subordinate clause's subject is no main subject.
    const role = weights?.[k] ?? (ref.subject && ref.embedded !== true ? 1.5 : 1);
    const score = weight * role * 0.5 ** distance;
    if (score > bestScore) {
      best = ref.entity;
      bestScore = score;
    }
  }
  return best;
}
