import { isAnonymous } from "../people/anonymous.ts";
import type { People } from "../people/descriptions.ts";
import type { EntityDraft } from "../people/entities.ts";
import { PLATFORMS } from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import { cannotSpeak, isEvent, isPersonLike } from "../people/salience.ts";
import { NARRATIVE } from "../people/sentinels.ts";
import type { Cue } from "./cues.ts";
import { FeatureVectors } from "./feature-vectors.ts";
import {
  lastMentionBefore,
  mentionsBefore,
  type NarrativeMention,
  type SpeakerIndex,
  UNNAMED_SUBJECT,
} from "./speaker-index.ts";
import { NOBODY } from "./subject.ts";

/**
 * The features the speaker choice weighs, by name. A candidate is an entity of the article, or
 * NOBODY (the article does not say who, or not clearly enough). Each feature is 0 or 1 unless its
 * comment says otherwise; the weights are fitted by `npm run train:attribution`.
 */
export const FEATURES = [
  // The NOBODY candidate.
  "nobody",
  "nobody:cue-unnamed", // the cue's subject is someone the article does not name ("a witness said")
  "nobody:no-cue",
  "nobody:cue-unresolved", // a pronoun or description in the cue that resolves to nobody
  "nobody:pronoun-unnamed", // the pronoun's most salient antecedent is someone unnamed (0 to 1)
  "nobody:continues-unattributed", // no cue, and the quotation it continues has no speaker
  "nobody:last-unattributed", // no cue, and the last speech in this paragraph was by someone unnamed
  // No cue, and the sentence just before (this paragraph's, or the last of the paragraph before
  // when the quotation opens its own) is about someone unnamed ("A resident stood up."), who is no
  // spokesperson (a spokesperson speaks for an organisation, which has a name)
  "nobody:unnamed-subject-before",
  // The cue names the candidate.
  "cue:name", // by a personal name ("Kelly said")
  "cue:organisation", // by an organisation's name ("Lufthansa said", "a spokeswoman for Lufthansa")
  "cue:pronoun", // by a pronoun that coreference resolved to it
  "cue:description", // by a description resolved to it ("the former Exxon CEO")
  "cue:description-guessed", // ... resolved by salience alone, no role or apposition confirming it ("the American")
  "cue:adjacent", // and the verb stands right by the quotation
  "cue:next-paragraph", // "Those were the words of X", opening the next paragraph
  // A cue names someone else: the candidate is only in the neighbourhood.
  "other-cue:name",
  "other-cue:pronoun",
  "other-cue:description",
  "other-cue:unnamed", // the cue names someone the article does not name ("Fans chanted", "a spokesman said")
  // Pronoun agreement and salience at a pronoun cue.
  "pronoun:it-organisation", // "it said" and the candidate is an organisation or a name of no person
  "pronoun:it-person", // "it said" and the candidate is a person
  "pronoun:gender-clash", // the candidate's known gender is not the pronoun's
  "pronoun:gender-match",
  "pronoun:not-person", // he/she for an organisation or a name of unknown kind without gender
  "pronoun:salience", // the candidate's salience at the pronoun over the highest one (0 to 1)
  "pronoun:previous-speaker", // the candidate spoke the last quotation or reported speech
  "pronoun:previous-subject", // the candidate is the subject of the sentence before
  "pronoun:subject-before", // the candidate is a subject earlier in the pronoun's own sentence ("X ... when he said")
  // A description no role confirmed is read like a pronoun: who is in focus there.
  "description:salience", // as pronoun:salience
  "description:previous-subject", // as pronoun:previous-subject
  "anaphor:paragraph-topic", // a pronoun or description cue, and c is the paragraph's first named subject
  // No cue: who the quotation continues or whose paragraph it is.
  "continues", // the quotation continues the previous one (same sentence, re-opened) and c spoke it
  "previous:same-paragraph", // c spoke last, in this paragraph, nobody else took the floor since
  "previous:paragraph-before", // c spoke last, in the paragraph before, and this one opens with the quote
  "previous:interrupted", // c spoke last, but another person became a clause's subject since
  "subject:previous-sentence", // c is the first subject of the sentence before, same paragraph
  "subject:this-sentence", // no cue: c is the first subject of the quotation's own sentence, before it
  "mention:sentence-before", // c is named in the quotation's own sentence, before it
  "mention:sentence-after", // c is named in the quotation's own sentence, after it (no cue)
  "mention:inside", // c is named inside the quotation's words
  "mention:recency", // 1 / (1 + sentences since c's last narrative mention)
  "mention:count", // log(1 + c's narrative mentions) / log(21), capped at 1
  // What the candidate is.
  "kind:organisation",
  "kind:unknown", // a name of unknown kind (neither a known given name nor a title nor a role)
  "kind:unknown-once", // ... mentioned only once in the narrative
] as const;

