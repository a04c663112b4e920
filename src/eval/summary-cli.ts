// `npm run eval:summary -- <file.jsonl> [--sentences N] [--folds K] [--json]`: ROUGE of newsbrief's
// summaries and of the Lead-N baseline against the references, in one run, then the validation
// protocol: the same difference per fold, and every tuned constant chosen on the other folds.
import { readFile } from "node:fs/promises";
import { readError } from "../article/read-error.ts";
import { NewsbriefError } from "../errors.ts";
import { brief } from "../summary/brief.ts";
import { commandFailure } from "./cli-error.ts";
import {
  evaluateSummaries,
  formatEvaluation,
  parseSummaryRecords,
  type SummaryRecord,
} from "./summary-eval.ts";
import { type FoldReport, formatFoldReport, runFoldProtocol } from "./summary-fold-report.ts";
import { prepareFoldArticles } from "./summary-folds.ts";
import { keyPointRepeats } from "./summary-key-points.ts";

const USAGE = "Usage: npm run eval:summary -- <file.jsonl> [--sentences N] [--folds K] [--json]\n";

interface EvalArgs {
  readonly path: string;
  readonly sentences: number;
  /** Folds of the validation protocol; 0 leaves it out. */
  readonly folds: number;
  readonly json: boolean;
}

function wholeNumber(raw: string | undefined, flag: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new NewsbriefError(
      "COMMAND_INVALID",
      `${flag} takes a whole number from ${min} to ${max}.`,
    );
  }
  return value;
}

function parseArgs(argv: readonly string[]): EvalArgs {
  let path: string | undefined;
  let sentences = 3;
  let folds = 5;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--sentences") sentences = wholeNumber(argv[++i], "--sentences", 1, 10);
    else if (arg === "--folds") {
      folds = wholeNumber(argv[++i], "--folds", 0, 20);
      if (folds === 1) throw new NewsbriefError("COMMAND_INVALID", "--folds takes 0 or 2 to 20.");
    } else if (arg.startsWith("-") || path !== undefined) {
      throw new NewsbriefError("COMMAND_INVALID", `Unexpected argument "${arg}".`);
    } else path = arg;
  }
  if (path === undefined)
    throw new NewsbriefError("COMMAND_INVALID", "Give the JSONL file to evaluate.");
  return { path, sentences, folds, json };
}

/** The validation protocol over the records: each article analysed once. */
function foldReport(records: readonly SummaryRecord[], args: EvalArgs): FoldReport {
  const articles = prepareFoldArticles(records, args.sentences, args.folds);
  let total = 0;
  let repeats = 0;
  for (const article of articles) {
    const counts = keyPointRepeats(brief(article.context.analysis, { sentences: args.sentences }));
    total += counts.keyPoints;
    repeats += counts.repeats;
  }
  return runFoldProtocol(articles, args.sentences, args.folds, { total, repeats });
}

/** Runs the summary evaluation with the given arguments; returns the exit code. */
export async function runSummaryEval(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  try {
    const args = parseArgs(argv);
    let content: string;
    try {
      content = await readFile(args.path, "utf8");
    } catch (error) {
      throw readError(args.path, error);
    }
    const records = parseSummaryRecords(content, args.path);
    const evaluation = evaluateSummaries(records, args.sentences);
    const folds = args.folds === 0 ? null : foldReport(records, args);
    if (args.json) out.write(`${JSON.stringify({ ...evaluation, folds }, null, 2)}\n`);
    else
      out.write(
        formatEvaluation(evaluation) + (folds === null ? "" : `\n${formatFoldReport(folds)}`),
      );
    return 0;
  } catch (error) {
    return commandFailure("eval:summary", error, USAGE, err);
  }
}

if (process.argv[1] !== undefined && /summary-cli\.ts$/.test(process.argv[1])) {
  process.exitCode = await runSummaryEval(process.argv.slice(2), process.stdout, process.stderr);
}
