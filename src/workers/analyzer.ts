import type { Analysis } from "../analysis.ts";
import { analyzeArticle } from "../analyze.ts";
import type { Article } from "../article/article.ts";
import { brief } from "../summary/brief.ts";
import type { Briefing, BriefOptions } from "../summary/briefing.ts";

/** An article analysed and briefed in one step. */
export interface Briefed {
  readonly analysis: Analysis;
  readonly briefing: Briefing;
}

/** Runs the analysis (and briefing) of one article: in place, or in a worker pool with a deadline. */
export interface Analyzer {
  analyze(article: Article): Promise<Analysis>;
  brief(article: Article, options: BriefOptions): Promise<Briefed>;
}

/** The analyzer that works on the calling thread: for the CLI, tests and tools. */
export const inThreadAnalyzer: Analyzer = {
  analyze: async (article) => analyzeArticle(article),
  brief: async (article, options) => {
    const analysis = analyzeArticle(article);
    return { analysis, briefing: brief(analysis, options) };
  },
};
