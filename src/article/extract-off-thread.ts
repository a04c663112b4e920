import { NewsbriefError } from "../errors.ts";
import { WorkerPool } from "../workers/worker-pool.ts";
import type { Article } from "./article.ts";
import { extractArticle, type HtmlSource } from "./extract-html.ts";

/**
 * Pages up to this size are read on the calling thread (a 150 KB page takes about 30 ms); larger
 * ones in a worker thread, because reading HTML costs about 1 ms per KB and a 5 MB page of tiny
 * elements would otherwise hold up every other chat command for seconds.
 */
export const OFF_THREAD_HTML_CHARS = 256 * 1024;

/** Longest a page may take to read; the worker is then stopped and the page refused. */
export const EXTRACT_TIME_LIMIT_MS = 10_000;

/** A page sent to the worker. */
export interface ExtractJob {
  readonly html: string;
  readonly source: HtmlSource;
}

export interface ExtractOptions {
  /** Pages at least this long go to the worker (default OFF_THREAD_HTML_CHARS). */
  readonly offThreadChars?: number;
  /** Default EXTRACT_TIME_LIMIT_MS. */
  readonly timeLimitMs?: number;
}

/**
 * extractArticle without blocking the event loop on large pages: those are read by a worker thread
 * (started on first use, one page at a time, idle workers do not keep the process alive), and a
 * page that takes longer than the time limit is refused with ARTICLE_UNREADABLE.
 */
export async function extractArticleOffThread(
  html: string,
  source: HtmlSource = {},
  options: ExtractOptions = {},
): Promise<Article> {
  if (html.length < (options.offThreadChars ?? OFF_THREAD_HTML_CHARS)) {
    return extractArticle(html, source);
  }
  extractor ??= createExtractor();
  return extractor.run({ html, source }, options.timeLimitMs ?? EXTRACT_TIME_LIMIT_MS);
}

let extractor: WorkerPool<ExtractJob, Article> | undefined;

function createExtractor(): WorkerPool<ExtractJob, Article> {
  return new WorkerPool<ExtractJob, Article>({
    entry: new URL("./extract-worker.js", import.meta.url),
    tooSlow: (job, timeLimitMs) => tooSlow(job.source, timeLimitMs),
    lost: (job, cause) =>
      new NewsbriefError("ARTICLE_UNREADABLE", `${labelOf(job.source)} could not be read.`, {
        details: { reason: "extract-failed" },
        cause,
      }),
  });
}

function tooSlow(source: HtmlSource, timeLimitMs: number): NewsbriefError {
  return new NewsbriefError(
    "ARTICLE_UNREADABLE",
    `${labelOf(source)} is too complex to read: it took more than ${timeLimitMs / 1000} s. Paste the article's text instead.`,
    { details: { input: source.url ?? labelOf(source), reason: "too-complex" } },
  );
}

function labelOf(source: HtmlSource): string {
  if (source.url !== undefined) return `The page at ${source.url}`;
  const label = source.label ?? "the HTML page";
  return label.charAt(0).toUpperCase() + label.slice(1);
}
