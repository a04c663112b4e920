// Chooses the summary's sentences: the best-ranked sentences with maximal marginal relevance, under
// three readability rules: no sentence that leans on one left out, no piece of a quotation that runs
// over several sentences, no caption, byline or fragment (candidates.ts marks those ineligible).
import type { Analysis } from "../analysis.ts";
import type { BriefSentence } from "./briefing.ts";
import {
  type Candidate,
  findTitle,
  readCandidates,
  sentenceAt,
  type TitleSource,
} from "./candidates.ts";
import { datelineLength } from "./dateline.ts";
import {
  buildSentenceGraph,
  DEFAULT_RANK_SETTINGS,
  type Ranking,
  type RankSettings,
  type SentenceGraph,
} from "./rank.ts";
import { selectSentences } from "./select.ts";

/** Everything the summary needs from an article that does not depend on the settings. */
export interface SummaryContext {
  readonly analysis: Analysis;
  readonly title: TitleSource | null;
  readonly candidates: readonly Candidate[];
  readonly graph: SentenceGraph;
  /** Sentences of a quotation that runs over several sentences: never in the summary or key points. */
  readonly splitQuotes: ReadonlySet<number>;
  /** The story's first sentence and the length of the dateline that opens it (0 when none). */
  readonly dateline: { readonly index: number; readonly length: number };
}

/** The summary's settings: the ranker's and how much repeating a chosen sentence costs. */
export interface SummarySettings {
  readonly rank: RankSettings;
  /** Maximal marginal relevance: score lost per unit of cosine similarity to a chosen sentence. */
  readonly redundancy: number;
}

/** Half the score for similarity, the balanced setting of maximal marginal relevance. */
export const DEFAULT_SUMMARY_SETTINGS: SummarySettings = Object.freeze({
  rank: DEFAULT_RANK_SETTINGS,
  redundancy: 0.5,
});

/** A sentence this similar to a chosen one says the same thing again and is never picked. */
const MAX_SIMILARITY = 0.7;

/** Reads the article once into what any summary setting needs. */
export function prepareSummary(analysis: Analysis): SummaryContext {
  const title = findTitle(analysis);
  const candidates = readCandidates(analysis, title);
  const first = candidates.find((c) => c.eligible);
  return {
    analysis,
    title,
    candidates,
    graph: buildSentenceGraph(candidates),
    splitQuotes: sentencesOfLongQuotes(analysis),
    dateline: {
      index: first?.sentence.index ?? -1,
      length: first === undefined ? 0 : datelineLength(first.text),
    },
  };
}

/** A chosen sentence as the briefing shows it: a verbatim slice, after the dateline if it opens the story. */
export function briefSentence(context: SummaryContext, index: number): BriefSentence {
  const { sentence, text } = context.candidates[index] as Candidate;
  const skip = index === context.dateline.index ? context.dateline.length : 0;
  return { start: sentence.start + skip, end: sentence.end, text: text.slice(skip) };
}

/**
 * Sentences that a quotation crosses into or out of ("'We came here for vacation. We're no heroes,'
 * he said."): any one of them alone cuts the quotation mid-way.
 */
export function sentencesOfLongQuotes(analysis: Analysis): Set<number> {
  const { sentences } = analysis.text;
  const split = new Set<number>();
  for (const quote of analysis.quotes) {
    if (quote.type === "indirect") continue;
    const first = sentenceAt(sentences, quote.start);
    const last = sentenceAt(sentences, Math.max(quote.start, quote.end - 1));
    if (first === -1 || last === -1 || first === last) continue;
    for (let index = first; index <= last; index++) split.add(index);
  }
  return split;
}

/** Picks the summary's sentence indexes, in article order. */
export function chooseSummary(
  context: SummaryContext,
  ranking: Ranking,
  count: number,
  maxWords: number,
  redundancy: number = DEFAULT_SUMMARY_SETTINGS.redundancy,
): number[] {
  const { candidates } = context;
  const picked = selectSentences(candidates, ranking, {
    count,
    maxWords,
    redundancy,
    maxSimilarity: MAX_SIMILARITY,
    skip: context.splitQuotes,
  });
  return picked.length > 0 ? picked : fallbackSummary(candidates, count);
}

/** When no sentence qualifies (a one-line text, a list of headings), the first sentences still say something. */
function fallbackSummary(candidates: readonly Candidate[], count: number): number[] {
  return candidates
    .filter((c) => c.terms.words > 0)
    .slice(0, count)
    .map((c) => c.sentence.index);
}
