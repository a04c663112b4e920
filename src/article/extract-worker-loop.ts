// The extraction worker's loop: one page at a time, answered with the article or the error.
import { serveJobs } from "../workers/serve-jobs.ts";
import { extractArticle } from "./extract-html.ts";
import type { ExtractJob } from "./extract-off-thread.ts";

serveJobs((job: ExtractJob) => extractArticle(job.html, job.source));
