// `npm run audit:quotes -- [corpus.jsonl] [--sample N] [--seed S] [--named | --unnamed]`: what
// newsbrief answers on an unannotated corpus (default: the BBC corpus in ../shared/eval/corpus),
// for auditing a rule before keeping it. Without --sample, one tab-separated line per quotation
// (article id, start offset, type, speaker or "-", confidence, cue rule and any withheld guess,
// context), stable from run to run, so that two runs diff into the answers a change moved. With
// --sample N, N quotations drawn by a seeded generator, laid out for reading. Articles that are
// also held out for validation (the gold files' validation part, polnear-dev) are left out.
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { analyzeArticle } from "../analyze.ts";
import { readError } from "../article/read-error.ts";
import { NewsbriefError } from "../errors.ts";
import type { Quote } from "../quotes/quote.ts";
import { commandFailure } from "./cli-error.ts";
import { splitOf } from "./quotes-split.ts";
import { seededRandom } from "./seeded-random.ts";

const USAGE =
  "Usage: npm run audit:quotes -- [corpus.jsonl] [--sample N] [--seed S] [--named | --unnamed]\n" +
  "With no file: ../shared/eval/corpus/bbc.jsonl. Lines of the corpus are JSON objects with id and text.\n";

const DEFAULT_CORPUS = "../shared/eval/corpus/bbc.jsonl";
/** Files whose answers are scored against held-out or hand-made gold: read them with eval:quotes. */
const ANNOTATED = /^gold-|^polnear-dev/;
/** Characters of context on each side of a quotation. */
const CONTEXT = 80;
const READ_CONTEXT = 300;

interface AuditArgs {
  readonly path: string;
  readonly sample: number | undefined;
  readonly seed: number;
  readonly which: "all" | "named" | "unnamed";
}

/** One quotation's answer, with where it is. */
export interface AuditRow {
  readonly id: string;
  readonly text: string;
  readonly quote: Quote;
}

function positive(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) {
    throw new NewsbriefError("COMMAND_INVALID", `${flag} takes a whole number.`);
  }
  return n;
}

function parseArgs(argv: readonly string[], root: string): AuditArgs {
  let path: string | undefined;
  let sample: number | undefined;
  let seed = 1;
  let which: AuditArgs["which"] = "all";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--sample") sample = positive(arg, argv[++i]);
    else if (arg === "--seed") seed = positive(arg, argv[++i]);
    else if (arg === "--named") which = "named";
    else if (arg === "--unnamed") which = "unnamed";
    else if (arg.startsWith("-")) {
      throw new NewsbriefError("COMMAND_INVALID", `Unexpected argument "${arg}".`);
    } else if (path === undefined) path = arg;
    else throw new NewsbriefError("COMMAND_INVALID", "Give one corpus file.");
  }
  const chosen = resolve(root, path ?? DEFAULT_CORPUS);
  if (ANNOTATED.test(basename(chosen))) {
    throw new NewsbriefError(
      "COMMAND_INVALID",
      `${basename(chosen)} is annotated: score it with npm run eval:quotes (its held-out parts are never read).`,
    );
  }
  if (path === undefined && !existsSync(chosen)) {
    throw new NewsbriefError("COMMAND_INVALID", `Give the corpus JSONL file (none at ${chosen}).`);
  }
  return { path: chosen, sample, seed, which };
}

/** The corpus's articles: JSON lines with a string id and text; any other line is an error. */
async function readCorpus(path: string): Promise<Array<{ id: string; text: string }>> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    throw readError(path, error);
  }
  const out: Array<{ id: string; text: string }> = [];
  content.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new NewsbriefError("INPUT_INVALID", `${basename(path)} line ${i + 1} is not JSON.`);
    }
    const { id, text } = (value ?? {}) as { id?: unknown; text?: unknown };
    if (typeof id !== "string" || typeof text !== "string") {
      throw new NewsbriefError(
        "INPUT_INVALID",
        `${basename(path)} line ${i + 1} needs an id and a text.`,
      );
    }
    out.push({ id, text });
  });
  return out;
}

/** Characters of an article's opening compared to find the same article in two files. */
const OPENING = 120;

