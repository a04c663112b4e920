import type { Analysis } from "./analysis.ts";
import type { Article } from "./article/article.ts";
import { segmentText } from "./text/segment.ts";

/** Analyses an article in one linear pass: text model, people, quotations and their speakers. */
export function analyzeArticle(article: Article): Analysis {
  const text = segmentText(article.text);
  // People and quotations arrive with the who-said-what core (issue 2).
  return { article, text, people: [], quotes: [] };
}
