import type { Candidate, TitleSource } from "./candidates.ts";
import type { Ranking } from "./rank.ts";

/** A sentence this short can stand as a headline. */
const MAX_TITLE_WORDS = 20;
/** Words kept when a long sentence has to stand in for a headline. */
const CLIPPED_TITLE_WORDS = 12;

/** The briefing's title: the article's headline, else its best short sentence, else a clipped lead. */
export function briefTitle(
  source: TitleSource | null,
  candidates: readonly Candidate[],
  ranking: Ranking,
): string {
  if (source !== null) return source.text.replace(/\s+/g, " ").trim();
  let best: Candidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const score = ranking.scores[candidate.sentence.index] ?? Number.NEGATIVE_INFINITY;
    const standsAlone = !candidate.dangling && !candidate.quoteLed;
    if (standsAlone && candidate.terms.words <= MAX_TITLE_WORDS && score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best !== null) return best.text.replace(/\s+/g, " ").trim();
  const lead = candidates.find((c) => c.eligible) ?? candidates[0];
  if (lead === undefined) return "Untitled article";
  const words = lead.text.trim().split(/\s+/);
  if (words.length <= CLIPPED_TITLE_WORDS) return words.join(" ");
  return `${words
    .slice(0, CLIPPED_TITLE_WORDS)
    .join(" ")
    .replace(/(?<![,;:—–-])[,;:—–-]+$/, "")}…`;
}