export type FeatureName = (typeof FEATURES)[number];

const INDEX: ReadonlyMap<string, number> = new Map(FEATURES.map((f, i) => [f, i]));

/** The position of a feature in a vector. */
export function featureIndex(name: FeatureName): number {
  return INDEX.get(name) as number;
}

/** One candidate speaker and its feature vector. */
export interface Candidate {
  /** Entity id, or NOBODY. */
  readonly entity: number;
  readonly features: Float64Array;
}

/** Where a quotation (or reported speech) stands and what is known around it. */
export interface Situation {
  /** Lexeme of the opening mark (or the first word of reported speech or a block). */
  readonly open: number;
  /** First lexeme after it. */
  readonly after: number;
  /** First and last lexeme of its sentence window. */
  readonly floor: number;
  readonly ceiling: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** Opens its paragraph. */
  readonly startsParagraph: boolean;
  readonly cue: Cue | undefined;
  /** Continues the previous quotation: same sentence, re-opened, or a paragraph run-on. */
  readonly continues: boolean;
  /** Speaker of the previous quotation (when `continues`). */
  readonly previous: number | undefined;
  /** The latest speech event before it: a cued quotation or reported speech. */
  readonly last: { readonly entity: number; readonly paragraph: number } | undefined;
  /** Someone else became a clause's subject since that event. */
  readonly interrupted: boolean;
  /** The latest distinct speakers of quotations before it, most recent first. */
  readonly recentSpeakers: readonly number[];
}

/** How far back (in sentences) the neighbourhood of a quotation reaches for candidates. */
const NEIGHBOURHOOD_SENTENCES = 4;
/** How many references back the neighbourhood look goes at most: keeps each quotation bounded. */
const NEIGHBOURHOOD_REFS = 60;
/** Sentences over which a pronoun's salience halves, and how far back it looks. */
const SALIENCE_SENTENCES = 5;
/** Salience of a mention in a clause subject, against 1 for any other mention. */
const SUBJECT_SALIENCE = 1.5;
/** Mentions at which the mention-count feature saturates. */
const MENTION_SATURATION = 20;

type CueForm = "name" | "organisation" | "pronoun" | "description" | "unnamed" | "none";

/** What the cue's subject is, and the reference that is it. */
function cueForm(people: People, cue: Cue | undefined): { form: CueForm; ref?: Ref } {
  if (cue === undefined) return { form: "none" };
  for (let k = cue.subject.last; k >= cue.subject.first; k--) {
    const r = people.refAt[k] ?? -1;
    const ref = r < 0 ? undefined : people.refs[r];
    if (ref === undefined || ref.possessive) continue;
    if (cue.entity === NOBODY) return { form: "unnamed", ref };
    if (ref.form === "pronoun") return { form: "pronoun", ref };
    const entity = people.entities[cue.entity];
    // "the club said", "the company's statement": an organisation speaking, as by its name.
    if (ref.form === "role" && entity?.kind === "organization")
      return { form: "organisation", ref };
    // "his father said": a relation the people stage made a person of names them as a name does.
    if (ref.form === "role" && ref.anonymous !== true) return { form: "description", ref };
    return { form: entity?.kind === "organization" ? "organisation" : "name", ref };
  }
  return { form: cue.entity === NOBODY ? "unnamed" : "name" };
}

