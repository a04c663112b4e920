// Scores sentences for the summary with three parts: a lead prior (news puts the story first),
// position-aware centrality (PacSum's forward degree: how much the rest of the story develops a
// sentence) and a penalty for a quotation or a question (a summary states facts in the reporter's
// voice; quotations have their own section). Each setting was checked on held-out folds of the
// evaluation articles (docs/quality.md). Every step is linear in the article's length: the degree
// sums come from running sums of the normalised vectors, never from an all-pairs matrix.
import type { Candidate } from "./candidates.ts";
import { type TermVector, tfidfVectors } from "./terms.ts";

/** The ranker's settings; see docs/quality.md for how each was chosen. */
export interface RankSettings {
  /** Eligible sentences the lead prior takes to halve. */
  readonly positionHalfLife: number;
  /** Weight of forward centrality (normalised to 1 for the most central sentence). */
  readonly centrality: number;
  /** Score a sentence loses for opening or continuing a quotation, or for asking a question. */
  readonly quotePenalty: number;
}

/**
 * The lead prior halves every three sentences (Lead-3 is the unit of a news summary); centrality can
 * move a sentence up about two places; a quotation or a question ranks about two places lower.
 */
export const DEFAULT_RANK_SETTINGS: RankSettings = Object.freeze({
  positionHalfLife: 3,
  centrality: 0.3,
  quotePenalty: 0.3,
});

/** The ranker's view of the article: a score and a TF-IDF vector per candidate (null when ineligible). */
export interface Ranking {
  readonly scores: readonly number[];
  readonly vectors: readonly (TermVector | null)[];
}

/** What ranking needs that does not depend on the settings: built once, scored many times. */
export interface SentenceGraph {
  /** Per candidate: the TF-IDF vector, null when the sentence is ineligible. */
  readonly vectors: readonly (TermVector | null)[];
  /** Per candidate: its place among the eligible sentences, -1 when ineligible. */
  readonly ranks: readonly number[];
  /** Per candidate: forward degree over the most central sentence's, in [0, 1]; 0 when ineligible. */
  readonly centrality: readonly number[];
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

/** Builds the settings-free part of ranking: vectors, lead ranks and centrality of the eligible sentences. */
export function buildSentenceGraph(candidates: readonly Candidate[]): SentenceGraph {
  const eligible = candidates.filter((c) => c.eligible);
  const space = tfidfVectors(eligible.map((c) => c.terms));
  const { fwd } = directedDegrees(space.vectors, space.size);
  let top = 1e-9;
  for (const value of fwd) top = Math.max(top, value);
  const vectors: (TermVector | null)[] = new Array(candidates.length).fill(null);
  const ranks: number[] = new Array(candidates.length).fill(-1);
  const centrality: number[] = new Array(candidates.length).fill(0);
  eligible.forEach((candidate, rank) => {
    const index = candidate.sentence.index;
    vectors[index] = space.vectors[rank] ?? null;
    ranks[index] = rank;
    centrality[index] = (fwd[rank] ?? 0) / top;
  });
  return { vectors, ranks, centrality };
}

/** Scores every candidate of a built graph with the given settings; ineligible ones get -Infinity. */
export function scoreSentences(
  candidates: readonly Candidate[],
  graph: SentenceGraph,
  settings: RankSettings = DEFAULT_RANK_SETTINGS,
): Ranking {
  const scores = candidates.map((candidate, index) => {
    const rank = graph.ranks[index] ?? -1;
    if (rank < 0) return Number.NEGATIVE_INFINITY;
    const penalty = candidate.quoteLed || candidate.question ? settings.quotePenalty : 0;
    return (
      0.5 ** (rank / settings.positionHalfLife) +
      settings.centrality * (graph.centrality[index] ?? 0) -
      penalty
    );
  });
  return { scores, vectors: graph.vectors };
}
