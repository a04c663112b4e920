// `npm run eval:quotes -- [gold.jsonl ...] [--errors] [--articles] [--split S] [--json]`: extraction,
// speaker and who-said query scores of newsbrief against gold files in the shared eval format, one
// line per gold file, per split of the dev data and in total.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { analyzeArticle } from "../analyze.ts";
import { readError } from "../article/read-error.ts";
import { NewsbriefError } from "../errors.ts";
import { TRAINED_MODEL } from "../quotes/speaker-model.ts";
import { commandFailure } from "./cli-error.ts";
import { type GoldArticle, parseGoldArticles } from "./quotes-gold.ts";
import {
  formatErrors,
  formatReport,
  formatSummary,
  type TotalsRow,
  totalScores,
} from "./quotes-report.ts";
import { type ArticleScore, scoreArticle } from "./quotes-score.ts";
import { type EvalSplit, splitOf } from "./quotes-split.ts";

const USAGE =
  "Usage: npm run eval:quotes -- [gold.jsonl ...] [--errors] [--articles] [--split tuning|validation|all] [--threshold P] [--json]\n" +
  "With no file: the hand-annotated gold-dev and gold-dev2 and the silver polnear-dev in ../shared/eval/quotes.\n";

/** The gold files read when none is given, relative to the project root. */
const DEFAULT_GOLD = ["gold-dev.jsonl", "gold-dev2.jsonl", "polnear-dev.jsonl"];
const DEFAULT_DIR = "../shared/eval/quotes";
/** Files annotated by hand (gold speakers), whose articles the tuning/validation split divides. */
const HAND_ANNOTATED = /^gold-/;
/** Silver dev sets (polnear-dev) are read like unseen articles: their errors only with `--split all`. */
const HELD_OUT_SILVER = /-dev\b/;

type SplitChoice = EvalSplit | "all";

interface EvalArgs {
  readonly paths: readonly string[];
  readonly errors: boolean;
  readonly articles: boolean;
  readonly json: boolean;
  /** Whose errors and article rows are printed: the tuning part unless asked otherwise. */
  readonly split: SplitChoice;
  /** Overrides the speaker model's threshold, to see what another one would give. */
  readonly threshold: number | undefined;
}

function parseArgs(argv: readonly string[], root: string): EvalArgs {
  const paths: string[] = [];
  let errors = false;
  let articles = false;
  let json = false;
  let split: SplitChoice = "tuning";
  let threshold: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--errors") errors = true;
    else if (arg === "--articles") articles = true;
    else if (arg === "--json") json = true;
    else if (arg === "--split") split = splitChoice(argv[++i]);
    else if (arg.startsWith("--split=")) split = splitChoice(arg.slice(8));
    else if (arg === "--threshold") threshold = thresholdOf(argv[++i]);
    else if (arg.startsWith("-")) {
      throw new NewsbriefError("COMMAND_INVALID", `Unexpected argument "${arg}".`);
    } else paths.push(arg);
  }
  const chosen = paths.length > 0 ? paths : defaultPaths(root);
  return { paths: chosen, errors, articles, json, split, threshold };
}

function splitChoice(value: string | undefined): SplitChoice {
  if (value === "tuning" || value === "validation" || value === "all") return value;
  throw new NewsbriefError(
    "COMMAND_INVALID",
    `--split takes tuning, validation or all, not "${value ?? ""}".`,
  );
}

function thresholdOf(value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value === "" || !(n >= 0 && n <= 1)) {
    throw new NewsbriefError("COMMAND_INVALID", `--threshold takes a number from 0 to 1.`);
  }
  return n;
}

function defaultPaths(root: string): string[] {
  const dir = resolve(root, DEFAULT_DIR);
  const found = DEFAULT_GOLD.map((f) => resolve(dir, f)).filter((p) => existsSync(p));
  if (found.length === 0) {
    throw new NewsbriefError("COMMAND_INVALID", `Give the gold JSONL file (none found in ${dir}).`);
  }
  return found;
}

async function readGold(path: string): Promise<GoldArticle[]> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    throw readError(path, error);
  }
  return parseGoldArticles(content, path);
}

/** One gold file, scored article by article. */
interface ScoredFile {
  readonly name: string;
  readonly handAnnotated: boolean;
  readonly scores: readonly ArticleScore[];
}

/** The summary rows: each file, then the tuning and validation parts of the hand-annotated ones, then all. */
function summaryRows(files: readonly ScoredFile[]): TotalsRow[] {
  const rows: TotalsRow[] = files.map((f) => ({ label: f.name, totals: totalScores(f.scores) }));
  const gold = files.filter((f) => f.handAnnotated).flatMap((f) => f.scores);
  if (gold.length > 0) {
    for (const part of ["tuning", "validation"] as const) {
      const scores = gold.filter((s) => splitOf(s.id) === part);
      const rule = part === "tuning" ? "id 0-7" : "id 8-f";
      rows.push({ label: `gold ${part} (${rule})`, totals: totalScores(scores) });
    }
  }
  if (files.length > 1) {
    rows.push({ label: "all", totals: totalScores(files.flatMap((f) => f.scores)) });
  }
  return rows;
}

/** Runs the quotation evaluation with the given arguments; returns the exit code. */
export async function runQuotesEval(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  root = process.cwd(),
): Promise<number> {
  try {
    const args = parseArgs(argv, root);
    const files: ScoredFile[] = [];
    const model =
      args.threshold === undefined
        ? TRAINED_MODEL
        : { ...TRAINED_MODEL, threshold: args.threshold };
    for (const path of args.paths) {
      const gold = await readGold(path);
      const scores = gold.map((article) =>
        scoreArticle(article, analyzeArticle({ text: article.text }, { attribution: { model } })),
      );
      files.push({
        name: basename(path),
        handAnnotated: HAND_ANNOTATED.test(basename(path)),
        scores,
      });
    }
    const rows = summaryRows(files);
    if (args.json) {
      out.write(
        `${JSON.stringify(Object.fromEntries(rows.map((r) => [r.label, r.totals])), null, 2)}\n`,
      );
      return 0;
    }
    const shown = files
      .filter((f) => args.split === "all" || f.handAnnotated || !HELD_OUT_SILVER.test(f.name))
      .flatMap((f) => f.scores)
      .filter((s) => args.split === "all" || splitOf(s.id) === args.split);
    if (args.articles) out.write(`${formatReport(shown, totalScores(shown))}\n`);
    out.write(formatSummary(rows));
    if (args.errors) {
      out.write(`\nErrors of the ${args.split === "all" ? "whole" : args.split} part:\n`);
      out.write(formatErrors(shown));
    }
    return 0;
  } catch (error) {
    return commandFailure("eval:quotes", error, USAGE, err);
  }
}

if (process.argv[1] !== undefined && /quotes-cli\.ts$/.test(process.argv[1])) {
  process.exitCode = await runQuotesEval(process.argv.slice(2), process.stdout, process.stderr);
}
