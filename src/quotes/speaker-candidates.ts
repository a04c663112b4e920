// The candidates for a quotation's speaker: who is near it, and how salient each is at a pronoun.

import { noName } from "../no-name.ts";
import { isAnonymous } from "../people/anonymous.ts";
import { isBareOpener } from "../people/bare-opener.ts";
import type { People } from "../people/descriptions.ts";
import { PLATFORMS } from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import { cannotSpeak, isEvent, isPersonLike } from "../people/salience.ts";
import { NARRATIVE, UNRESOLVED } from "../people/sentinels.ts";
import { reportedSubject } from "../people/slifted.ts";
import { describesOwner, speaksForSomeone } from "../people/spokespeople.ts";
import {
  type CueForm,
  features,
  namedInWindow,
  previousSubject,
  sameParagraphBefore,
  subjectBefore,
} from "./candidate-features.ts";
import type { Cue } from "./cues.ts";
import { FeatureVectors } from "./feature-vectors.ts";
import { type Candidate, FEATURES, featureIndex, type Situation } from "./speaker-features.ts";
import { mentionsBefore, type SpeakerIndex, UNNAMED_SUBJECT } from "./speaker-index.ts";
import { NOBODY } from "./subject.ts";

/** How far back (in sentences) the neighbourhood of a quotation reaches for candidates. */
const NEIGHBOURHOOD_SENTENCES = 4;
/** How many references back the neighbourhood look goes at most: keeps each quotation bounded. */
const NEIGHBOURHOOD_REFS = 60;
/** Sentences over which a pronoun's salience halves, and how far back it looks. */
const SALIENCE_SENTENCES = 5;
/** Salience of a mention in a clause subject, against 1 for any other mention. */
const SUBJECT_SALIENCE = 1.5;

/** A cue whose subject is a sentence's first word and nothing more ("Reports suggest") names nobody. */
function bareCue(people: People, at: Situation): Situation {
  const cue = at.cue;
  if (
    cue === undefined ||
    cue.entity < 0 ||
    !isBareOpener(people.lexemes, people.entities[cue.entity])
  )
    return at;
  return { ...at, cue: { ...cue, entity: NOBODY } };
}

/** What the cue's subject is, and the reference that is it. */
export function cueForm(people: People, cue: Cue | undefined): { form: CueForm; ref?: Ref } {
  if (cue === undefined) return { form: "none" };
  for (let k = cue.subject.last; k >= cue.subject.first; k--) {
    const r = people.refAt[k] ?? -1;
    const ref = r < 0 ? undefined : people.refs[r];
    // "the former vice president's spokeswoman said": the cue names its speaker by the owner.
    if (ref === undefined || (ref.possessive && !describesOwner(people, ref))) continue;
    // "he said" whose antecedent the people stage found nowhere (not someone unnamed): a pronoun
    // still, its candidates weighed by salience and agreement.
    if (ref.form === "pronoun" && ref.entity === UNRESOLVED && ref.gender !== undefined)
      return { form: "pronoun", ref };
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
export function speakerCandidates(
  people: People,
  index: SpeakerIndex,
  situation: Situation,
): Candidate[] {
  const at = bareCue(people, situation);
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
  // A he or she the people stage found no antecedent for (its last mention too far back, past a
  // long quotation): only the one who spoke just before, if nobody else near can be it.
  const unresolved = form === "pronoun" && (at.cue?.entity ?? NOBODY) < 0;
  const heir = unresolved ? speakerBefore(people, ids, ref, at) : undefined;
  // "Mr Blair has failed, he claimed,": the reported words' subject is not the pronoun's speaker.
  const reported =
    form === "pronoun" && ref !== undefined
      ? reportedSubject(people.lexemes, people.refs, people.refAt[ref.first] ?? -1)
      : -1;
  for (const id of ids) {
    if (bound !== undefined && id !== bound) continue;
    if (id === reported) continue;
    if (unresolved && id !== heir) continue;
    const f = features(people, index, at, id, form, ref, salience, guessed, nearby, VECTORS.next());
    // The cue names nobody else: its pronoun is no other person's.
    if (unresolved) f[featureIndex("other-cue:pronoun")] = 0;
    out.push({ entity: id, features: f });
  }
  return out;
}

/**
 * Entities near the quotation: the cue's, the recent speakers, and those named from the start of
 * the paragraph before (or a few sentences back, whichever reaches further) to its sentence's end.
 */
function candidateIds(people: People, index: SpeakerIndex, at: Situation): number[] {
  const ids = new Set<number>();
  // The walk below meets the same few entities again and again: each is weighed once per quotation.
  let refused: Set<number> | undefined;
  const add = noName((id: number | undefined) => {
    if (id === undefined || id < 0 || ids.has(id) || refused?.has(id) === true) return;
    if (
      people.entities[id]?.kind !== "place" &&
      !isPlatform(people, id) &&
      !isEvent(people.entities[id])
    )
      ids.add(id);
    else {
      refused ??= new Set();
      refused.add(id);
    }
  });
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
      score = Math.max(score, mention.weight * 0.5 ** distance);
    }
    out.set(id, score);
    best = Math.max(best, score);
  }
  if (best > 0) for (const [id, score] of out) out.set(id, score / best);
  return out;
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
  // "Mr Blair has failed, he claimed,": the reported words' subject is not who reports them.
  const reported = reportedSubject(people.lexemes, people.refs, people.refAt[ref.first] ?? -1);
  let found: number | undefined;
  for (const id of ids) {
    const entity = people.entities[id];
    if (entity === undefined || !isPersonLike(entity) || id === reported) continue;
    if (entity.gender !== undefined && entity.gender !== ref.gender) continue;
    if (!subjectBefore(index, id, ref)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/**
 * The speaker of the latest speech before an unresolved he or she, when they are the only candidate
 * it can be and the article names them in full ("Penhallow said, "..." He added"): a lone word taken
 * for a name ("Leeds host Fulham") is too weak to carry a pronoun nobody was found for.
 */
function speakerBefore(
  people: People,
  ids: readonly number[],
  ref: Ref | undefined,
  at: Situation,
): number | undefined {
  let found: number | undefined;
  for (const id of ids) {
    if (!agrees(people, id, ref)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  const named = found !== undefined && people.entities[found]?.first !== undefined;
  return named && found === at.last?.entity ? found : undefined;
}

/** The candidate can be the he or she: a person of no other known gender. */
function agrees(people: People, id: number, ref: Ref | undefined): boolean {
  const entity = people.entities[id];
  if (!isPersonLike(entity)) return false;
  return entity?.gender === undefined || entity.gender === ref?.gender;
}

/** Whether the sentence before the quotation, adjoining it, is about someone unnamed who is no spokesperson. */
function afterUnnamedPerson(people: People, index: SpeakerIndex, at: Situation): boolean {
  if (previousSubject(index, at) !== UNNAMED_SUBJECT) return false;
  if (!sameParagraphBefore(people, index, at) && !at.startsParagraph) return false;
  const subject = people.refs[index.firstSubjectRef[at.sentence - 1] ?? -1];
  return subject !== undefined && !speaksForSomeone(subject) && subject.form !== "pronoun";
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

/** Whether a description was resolved by a role, an apposition or an earlier use, not by salience. */
function isConfirmed(people: People, ref: Ref): boolean {
  return !people.guessed.has(people.refAt[ref.first] ?? -1);
}

/** Where every candidate's feature vector is cut from. */
const VECTORS = new FeatureVectors(FEATURES.length);
