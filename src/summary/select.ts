// Picks sentences greedily by score with maximal marginal relevance (MMR): each pick loses what it
// shares with the sentences already chosen, so the summary does not say the same thing twice.
import type { Candidate } from "./candidates.ts";
import type { Ranking } from "./rank.ts";
import { cosine } from "./terms.ts";

export interface SelectOptions {
  /** How many sentences to pick at most. */
  readonly count: number;
  /**
   * Word budget of the picks together. The first pick is always taken; when the best next sentence
   * would go over, selection stops rather than reach down the ranking for a short filler.
   */
  readonly maxWords: number;
  /** How much similarity to a chosen sentence costs. */
  readonly redundancy: number;
  /** Similarity above which a sentence is a near-duplicate and never picked. */
  readonly maxSimilarity: number;
  /** Sentences chosen before (the summary, when picking key points): avoided, not returned. */
  readonly exclude?: ReadonlySet<number>;
  /** Sentences never picked (those inside a quotation that runs over several sentences). */
  readonly skip?: ReadonlySet<number>;
}

/** Returns the indexes of the chosen sentences, in article order. */
export function selectSentences(
  candidates: readonly Candidate[],
  ranking: Ranking,
  options: SelectOptions,
): number[] {
  const chosen = new Set<number>();
  const against = [...(options.exclude ?? [])];
  let words = 0;
  while (chosen.size < options.count) {
    const pick = bestNext(candidates, ranking, options, chosen, against);
    if (pick === null) break;
    const pickWords = candidates[pick]?.terms.words ?? 0;
    if (chosen.size > 0 && words + pickWords > options.maxWords) break;
    chosen.add(pick);
    against.push(pick);
    words += pickWords;
  }
  return [...chosen].sort((a, b) => a - b);
}

function bestNext(
  candidates: readonly Candidate[],
  ranking: Ranking,
  options: SelectOptions,
  chosen: ReadonlySet<number>,
  against: readonly number[],
): number | null {
  let best: number | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const index = candidate.sentence.index;
    const score = ranking.scores[index] ?? Number.NEGATIVE_INFINITY;
    if (score === Number.NEGATIVE_INFINITY || chosen.has(index)) continue;
    if (options.exclude?.has(index) || options.skip?.has(index)) continue;
    // A sentence that leans on the one before is only taken right after that one.
    if (candidate.dangling && !chosen.has(index - 1)) continue;
    if (score <= bestValue) continue;
    const overlap = maxSimilarity(ranking, index, against);
    if (overlap > options.maxSimilarity) continue;
    const value = score - options.redundancy * overlap;
    if (value > bestValue) {
      bestValue = value;
      best = index;
    }
  }
  return best;
}

function maxSimilarity(ranking: Ranking, index: number, against: readonly number[]): number {
  const vector = ranking.vectors[index];
  if (vector === null || vector === undefined) return 0;
  let top = 0;
  for (const other of against) {
    const otherVector = ranking.vectors[other];
    if (otherVector !== null && otherVector !== undefined) {
      top = Math.max(top, cosine(vector, otherVector));
    }
  }
  return top;
}
