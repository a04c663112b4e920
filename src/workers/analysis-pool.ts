import type { Analysis } from "../analysis.ts";
import type { Article } from "../article/article.ts";
import { NewsbriefError } from "../errors.ts";
import type { AnalysisJob, AnalysisResult } from "./analysis-job.ts";
import type { Analyzer, Briefed } from "./analyzer.ts";
import { WorkerPool } from "./worker-pool.ts";

/** Default deadline of one article's analysis and briefing. */
export const ANALYSIS_TIMEOUT_MS = 5_000;

/** Settings of the analysis pool. */
export interface AnalysisPoolOptions {
  /** Longest one article may take (default ANALYSIS_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  /** Worker threads (default 2: a briefing keeps a core busy for milliseconds, a hostile one for seconds). */
  readonly size?: number;
}

/** An Analyzer that works in worker threads; `close` stops them. */
export interface AnalysisPool extends Analyzer {
  close(): Promise<void>;
}

/**
 * Analyses and briefs articles in a small pool of worker threads, so that no chat command waits
 * behind another's analysis; an article that takes longer than the deadline fails with
 * ANALYSIS_TIMEOUT and its worker is replaced.
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const timeoutMs = options.timeoutMs ?? ANALYSIS_TIMEOUT_MS;
  const pool = new WorkerPool<AnalysisJob, AnalysisResult>({
    entry: new URL("./analysis-worker.js", import.meta.url),
    size: options.size ?? 2,
    tooSlow: (job, limitMs) => tooSlow(job.article, limitMs),
    lost: (job, cause) =>
      new NewsbriefError("INTERNAL", `The analysis of ${labelOf(job.article)} failed.`, { cause }),
  });
  return {
    analyze: async (article) =>
      (await pool.run({ kind: "analyze", article }, timeoutMs)) as Analysis,
    brief: async (article, briefOptions) =>
      (await pool.run({ kind: "brief", article, options: briefOptions }, timeoutMs)) as Briefed,
    close: () => pool.close(),
  };
}

function tooSlow(article: Article, limitMs: number): NewsbriefError {
  return new NewsbriefError(
    "ANALYSIS_TIMEOUT",
    `${capitalise(labelOf(article))} took too long to analyse (more than ${limitMs / 1000} s).`,
    {
      details: {
        reason: "analysis-timeout",
        ...(article.url === undefined ? {} : { input: article.url }),
      },
    },
  );
}

function labelOf(article: Article): string {
  return article.url === undefined ? "this article" : `the article at ${article.url}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
