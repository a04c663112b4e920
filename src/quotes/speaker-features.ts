import type { Cue } from "./cues.ts";

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
  // c spoke last, in the paragraph before, and this one opens with the quote, or with one sentence
  // whose first subject is c and then the quote ("Still, Balmer gives Schuller some credit. "...")
  "previous:paragraph-before",
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
