// The analysis worker's loop: one article at a time, answered with its analysis (and briefing),
// long lists sent apart in chunks.
import { runAnalysisJob, splitAnalysisResult } from "./analysis-job.ts";
import { serveJobs } from "./serve-jobs.ts";

serveJobs(runAnalysisJob, splitAnalysisResult);
