// The analysis worker's loop: one article at a time, answered with its analysis (and briefing).
import { runAnalysisJob } from "./analysis-job.ts";
import { serveJobs } from "./serve-jobs.ts";

serveJobs(runAnalysisJob);
