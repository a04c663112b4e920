// `npm run eval:summary -- <file.jsonl> [--sentences N] [--json]`: ROUGE of newsbrief's summaries
// and of the Lead-N baseline against the references, in one run.
import { readFile } from "node:fs/promises";
import { readError } from "../article/read-error.ts";
import { isNewsbriefError, NewsbriefError } from "../errors.ts";
import { evaluateSummaries, formatEvaluation, parseSummaryRecords } from "./summary-eval.ts";

const USAGE = "Usage: npm run eval:summary -- <file.jsonl> [--sentences N] [--json]\n";

interface EvalArgs {
  readonly path: string;
  readonly sentences: number;
  readonly json: boolean;
}

function parseArgs(argv: readonly string[]): EvalArgs {
  let path: string | undefined;
  let sentences = 3;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--sentences") {
      sentences = Number(argv[++i]);
      if (!Number.isInteger(sentences) || sentences < 1 || sentences > 10) {
        throw new NewsbriefError(
          "COMMAND_INVALID",
          "--sentences takes a whole number from 1 to 10.",
        );
      }
    } else if (arg.startsWith("-") || path !== undefined) {
      throw new NewsbriefError("COMMAND_INVALID", `Unexpected argument "${arg}".`);
    } else path = arg;
  }
  if (path === undefined)
    throw new NewsbriefError("COMMAND_INVALID", "Give the JSONL file to evaluate.");
  return { path, sentences, json };
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
    const evaluation = evaluateSummaries(parseSummaryRecords(content, args.path), args.sentences);
    out.write(
      args.json ? `${JSON.stringify(evaluation, null, 2)}\n` : formatEvaluation(evaluation),
    );
    return 0;
  } catch (error) {
    if (!isNewsbriefError(error)) throw error;
    err.write(`eval:summary: ${error.message}\n${error.code === "COMMAND_INVALID" ? USAGE : ""}`);
    return error.code === "COMMAND_INVALID" ? 2 : 1;
  }
}

if (process.argv[1] !== undefined && /summary-cli\.ts$/.test(process.argv[1])) {
  process.exitCode = await runSummaryEval(process.argv.slice(2), process.stdout, process.stderr);
}