function squeezed(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The texts of the articles held out for validation: those of the validation part of the gold
 * files (`gold-*.jsonl`, split by `splitOf`) and every polnear-dev article, read from the
 * `quotes/` folder beside the corpus's folder (../shared/eval/quotes for the BBC corpus). Several
 * gold articles are also in the BBC corpus; reading their answers there would be reading
 * validation errors.
 */
async function heldOutTexts(corpusPath: string): Promise<string[]> {
  const dir = join(dirname(corpusPath), "..", "quotes");
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => ANNOTATED.test(f) && f.endsWith(".jsonl"));
  const texts: string[] = [];
  for (const file of files.sort()) {
    const everyArticle = file.startsWith("polnear-dev");
    for (const article of await readCorpus(join(dir, file))) {
      if (everyArticle || splitOf(article.id) === "validation") texts.push(article.text);
    }
  }
  return texts;
}

/** The corpus's articles that are none of the held-out ones: either's opening is in the other. */
export function withoutHeldOut<T extends { text: string }>(
  articles: readonly T[],
  heldOut: readonly string[],
): T[] {
  const held = heldOut.map(squeezed);
  return articles.filter((a) => {
    const text = squeezed(a.text);
    const start = text.slice(0, OPENING);
    if (start === "") return true;
    return !held.some((h) => h.includes(start) || text.includes(h.slice(0, OPENING)));
  });
}

/** Every quotation newsbrief finds in the articles, in article and text order. */
export function auditRows(articles: ReadonlyArray<{ id: string; text: string }>): AuditRow[] {
  return articles.flatMap(({ id, text }) =>
    analyzeArticle({ text }).quotes.map((quote) => ({ id, text, quote })),
  );
}

function context(row: AuditRow, width: number): string {
  const { text, quote } = row;
  return text
    .slice(Math.max(0, quote.start - width), Math.min(text.length, quote.end + width))
    .replace(/\s+/g, " ");
}

function ruleOf(quote: Quote): string {
  const rule = quote.why?.rule ?? "";
  const withheld = quote.why?.withheld;
  return withheld === undefined ? rule : `${rule} withheld:${withheld.speaker}`;
}

/** The diffable line of one answer. */
export function formatRow(row: AuditRow): string {
  const { quote } = row;
  return [
    row.id,
    String(quote.start),
    quote.type,
    quote.speaker ?? "-",
    quote.confidence.toFixed(2),
    ruleOf(quote),
    context(row, CONTEXT),
  ].join("\t");
}

/** `n` rows drawn without replacement, uniformly, by a seeded partial shuffle. */
export function sampleRows<T>(rows: readonly T[], n: number, seed: number): T[] {
  const pool = [...rows];
  const random = seededRandom(seed);
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

function formatForReading(row: AuditRow, n: number): string {
  const { quote } = row;
  const who = quote.speaker ?? `nobody (${ruleOf(quote) || "no cue"})`;
  const cue = quote.cue === undefined ? "" : `  cue: ${quote.cue.text}\n`;
  return (
    `#${n} ${row.id} @${quote.start} ${quote.type}: ${who} ${quote.confidence.toFixed(2)}\n` +
    `  quote: ${quote.text.replace(/\s+/g, " ")}\n${cue}  ${context(row, READ_CONTEXT)}\n`
  );
}

/** Runs the audit with the given arguments; returns the exit code. */
export async function runQuotesAudit(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  root = process.cwd(),
): Promise<number> {
  try {
    const args = parseArgs(argv, root);
    const corpus = await readCorpus(args.path);
    const kept = withoutHeldOut(corpus, await heldOutTexts(args.path));
    if (kept.length < corpus.length) {
      err.write(
        `audit:quotes: ${corpus.length - kept.length} of ${corpus.length} articles left out: they are held out for validation.\n`,
      );
    }
    const rows = auditRows(kept).filter(
      (r) => args.which === "all" || (r.quote.speaker !== null) === (args.which === "named"),
    );
    if (args.sample === undefined) {
      for (const row of rows) out.write(`${formatRow(row)}\n`);
      return 0;
    }
    const drawn = sampleRows(rows, args.sample, args.seed);
    out.write(
      `${drawn.length} of ${rows.length} ${args.which === "all" ? "" : `${args.which} `}quotations, seed ${args.seed}\n\n`,
    );
    drawn.forEach((row, i) => {
      out.write(`${formatForReading(row, i + 1)}\n`);
    });
    return 0;
  } catch (error) {
    return commandFailure("audit:quotes", error, USAGE, err);
  }
}

if (process.argv[1] !== undefined && /audit-cli\.ts$/.test(process.argv[1])) {
  process.exitCode = await runQuotesAudit(process.argv.slice(2), process.stdout, process.stderr);
}
