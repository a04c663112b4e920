// Scores sentences for the summary: position-aware centrality (PacSum's directed degree over TF-IDF
// cosine similarity) plus what marks a news summary sentence: lead position, names, numbers, a
// self-contained opening. Every step is linear in the article's length: the directed degree sums
// come from running sums of the normalised vectors, never from an all-pairs matrix.
import type { Candidate } from "./candidates.ts";
import { type TermVector, tfidfVectors } from "./terms.ts";

/** The knobs of the ranker; the defaults were tuned on CNN/DailyMail dev articles (see README). */
export interface RankWeights {
  /** Weight of the lead-position prior. */
  readonly position: number;
  /** How many eligible sentences the prior takes to halve. */
  readonly positionHalfLife: number;
  /** Weight of similarity to later sentences (a lead that the rest of the story develops). */
  readonly forward: number;
  /** Weight of similarity to earlier sentences (PacSum counts it against; news rewards it a little). */
  readonly backward: number;
  /** Bonus per capitalised name word, capped. */
  readonly names: number;
  /** Bonus per number, capped. */
  readonly numbers: number;
  /** Penalty for a sentence opening with a quotation. */
  readonly quoteLed: number;
  /** Penalty for a question. */
  readonly question: number;
  /** Penalty for a sentence that leans on the one before. */
  readonly dangling: number;
  /** Words above which a sentence loses score (run-ons, merged captions). */
  readonly longWords: number;
  /** Words below which a sentence loses score. */
  readonly shortWords: number;
  /** Bonus per key person the sentence names, up to two. */
  readonly people: number;
}

export const DEFAULT_WEIGHTS: RankWeights = Object.freeze({
  position: 1,
  positionHalfLife: 2,
  forward: 0.3,
  backward: 0.3,
  names: 0.01,
  numbers: 0.01,
  quoteLed: 0.3,
  question: 0.3,
  dangling: 0.1,
  longWords: 40,
  shortWords: 10,
  people: 0.05,
});

/** The ranker's view of the article: a score and a TF-IDF vector per candidate (null when ineligible). */
export interface Ranking {
  readonly scores: readonly number[];
  readonly vectors: readonly (TermVector | null)[];
}

/** Sums of cosine similarity to earlier and to later sentences, for each sentence, in linear time. */
export function directedDegrees(
  vectors: readonly TermVector[],
  size = vocabularySize(vectors),
): { back: number[]; fwd: number[] } {
  // Sum of cosines to a set of sentences = dot product with the sum of their unit vectors.
  const total = new Float64Array(size);
  for (const vector of vectors) addUnit(total, vector);
  const prefix = new Float64Array(size);
  const back: number[] = [];
  const fwd: number[] = [];
  for (const vector of vectors) {
    const before = dotUnit(vector, prefix);
    const self = vector.norm === 0 ? 0 : 1;
    back.push(before);
    fwd.push(Math.max(0, dotUnit(vector, total) - before - self));
    addUnit(prefix, vector);
  }
  return { back, fwd };
}

function vocabularySize(vectors: readonly TermVector[]): number {
  let size = 0;
  for (const vector of vectors) size = Math.max(size, (vector.ids.at(-1) ?? -1) + 1);
  return size;
}

function addUnit(target: Float64Array, vector: TermVector): void {
  if (vector.norm === 0) return;
  vector.ids.forEach((id, i) => {
    target[id] = (target[id] ?? 0) + (vector.weights[i] ?? 0) / vector.norm;
  });
}

function dotUnit(vector: TermVector, dense: Float64Array): number {
  if (vector.norm === 0) return 0;
  let sum = 0;
  vector.ids.forEach((id, i) => {
    sum += (vector.weights[i] ?? 0) * (dense[id] ?? 0);
  });
  return sum / vector.norm;
}

/** Scores every candidate; ineligible ones get -Infinity. */
export function rankCandidates(
  candidates: readonly Candidate[],
  weights: RankWeights = DEFAULT_WEIGHTS,
): Ranking {
  const eligible = candidates.filter((c) => c.eligible);
  const terms = eligible.map((c) => c.terms);
  const space = tfidfVectors(terms);
  const { vectors } = space;
  const { back, fwd } = directedDegrees(vectors, space.size);
  const topFwd = maxOf(fwd);
  const topBack = maxOf(back);
  const degree = fwd.map(
    (f, i) => (weights.forward * f) / topFwd + (weights.backward * (back[i] ?? 0)) / topBack,
  );
  const scores: number[] = new Array(candidates.length).fill(Number.NEGATIVE_INFINITY);
  const vectorOf: (TermVector | null)[] = new Array(candidates.length).fill(null);
  eligible.forEach((candidate, rank) => {
    const index = candidate.sentence.index;
    vectorOf[index] = vectors[rank] ?? null;
    scores[index] =
      weights.position * 0.5 ** (rank / weights.positionHalfLife) +
      (degree[rank] ?? 0) +
      featureScore(candidate, weights);
  });
  return { scores, vectors: vectorOf };
}

function maxOf(values: readonly number[]): number {
  let top = 1e-9;
  for (const value of values) top = Math.max(top, value);
  return top;
}

function featureScore(candidate: Candidate, weights: RankWeights): number {
  const { words, names, numbers } = candidate.terms;
  let score = weights.names * Math.min(names, 5) + weights.numbers * Math.min(numbers, 3);
  score += weights.people * Math.min(candidate.keyPeople, 2);
  if (candidate.quoteLed) score -= weights.quoteLed;
  if (candidate.question) score -= weights.question;
  if (candidate.dangling) score -= weights.dangling;
  if (words > weights.longWords) score -= (words - weights.longWords) / weights.longWords;
  if (words < weights.shortWords) score -= (weights.shortWords - words) / weights.shortWords;
  return score;
}
