// One candidate's feature vector: what the cue says of it, pronoun agreement, the discourse around
// the quotation, and what the candidate is.

import type { People } from "../people/descriptions.ts";
import type { EntityDraft } from "../people/entities.ts";
import type { Ref } from "../people/mentions.ts";
import { isPersonLike } from "../people/salience.ts";
import { NARRATIVE } from "../people/sentinels.ts";
import { type FeatureName, featureIndex, type Situation } from "./speaker-features.ts";
import {
  lastMentionBefore,
  mentionsBefore,
  type NarrativeMention,
  NO_SUBJECT,
  type SpeakerIndex,
} from "./speaker-index.ts";

/** Mentions at which the mention-count feature saturates. */
const MENTION_SATURATION = 20;

/** How the cue names its subject, or "none" without a cue. */
export type CueForm = "name" | "organisation" | "pronoun" | "description" | "unnamed" | "none";

/** The feature vector `f` of candidate `id` for the quotation at `at`, filled in and returned. */
export function features(
  people: People,
  index: SpeakerIndex,
  at: Situation,
  id: number,
  form: CueForm,
  ref: Ref | undefined,
  salience: ReadonlyMap<number, number> | undefined,
  guessed: boolean,
  nearby: ReadonlyMap<number, number>,
  f: Float64Array,
): Float64Array {
  const set = setter(f);
  const entity = people.entities[id] as EntityDraft;
  const named = at.cue !== undefined && at.cue.entity === id;
  if (named) {
    if (form === "name" || form === "organisation")
      set(form === "name" ? "cue:name" : "cue:organisation");
    else if (form === "pronoun") set("cue:pronoun");
    else if (form === "description") {
      set("cue:description");
      if (guessed) set("cue:description-guessed");
    }
    if (at.cue?.adjacent === true) set("cue:adjacent");
    if (at.cue?.rule === "next-paragraph") set("cue:next-paragraph");
  } else if (form === "name" || form === "organisation") set("other-cue:name");
  else if (form === "pronoun") set("other-cue:pronoun");
  else if (form === "description") set("other-cue:description");
  else if (form === "unnamed") set("other-cue:unnamed");
  if (form === "pronoun" && ref?.neuter === true) {
    set(isPersonLike(entity) ? "pronoun:it-person" : "pronoun:it-organisation");
    set("pronoun:salience", salience?.get(id) ?? 0);
  }
  if (form === "pronoun" && ref?.gender !== undefined) {
    const clash = entity.gender !== undefined && entity.gender !== ref.gender;
    if (entity.gender !== undefined) set(clash ? "pronoun:gender-clash" : "pronoun:gender-match");
    if (!isPersonLike(entity)) set("pronoun:not-person");
    // "Sanders said ... Her rival, Clinton, ... she said": a man is no antecedent of "she", however
    // salient; his salience would only take confidence from the woman the pronoun names.
    if (!clash) set("pronoun:salience", salience?.get(id) ?? 0);
    if (at.last?.entity === id) set("pronoun:previous-speaker");
    if (previousSubject(index, at) === id) set("pronoun:previous-subject");
    if (subjectBefore(index, id, ref)) set("pronoun:subject-before");
  }
  if (
    (form === "pronoun" || form === "description") &&
    index.paragraphSubject.get(at.paragraph) === id
  ) {
    set("anaphor:paragraph-topic");
  }
  if (form === "description" && guessed && ref !== undefined) {
    set("description:salience", salience?.get(id) ?? 0);
    if (previousSubject(index, at) === id) set("description:previous-subject");
  }
  discourse(people, index, at, id, form === "none", nearby, set);
  const last = lastMentionBefore(index, id, at.open);
  if (last !== undefined) set("mention:recency", 1 / (1 + at.sentence - last.sentence));
  const count = index.mentions.get(id)?.length ?? 0;
  set("mention:count", Math.min(1, Math.log1p(count) / Math.log1p(MENTION_SATURATION)));
  if (entity.kind === "organization") set("kind:organisation");
  else if (!isPersonLike(entity)) set(count <= 1 ? "kind:unknown-once" : "kind:unknown");
  return f;
}

/** Whether the entity is a clause's subject earlier in the sentence of `ref` ("X spoke when he..."). */
export function subjectBefore(index: SpeakerIndex, id: number, ref: Ref): boolean {
  const list = index.mentions.get(id) ?? [];
  for (let m = mentionsBefore(list, ref.first) - 1; m >= 0; m--) {
    const mention = list[m] as NarrativeMention;
    if (mention.sentence !== ref.sentence) return false;
    if (mention.subject) return true;
  }
  return false;
}

