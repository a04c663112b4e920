// `npm run eval:quotes -- <gold.jsonl> [--errors] [--json]`: extraction, speaker and who-said query
// scores of newsbrief against a gold file in the format of the shared eval data.
import { readFile } from "node:fs/promises";
import { analyzeArticle } from "../analyze.ts";
import { readError } from "../article/read-error.ts";
import { isNewsbriefError, NewsbriefError } from "../errors.ts";
import { parseGoldArticles } from "./quotes-gold.ts";
import { formatErrors, formatReport, totalScores } from "./quotes-report.ts";
import { scoreArticle } from "./quotes-score.ts";

const USAGE = "Usage: npm run eval:quotes -- <gold.jsonl> [--errors] [--json]\n";

interface EvalArgs {
  readonly path: string;
  readonly errors: boolean;
  readonly json: boolean;
}

function parseArgs(argv: readonly string[]): EvalArgs {
  let path: string | undefined;
  let errors = false;
  let json = false;
  for (const arg of argv) {
    if (arg === "--errors") errors = true;
    else if (arg === "--json") json = true;
    else if (arg.startsWith("-") || path !== undefined) {
      throw new NewsbriefError("COMMAND_INVALID", `Unexpected argument "${arg}".`);
    } else path = arg;
  }
  if (path === undefined) throw new NewsbriefError("COMMAND_INVALID", "Give the gold JSONL file.");
  return { path, errors, json };
}

async function readGold(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw readError(path, error);
  }
}

/** Runs the quotation evaluation with the given arguments; returns the exit code. */
export async function runQuotesEval(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  try {
    const args = parseArgs(argv);
    const gold = parseGoldArticles(await readGold(args.path), args.path);
    const scores = gold.map((article) =>
      scoreArticle(article, analyzeArticle({ text: article.text })),
    );
    const totals = totalScores(scores);
    if (args.json) {
      out.write(`${JSON.stringify(totals, null, 2)}\n`);
      return 0;
    }
    out.write(formatReport(scores, totals));
    if (args.errors) out.write(`\n${formatErrors(scores)}`);
    return 0;
  } catch (error) {
    if (!isNewsbriefError(error)) throw error;
    err.write(`eval:quotes: ${error.message}\n${error.code === "COMMAND_INVALID" ? USAGE : ""}`);
    return error.code === "COMMAND_INVALID" ? 2 : 1;
  }
}

if (process.argv[1] !== undefined && /quotes-cli\.ts$/.test(process.argv[1])) {
  process.exitCode = await runQuotesEval(process.argv.slice(2), process.stdout, process.stderr);
}
