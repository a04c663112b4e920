// The validation protocol of `npm run eval:summary`: the articles fall into folds by a hash of their
// id; every tuned constant is chosen on all folds but one and scored on the one left out, so the
// numbers reported are out-of-fold, and the value chosen on each fold shows which constants are
// signal (the same on every fold) and which are noise (they move between folds).
import { analyzeArticle } from "../analyze.ts";
import { DEFAULT_WORDS_PER_SENTENCE } from "../summary/brief.ts";
import { DEFAULT_RANK_SETTINGS, scoreSentences } from "../summary/rank.ts";
import {
  briefSentence,
  chooseSummary,
  DEFAULT_SUMMARY_SETTINGS,
  prepareSummary,
  type SummaryContext,
} from "../summary/summarize.ts";
import { scoreRougeMax } from "./rouge.ts";
import { leadSentences, type MeanRouge, type SummaryRecord } from "./summary-eval.ts";

/** Every constant of the summary that ROUGE could tune. */
export interface SummaryConstants {
  readonly positionHalfLife: number;
  readonly centrality: number;
  readonly quotePenalty: number;
  readonly redundancy: number;
  /** The default word budget, per summary sentence (Infinity: no budget). */
  readonly wordsPerSentence: number;
}

export type ConstantName = keyof SummaryConstants;

/** The values newsbrief ships with. */
export const SHIPPED_CONSTANTS: SummaryConstants = Object.freeze({
  ...DEFAULT_RANK_SETTINGS,
  redundancy: DEFAULT_SUMMARY_SETTINGS.redundancy,
  wordsPerSentence: DEFAULT_WORDS_PER_SENTENCE,
});

/** The values tried for each constant; the shipped value comes first and wins ties. */
export const TUNING_GRID: Readonly<Record<ConstantName, readonly number[]>> = Object.freeze({
  positionHalfLife: [3, 2, 4, 6],
  centrality: [0.3, 0.15, 0.5],
  quotePenalty: [0.3, 0, 1],
  redundancy: [0.5, 0.25, 1],
  // 80, 100 and 120 words or no budget for three sentences.
  wordsPerSentence: [40, 80 / 3, 100 / 3, Number.POSITIVE_INFINITY],
});

/** The fold of an article: FNV-1a hash of its id, so the split never depends on file order. */
export function foldOf(id: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}

/** One article analysed once, with the Lead-N scores and a memo of the scores of each summary. */
export interface FoldArticle {
  readonly id: string;
  readonly fold: number;
  readonly context: SummaryContext;
  /** Lead-N's and R-Lsum F1, in points. */
  readonly lead: readonly number[];
  /** and R-Lsum F1 of a summary given by its sentence indexes, in points. */
  score(indexes: readonly number[]): readonly number[];
}

function points(references: readonly string[], lines: readonly string[]): number[] {
  const scores = scoreRougeMax(references, lines.join("\n"));
  return [scores.rouge1.f1, scores.rouge2.f1, scores.rougeLsum.f1].map((f1) => 100 * f1);
}

/** Analyses every record once and assigns its fold. */
export function prepareFoldArticles(
  records: readonly SummaryRecord[],
  sentences: number,
  folds: number,
): FoldArticle[] {
  return records.map((record) => {
    const analysis = analyzeArticle({
      text: record.text,
      ...(record.title === undefined ? {} : { title: record.title }),
    });
    const context = prepareSummary(analysis);
    const memo = new Map<string, readonly number[]>();
    return {
      id: record.id,
      fold: foldOf(record.id, folds),
      context,
      lead: points(record.references, leadSentences(record.text, sentences)),
      score(indexes) {
        const key = indexes.join(",");
        let scores = memo.get(key);
        if (scores === undefined) {
          const lines = indexes.map((i) => briefSentence(context, i).text);
          scores = points(record.references, lines);
          memo.set(key, scores);
        }
        return scores;
      },
    };
  });
}

/** The summary newsbrief gives an article with these constants: the same path as `brief`. */
export function summaryWith(
  article: FoldArticle,
  constants: SummaryConstants,
  sentences: number,
): number[] {
  const { candidates, graph } = article.context;
  const ranking = scoreSentences(candidates, graph, constants);
  const maxWords = constants.wordsPerSentence * sentences;
  return chooseSummary(article.context, ranking, sentences, maxWords, constants.redundancy);
}

/** newsbrief minus Lead-N per article: and R-Lsum, in points. */
export function differencesWith(
  articles: readonly FoldArticle[],
  constants: SummaryConstants,
  sentences: number,
): number[][] {
  return articles.map((article) => {
    const ours = article.score(summaryWith(article, constants, sentences));
    return ours.map((value, m) => value - (article.lead[m] ?? 0));
  });
}

/** Every combination of the grid's values. */
export function gridSettings(
  grid: Readonly<Record<ConstantName, readonly number[]>>,
): SummaryConstants[] {
  let settings: Record<string, number>[] = [{}];
  for (const [name, values] of Object.entries(grid)) {
    settings = settings.flatMap((partial) =>
      values.map((value) => ({ ...partial, [name]: value })),
    );
  }
  return settings as unknown as SummaryConstants[];
}

/** The mean of each measure over some per-article differences. */
export function meanRouge(rows: readonly (readonly number[])[]): MeanRouge {
  const mean = (m: number) => rows.reduce((sum, row) => sum + (row[m] ?? 0), 0) / rows.length;
  return { rouge1: mean(0), rouge2: mean(1), rougeLsum: mean(2) };
}
