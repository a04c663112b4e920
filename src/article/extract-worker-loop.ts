// The extraction worker's loop: one page at a time, answered with the article or the error.
import { parentPort } from "node:worker_threads";
import { isNewsbriefError } from "../errors.ts";
import { extractArticle } from "./extract-html.ts";
import type { ExtractJob, ExtractResult } from "./extract-off-thread.ts";

parentPort?.on("message", (job: ExtractJob) => {
  let result: ExtractResult;
  try {
    result = { id: job.id, article: extractArticle(job.html, job.source) };
  } catch (error) {
    result = isNewsbriefError(error)
      ? { id: job.id, error: { code: error.code, message: error.message, details: error.details } }
      : { id: job.id, error: { code: "INTERNAL", message: String((error as Error)?.message) } };
  }
  parentPort?.postMessage(result);
});