/** The entity of the first subject of the sentence before, in the same paragraph, or undefined. */
export function previousSubject(index: SpeakerIndex, at: Situation): number | undefined {
  const before = at.sentence - 1;
  const start = index.sentenceStart[before];
  if (before < 0 || start === undefined) return undefined;
  const subject = index.firstSubject[before] ?? NO_SUBJECT;
  return subject === NO_SUBJECT ? undefined : subject;
}

/** Who the quotation continues, whose paragraph it is, who is named around it. */
function discourse(
  people: People,
  index: SpeakerIndex,
  at: Situation,
  id: number,
  uncued: boolean,
  nearby: ReadonlyMap<number, number>,
  set: (name: FeatureName, value?: number) => void,
): void {
  if (uncued && at.continues && at.previous === id) set("continues");
  const subject = previousSubject(index, at);
  if (uncued && at.last?.entity === id) {
    if (at.interrupted) set("previous:interrupted");
    else if (at.last.paragraph === at.paragraph) set("previous:same-paragraph");
    else if (
      at.last.paragraph === at.paragraph - 1 &&
      (at.startsParagraph || opensWithSubject(people, index, at, id, subject))
    ) {
      set("previous:paragraph-before");
    }
  }
  if (uncued && subject === id && sameParagraphBefore(people, index, at)) {
    set("subject:previous-sentence");
  }
  const own = index.firstSubjectAt[at.sentence] ?? -1;
  if (uncued && own >= at.floor && own < at.open && index.firstSubject[at.sentence] === id) {
    set("subject:this-sentence");
  }
  const named = nearby.get(id) ?? 0;
  if ((named & NAMED_BEFORE) !== 0) set("mention:sentence-before");
  if ((named & NAMED_INSIDE) !== 0) set("mention:inside");
  if ((named & NAMED_AFTER) !== 0 && uncued) set("mention:sentence-after");
}

/**
 * "“...,” said Randall Balmer. ¶ Still, Balmer gives Schuller some credit. “...”": the quotation's
 * paragraph opens with one sentence whose first subject is the last speaker, then the quotation,
 * as if the paragraph opened with it.
 */
function opensWithSubject(
  people: People,
  index: SpeakerIndex,
  at: Situation,
  id: number,
  subject: number | undefined,
): boolean {
  if (subject !== id || !sameParagraphBefore(people, index, at)) return false;
  const start = index.sentenceStart[at.sentence - 1] ?? -1;
  return people.lexemes[start - 1]?.paragraph !== at.paragraph && at.floor === at.open;
}

/** The sentence before the quotation is in its paragraph. */
export function sameParagraphBefore(people: People, index: SpeakerIndex, at: Situation): boolean {
  const start = index.sentenceStart[at.sentence - 1];
  return start !== undefined && people.lexemes[start]?.paragraph === at.paragraph;
}

/** Where an entity is named in a quotation's sentence window: bits of `namedInWindow`. */
const NAMED_BEFORE = 1;
const NAMED_INSIDE = 2;
const NAMED_AFTER = 4;

/**
 * Who is named in the quotation's sentence window, and where: before it in the narrative, inside
 * its words, or after it in the narrative. One walk over the window per quotation, not one per
 * candidate.
 */
export function namedInWindow(people: People, at: Situation): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = at.floor; k <= at.ceiling; k++) {
    // Guarded: an array read at -1 is a slow property lookup in V8.
    const r = people.refAt[k] ?? -1;
    const ref = r < 0 ? undefined : people.refs[r];
    if (ref === undefined) continue;
    k = ref.last;
    let where = 0;
    if (k < at.open && ref.quote === NARRATIVE) where = NAMED_BEFORE;
    else if (k >= at.open && k < at.after) where = NAMED_INSIDE;
    else if (k >= at.after && ref.quote === NARRATIVE) where = NAMED_AFTER;
    if (where !== 0) out.set(ref.entity, (out.get(ref.entity) ?? 0) | where);
  }
  return out;
}

/**
 * Sets a feature of the vector `f` by name. Returned anonymous: a named closure made per candidate
 * is wrapped to keep its name when the TypeScript runs through tsx (`npm run bench`, the CLI in
 * development), which cost more than the features it sets.
 */
function setter(f: Float64Array): (name: FeatureName, value?: number) => void {
  return (name, value = 1) => {
    f[featureIndex(name)] = value;
  };
}
