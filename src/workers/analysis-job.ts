import type { Analysis } from "../analysis.ts";
import { analyzeArticle } from "../analyze.ts";
import type { Article } from "../article/article.ts";
import { brief } from "../summary/brief.ts";
import type { BriefOptions } from "../summary/briefing.ts";
import type { Briefed } from "./analyzer.ts";

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