/** The candidates for one quotation, the NOBODY candidate first, each with its features. */
export function speakerCandidates(people: People, index: SpeakerIndex, at: Situation): Candidate[] {
  const { form, ref } = cueForm(people, at.cue);
  const ids = candidateIds(people, index, at);
  const guessed = form === "description" && ref !== undefined && !isConfirmed(people, ref);
  const salience =
    (form === "pronoun" || guessed) && ref !== undefined
      ? pronounSalience(index, ref, ids)
      : undefined;
  const nearby = namedInWindow(people, at);
  const nobody = VECTORS.next();
  nobody[featureIndex("nobody")] = 1;
  if (form === "unnamed") nobody[featureIndex("nobody:cue-unnamed")] = 1;
  if (form === "none") nobody[featureIndex("nobody:no-cue")] = 1;
  if ((form === "pronoun" || form === "description") && (at.cue?.entity ?? NOBODY) < 0) {
    nobody[featureIndex("nobody:cue-unresolved")] = 1;
  }
  if (form === "pronoun" && ref !== undefined) {
    nobody[featureIndex("nobody:pronoun-unnamed")] = unnamedSalience(people, ref, salience);
  }
  if (form === "none" && at.continues && at.previous === NOBODY) {
    nobody[featureIndex("nobody:continues-unattributed")] = 1;
  }
  if (form === "none" && at.last?.entity === NOBODY && at.last.paragraph === at.paragraph) {
    nobody[featureIndex("nobody:last-unattributed")] = 1;
  }
  if (form === "none" && afterUnnamedPerson(people, index, at)) {
    nobody[featureIndex("nobody:unnamed-subject-before")] = 1;
  }
  const out: Candidate[] = [{ entity: NOBODY, features: nobody }];
  // A cue that names someone unnamed ("a spokesman said", "Fans chanted", "one trader") is read as
  // written: nobody the article names is offered in their place.
  if (form === "unnamed") return out;
  // Only a pronoun before the quotation: after it ("Mr Sullivan "made decisions," he told the
  // court"), the subject before is what the words are about, not who says them.
  const bound =
    form === "pronoun" && ref !== undefined && ref.last < at.open
      ? boundAntecedent(people, index, ids, ref)
      : undefined;
  for (const id of ids) {
    if (bound !== undefined && id !== bound) continue;
    out.push({
      entity: id,
      features: features(
        people,
        index,
        at,
        id,
        form,
        ref,
        salience,
        guessed,
        nearby,
        VECTORS.next(),
      ),
    });
  }
  return out;
}

/**
 * Entities near the quotation: the cue's, the recent speakers, and those named from the start of
 * the paragraph before (or a few sentences back, whichever reaches further) to its sentence's end.
 */
function candidateIds(people: People, index: SpeakerIndex, at: Situation): number[] {
  const ids = new Set<number>();
  const add = (id: number | undefined) => {
    if (
      id !== undefined &&
      id >= 0 &&
      people.entities[id]?.kind !== "place" &&
      !isPlatform(people, id) &&
      !isEvent(people.entities[id])
    )
      ids.add(id);
  };
  // A cue may name a platform as a speaker ("Twitter said it had removed the post").
  const cued = at.cue?.entity;
  if (cued !== undefined && cued >= 0 && !cannotSpeak(people.entities[cued])) ids.add(cued);
  add(at.previous);
  add(at.last?.entity);
  for (const id of at.recentSpeakers) add(id);
  let seen = 0;
  // Back over the references (in text order) from the last one in the window: a binary search
  // finds it, so an article with few names is not walked lexeme by lexeme to its start.
  for (let r = refsUpTo(people.refs, at.ceiling) - 1; r >= 0; r--) {
    const ref = people.refs[r] as Ref;
    const k = ref.first;
    if (ref.quote !== NARRATIVE && (k < at.open || k >= at.after)) continue;
    if (index.credits.has(ref.paragraph)) continue;
    const far =
      ref.paragraph < at.paragraph - 1 && at.sentence - ref.sentence > NEIGHBOURHOOD_SENTENCES;
    if (far || ++seen > NEIGHBOURHOOD_REFS) break;
    add(ref.entity >= 0 ? ref.entity : undefined);
  }
  return [...ids];
}

/**
 * How salient someone unnamed is at a pronoun ("one dealer, who asked not to be named, ... he
 * said"), against the most salient named candidate: 0 to 1, 1 when the unnamed one is ahead.
 */
function unnamedSalience(
  people: People,
  pronoun: Ref,
  named: ReadonlyMap<number, number> | undefined,
): number {
  let score = 0;
  const at = people.refAt[pronoun.first] ?? -1;
  for (let r = at - 1; r >= 0 && at - r <= NEIGHBOURHOOD_REFS; r--) {
    const ref = people.refs[r] as Ref;
    const distance = pronoun.sentence - ref.sentence;
    if (distance > SALIENCE_SENTENCES) break;
    if (ref.quote !== NARRATIVE || !isAnonymous(ref) || ref.form === "pronoun") continue;
    if (ref.gender !== undefined && ref.gender !== pronoun.gender) continue;
    score = Math.max(score, (ref.subject ? SUBJECT_SALIENCE : 1) * 0.5 ** distance);
  }
  const best = Math.max(0, ...(named?.values() ?? []));
  return score === 0 ? 0 : Math.min(1, score / Math.max(best, score));
}

