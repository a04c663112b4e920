import type { Candidate } from "./candidates.ts";
import type { Ranking } from "./rank.ts";
import { cosine } from "./terms.ts";

/** A key point shares at most this much with the summary or another key point. */
const MAX_SIMILARITY = 0.4;
/** And brings at least this many content words the briefing has not used yet. */
const MIN_NEW_TERMS = 3;

/**
 * Picks the best-ranked sentences that add facts the summary lacks: no quotations (those go to
 * "What they said"), no piece of a quotation, no sentence that needs the one before, no
 * near-duplicates. Article order.
 */
export function selectKeyPoints(
  candidates: readonly Candidate[],
  ranking: Ranking,
  summary: readonly number[],
  count: number,
  skip: ReadonlySet<number> = new Set(),
): number[] {
  if (count <= 0) return [];
  const used = new Set<string>();
  for (const index of summary)
    for (const term of candidates[index]?.terms.terms ?? []) used.add(term);
  const chosen = [...summary];
  const taken = new Set(summary);
  const order = candidates
    .filter((c) => c.eligible && !c.quoteLed && !c.dangling)
    .filter((c) => !taken.has(c.sentence.index) && !skip.has(c.sentence.index))
    .sort(
      (a, b) => (ranking.scores[b.sentence.index] ?? 0) - (ranking.scores[a.sentence.index] ?? 0),
    );
  const picks: number[] = [];
  for (const candidate of order) {
    if (picks.length >= count) break;
    const index = candidate.sentence.index;
    const fresh = new Set(candidate.terms.terms.filter((term) => !used.has(term)));
    if (fresh.size < MIN_NEW_TERMS || tooSimilar(ranking, index, chosen)) continue;
    picks.push(index);
    chosen.push(index);
    for (const term of fresh) used.add(term);
  }
  return picks.sort((a, b) => a - b);
}

function tooSimilar(ranking: Ranking, index: number, chosen: readonly number[]): boolean {
  const vector = ranking.vectors[index];
  if (vector === null || vector === undefined) return false;
  return chosen.some((other) => {
    const otherVector = ranking.vectors[other];
    return otherVector != null && cosine(vector, otherVector) > MAX_SIMILARITY;
  });
}
