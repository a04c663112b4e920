import { type Analysis, analyzeArticle, type Quote, quotesJson } from "../../src/index.ts";
import { type CliIo, readArticleInput, runJsonl } from "./io.ts";
import { parseCommandArgs } from "./usage.ts";

const USAGE = `Usage: newsbrief quotes <file|-> [--json]
       newsbrief quotes --jsonl <file.jsonl|->

Every quotation of an article with its speaker, each one a verbatim slice of the input.

  --json           print {"people":[...],"quotes":[...]} with offsets into the input
  --jsonl <file>   read one {"id","text"} object per line, print one result per line
`;

interface QuotesArgs {
  readonly source: string;
  readonly mode: "text" | "json" | "jsonl";
}

/** `newsbrief quotes`: the quotations and speakers of a file or stdin, or of every line of a JSONL file. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("quotes", USAGE, args, io, parseArgs);
  if (typeof parsed === "number") return parsed;
  if (parsed.mode === "jsonl") {
    const failures = await runJsonl(parsed.source, io, (record) =>
      quotesJson(analyzeArticle({ text: record.text })),
    );
    return failures === 0 ? 0 : 1;
  }
  const analysis = analyzeArticle(await readArticleInput(parsed.source, io));
  io.stdout.write(
    parsed.mode === "json" ? `${JSON.stringify(quotesJson(analysis))}\n` : formatQuotes(analysis),
  );
  return 0;
}

function parseArgs(args: readonly string[]): QuotesArgs | string {
  let source: string | undefined;
  let mode: QuotesArgs["mode"] = "text";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") mode = mode === "jsonl" ? mode : "json";
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
  if (source === undefined) return "give a file, or - for stdin.";
  return { source, mode };
}

const WIDTH = 100;

/** Wraps text into lines of at most `width` characters, every line after the first indented. */
export function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join(`\n${indent}`);
}

/** How a quotation reads for people: in marks, or without them for reported speech. */
export function showQuote(quote: Quote): string {
  return quote.type === "indirect" ? `(reported) ${quote.text}` : `“${quote.text}”`;
}

/** The people and the quotations of an analysis, aligned for a terminal. */
export function formatQuotes(analysis: Analysis): string {
  const out: string[] = [];
  const speakers = analysis.people.filter((p) => analysis.quotes.some((q) => q.speakerId === p.id));
  out.push(
    speakers.length === 0
      ? "Nobody is quoted."
      : `Speakers: ${speakers.map((p) => (p.role === undefined ? p.name : `${p.name} (${p.role})`)).join("; ")}`,
  );
  if (analysis.quotes.length === 0) return `${out.join("\n")}\n`;
  const nameWidth = Math.min(
    24,
    Math.max(7, ...analysis.quotes.map((q) => (q.speaker ?? "unknown").length)),
  );
  const indent = " ".repeat(nameWidth + 11);
  out.push("");
  for (const quote of analysis.quotes) {
    const who = (quote.speaker ?? "unknown").slice(0, nameWidth).padEnd(nameWidth);
    const type = quote.type.padEnd(8);
    out.push(`${who}  ${type} ${wrap(showQuote(quote), WIDTH - indent.length, indent)}`);
  }
  out.push("", `${analysis.quotes.length} quotation${analysis.quotes.length === 1 ? "" : "s"}`);
  return `${out.join("\n")}\n`;
}