/** Salience of each candidate at a pronoun: its best recent mention, subjects weighing more. */
function pronounSalience(
  index: SpeakerIndex,
  pronoun: Ref,
  ids: readonly number[],
): Map<number, number> {
  const out = new Map<number, number>();
  let best = 0;
  for (const id of ids) {
    let score = 0;
    const list = index.mentions.get(id) ?? [];
    // From the last mention before the pronoun back: a binary search, not a walk over later ones.
    for (let m = mentionsBefore(list, pronoun.first) - 1; m >= 0; m--) {
      const mention = list[m];
      if (mention === undefined) continue;
      const distance = pronoun.sentence - mention.sentence;
      if (distance > SALIENCE_SENTENCES) break;
      score = Math.max(score, (mention.subject ? SUBJECT_SALIENCE : 1) * 0.5 ** distance);
    }
    out.set(id, score);
    best = Math.max(best, score);
  }
  if (best > 0) for (const [id, score] of out) out.set(id, score / best);
  return out;
}

function features(
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
    if (entity.gender !== undefined)
      set(entity.gender === ref.gender ? "pronoun:gender-match" : "pronoun:gender-clash");
    if (!isPersonLike(entity)) set("pronoun:not-person");
    set("pronoun:salience", salience?.get(id) ?? 0);
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

/**
 * Binding: "the president did not ease tensions when he described ...": a he/she before the
 * quotation whose own sentence has, before it, exactly one subject that can be its antecedent (a person of no other gender) refers
 * to that subject, whoever spoke last or was named in the sentence before. Structural, like the cue
 * grammar: the model then only weighs that person against nobody.
 */
function boundAntecedent(
  people: People,
  index: SpeakerIndex,
  ids: readonly number[],
  ref: Ref,
): number | undefined {
  if (ref.gender === undefined) return undefined;
  let found: number | undefined;
  for (const id of ids) {
    const entity = people.entities[id];
    if (entity === undefined || !isPersonLike(entity)) continue;
    if (entity.gender !== undefined && entity.gender !== ref.gender) continue;
    if (!subjectBefore(index, id, ref)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/** Whether the sentence before the quotation, adjoining it, is about someone unnamed who is no spokesperson. */
function afterUnnamedPerson(people: People, index: SpeakerIndex, at: Situation): boolean {
  if (previousSubject(index, at) !== UNNAMED_SUBJECT) return false;
  if (!sameParagraphBefore(people, index, at) && !at.startsParagraph) return false;
  const subject = people.refs[index.firstSubjectRef[at.sentence - 1] ?? -1];
  return subject !== undefined && subject.voice === undefined && subject.form !== "pronoun";
}

/** How many references (sorted by their first lexeme) start at or before lexeme `k`. */
function refsUpTo(refs: readonly Ref[], k: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((refs[mid] as Ref).first <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the entity's name is a platform's ("Twitter"): posts on it speak for their authors. */
function isPlatform(people: People, id: number): boolean {
  const entity = people.entities[id];
  if (entity === undefined || entity.kind === "person") return false;
  // Every mention a single platform word ("Twitter"), whatever else it was called.
  return entity.mentions.every((m) => m.words.length === 1 && PLATFORMS.has(m.words[0] ?? ""));
}

/** Whether the entity is a clause's subject earlier in the sentence of `ref` ("X spoke when he..."). */
function subjectBefore(index: SpeakerIndex, id: number, ref: Ref): boolean {
  const list = index.mentions.get(id) ?? [];
  for (let m = mentionsBefore(list, ref.first) - 1; m >= 0; m--) {
    const mention = list[m] as NarrativeMention;
    if (mention.sentence !== ref.sentence) return false;
    if (mention.subject) return true;
  }
  return false;
}

/** Whether a description was resolved by a role, an apposition or an earlier use, not by salience. */
function isConfirmed(people: People, ref: Ref): boolean {
  return !people.guessed.has(people.refAt[ref.first] ?? -1);
}

/** The entity of the first subject of the sentence before, in the same paragraph, or undefined. */
function previousSubject(index: SpeakerIndex, at: Situation): number | undefined {
  const before = at.sentence - 1;
  const start = index.sentenceStart[before];
  if (before < 0 || start === undefined) return undefined;
  const subject = index.firstSubject[before] ?? -1;
  return subject === -1 ? undefined : subject;
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
  if (uncued && at.last?.entity === id) {
    if (at.interrupted) set("previous:interrupted");
    else if (at.last.paragraph === at.paragraph) set("previous:same-paragraph");
    else if (at.startsParagraph && at.last.paragraph === at.paragraph - 1) {
      set("previous:paragraph-before");
    }
  }
  const subject = previousSubject(index, at);
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

/** The sentence before the quotation is in its paragraph. */
function sameParagraphBefore(people: People, index: SpeakerIndex, at: Situation): boolean {
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
function namedInWindow(people: People, at: Situation): Map<number, number> {
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

/** Where every candidate's feature vector is cut from. */
const VECTORS = new FeatureVectors(FEATURES.length);

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
