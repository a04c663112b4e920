import type { Analysis } from "../analysis.ts";
import { analyzeArticle } from "../analyze.ts";
import type { Article } from "../article/article.ts";
import { brief } from "../summary/brief.ts";
import type { BriefOptions } from "../summary/briefing.ts";
import type { Briefed } from "./analyzer.ts";
import { CHUNK_ITEMS, type ListPath, type TakenList } from "./chunked.ts";
import type { SplitResult } from "./serve-jobs.ts";

/** What the analysis workers are asked: an analysis, or an analysis and its briefing. */
export type AnalysisJob =
  | { readonly kind: "analyze"; readonly article: Article }
  | { readonly kind: "brief"; readonly article: Article; readonly options: BriefOptions };

/** Their answer. */
export type AnalysisResult = Analysis | Briefed;

/** Runs one job; the worker's loop calls it. */
export function runAnalysisJob(job: AnalysisJob): AnalysisResult {
  const analysis = analyzeArticle(job.article);
  if (job.kind === "analyze") return analysis;
  return { analysis, briefing: brief(analysis, job.options) };
}

// The fields of paragraphs and sentences, in the order of their object literals (same hidden class).
const PARAGRAPH = ["start", "end", "index"];
const SENTENCE = ["start", "end", "index", "paragraph"];

/**
 * Takes the lists that grow with the article out of a result (paragraphs, sentences, quotations,
 * people and a person's mentions): the pool reads them back a chunk at a time.
 */
export function splitAnalysisResult(result: AnalysisResult): SplitResult<AnalysisResult> {
  const lists: TakenList[] = [];
  const take = <T>(path: ListPath, items: readonly T[], fields?: readonly string[]): T[] => {
    if (items.length <= CHUNK_ITEMS) return items as T[];
    lists.push({ path, items: items as T[], ...(fields === undefined ? {} : { fields }) });
    return [];
  };
  const briefed = "briefing" in result;
  const base: ListPath = briefed ? ["analysis"] : [];
  const analysis = briefed ? result.analysis : result;
  const people = analysis.people.map((entity, i) =>
    entity.mentions.length <= CHUNK_ITEMS
      ? entity
      : { ...entity, mentions: take([...base, "people", i, "mentions"], entity.mentions) },
  );
  const split: Analysis = {
    ...analysis,
    text: {
      ...analysis.text,
      paragraphs: take([...base, "text", "paragraphs"], analysis.text.paragraphs, PARAGRAPH),
      sentences: take([...base, "text", "sentences"], analysis.text.sentences, SENTENCE),
    },
    quotes: take([...base, "quotes"], analysis.quotes),
    people: take([...base, "people"], people),
  };
  return { result: briefed ? { ...result, analysis: split } : split, lists };
}
