import { analyzeArticle, quotesJson } from "../../src/index.ts";
import { formatExplained, formatQuotes } from "./format-quotes.ts";
import { type CliIo, readArticleInput } from "./io.ts";
import { runJsonl } from "./jsonl.ts";
import { printJson, printText } from "./output.ts";
import { CLI_DOCS, parseCommandArgs } from "./usage.ts";

const USAGE = `Usage: newsbrief quotes <file|url|-> [--json | --explain]
       newsbrief quotes --jsonl <file.jsonl|->

Every quotation of an article with its speaker, each one a verbatim slice of the input.

  --json           print {"people":[...],"quotes":[...]} with offsets into the input
                   (errors too: {"error":{"code","message"}})
  --explain        under each quotation, the speaker model's confidence and why: the cue's
                   rule and the features that weighed most (and a name withheld as too unsure)
  --jsonl <file>   read one {"id","text"} object per line, print one result per line

Docs: ${CLI_DOCS}#quotes
`;

interface QuotesArgs {
  readonly source: string;
  readonly mode: "text" | "json" | "jsonl" | "explain";
}

/** `newsbrief quotes`: the quotations and speakers of a file or stdin, or of every line of a JSONL file. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(USAGE, args, io, parseArgs);
  if (parsed === 0) return 0;
  if (parsed.mode === "jsonl") {
    return runJsonl(parsed.source, io, (record) =>
      quotesJson(analyzeArticle({ text: record.text })),
    );
  }
  const analysis = analyzeArticle(await readArticleInput(parsed.source, io));
  if (parsed.mode === "json") printJson(io, quotesJson(analysis));
  else if (parsed.mode === "explain") printText(io, formatExplained(analysis));
  else printText(io, formatQuotes(analysis));
  return 0;
}

function parseArgs(args: readonly string[]): QuotesArgs | string {
  let source: string | undefined;
  let mode: QuotesArgs["mode"] = "text";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") mode = mode === "jsonl" ? mode : "json";
    else if (arg === "--explain") mode = mode === "text" ? "explain" : mode;
    else if (arg === "--jsonl") {
      const value = args[++i];
      if (value === undefined) return "--jsonl needs a file (or - for stdin).";
      if (source !== undefined) return `one input at a time (got "${source}" and "${value}").`;
      mode = "jsonl";
      source = value;
    } else if (arg.startsWith("--")) return `unknown option ${arg}.`;
    else if (source === undefined) source = arg;
    else return `one article at a time (got "${source}" and "${arg}").`;
  }
  if (source === undefined) return "give a file, a URL, or - for stdin.";
  return { source, mode };
}
