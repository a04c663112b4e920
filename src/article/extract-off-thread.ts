import { Worker } from "node:worker_threads";
import { type ErrorCode, type ErrorDetails, NewsbriefError } from "../errors.ts";
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
  readonly id: number;
  readonly html: string;
  readonly source: HtmlSource;
}

/** The worker's answer: the article, or the error to rethrow. */
export type ExtractResult =
  | { readonly id: number; readonly article: Article }
  | {
      readonly id: number;
      readonly error: { code: ErrorCode; message: string; details?: ErrorDetails };
    };

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
  extractor ??= new ExtractWorker();
  return extractor.run(html, source, options.timeLimitMs ?? EXTRACT_TIME_LIMIT_MS);
}

let extractor: ExtractWorker | undefined;

interface Pending {
  readonly job: ExtractJob;
  readonly timeLimitMs: number;
  resolve(article: Article): void;
  reject(error: NewsbriefError): void;
}

/** One worker thread and its queue; the worker is replaced when it dies or runs over time. */
class ExtractWorker {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private current: (Pending & { timer: NodeJS.Timeout }) | undefined;
  private nextId = 0;

  run(html: string, source: HtmlSource, timeLimitMs: number): Promise<Article> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: ++this.nextId, html, source }, timeLimitMs, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current !== undefined) return;
    const next = this.queue.shift();
    if (next === undefined) {
      this.worker?.unref();
      return;
    }
    const worker = this.ensureWorker();
    worker.ref();
    const timer = setTimeout(() => {
      this.finish(next.job.id, undefined, tooSlow(next.job.source, next.timeLimitMs));
      this.stopWorker();
    }, next.timeLimitMs);
    this.current = { ...next, timer };
    worker.postMessage(next.job);
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(new URL("./extract-worker.js", import.meta.url));
    worker.on("message", (result: ExtractResult) => {
      if ("article" in result) this.finish(result.id, result.article);
      else
        this.finish(
          result.id,
          undefined,
          new NewsbriefError(result.error.code, result.error.message, {
            details: result.error.details ?? {},
          }),
        );
    });
    worker.on("error", (error) => this.lost(worker, error));
    worker.on("exit", () => this.lost(worker, new Error("the worker stopped")));
    this.worker = worker;
    return worker;
  }

  private finish(id: number, article?: Article, error?: NewsbriefError): void {
    const current = this.current;
    if (current === undefined || current.job.id !== id) return;
    clearTimeout(current.timer);
    this.current = undefined;
    if (error !== undefined) current.reject(error);
    else if (article !== undefined) current.resolve(article);
    this.pump();
  }

  /** The worker died (out of memory, a crash): the page it was reading fails, the queue goes on. */
  private lost(worker: Worker, cause: unknown): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const current = this.current;
    if (current === undefined) return;
    this.finish(
      current.job.id,
      undefined,
      new NewsbriefError(
        "ARTICLE_UNREADABLE",
        `${labelOf(current.job.source)} could not be read.`,
        {
          details: { reason: "extract-failed" },
          cause,
        },
      ),
    );
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
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
