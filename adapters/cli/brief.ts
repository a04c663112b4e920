import {
  type Article,
  analyzeArticle,
  type Briefing,
  type BriefQuote,
  brief,
  loadConfig,
  MAX_SUMMARY_SENTENCES,
  statementCount,
} from "../../src/index.ts";
import { type CliIo, readArticleInput, runJsonl } from "./io.ts";
import { parseCommandArgs } from "./usage.ts";

const USAGE = `Usage: newsbrief brief <file|url|-> [--json] [--sentences N]
       newsbrief brief --jsonl <file.jsonl|-> [--sentences N]

The briefing of an article: headline, a summary of verbatim sentences, key points,
the people in it and what they said, every line a slice of the article's own text.

  --json           print the briefing as JSON
  --jsonl <file>   brief every {"id","text"} line of a JSONL file, one JSON result per line
  --sentences N    sentences in the summary, 1 to ${MAX_SUMMARY_SENTENCES} (default: SUMMARY_SENTENCES or 3)
`;

interface BriefArgs {
  readonly source: string;
  readonly mode: "text" | "json" | "jsonl";
  readonly sentences?: number;
}

/** `newsbrief brief`: prints the briefing of a file, URL or stdin, or of every line of a JSONL file. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("brief", USAGE, args, io, parseArgs);
  if (typeof parsed === "number") return parsed;
  const sentences = parsed.sentences ?? loadConfig(io.env).summarySentences;
  if (parsed.mode === "jsonl") {
    const failures = await runJsonl(parsed.source, io, (record) =>
      briefingJson(brief(analyzeArticle({ text: record.text }), { sentences })),
    );
    return failures === 0 ? 0 : 1;
  }
  const briefing = briefArticle(await readArticleInput(parsed.source, io), sentences);
  io.stdout.write(
    parsed.mode === "json"
      ? `${JSON.stringify(briefingJson(briefing), null, 2)}\n`
      : formatBriefing(briefing),
  );
  return 0;
}

function briefArticle(article: Article, sentences: number): Briefing {
  return brief(analyzeArticle(article), { sentences });
}

function parseArgs(args: string[]): BriefArgs | string {
  let source: string | undefined;
  let mode: BriefArgs["mode"] = "text";
  let sentences: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [flag, inline] = arg.startsWith("--") ? splitFlag(arg) : [arg, undefined];
    if (flag === "--json") mode = mode === "jsonl" ? mode : "json";
    else if (flag === "--jsonl") {
      mode = "jsonl";
      const value = inline ?? args[++i];
      if (value === undefined) return "--jsonl needs a file (or - for stdin).";
      if (source !== undefined) return `one input at a time (got "${source}" and "${value}").`;
      source = value;
    } else if (flag === "--sentences") {
      const value = Number(inline ?? args[++i]);
      if (!Number.isInteger(value) || value < 1 || value > MAX_SUMMARY_SENTENCES) {
        return `--sentences takes a whole number from 1 to ${MAX_SUMMARY_SENTENCES}.`;
      }
      sentences = value;
    } else if (flag.startsWith("--")) return `unknown option ${flag}.`;
    else if (source === undefined) source = arg;
    else return `one article at a time (got "${source}" and "${arg}").`;
  }
  if (source === undefined) return "give a file, a URL, or - for stdin.";
  return { source, mode, ...(sentences === undefined ? {} : { sentences }) };
}

function splitFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf("=");
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

/** The `--json` shape: summary and key points as verbatim sentences, quotes with their offsets. */
export function briefingJson(briefing: Briefing): Record<string, unknown> {
  return {
    title: briefing.title,
    ...(briefing.url === undefined ? {} : { url: briefing.url }),
    summary: briefing.summary.map((s) => s.text),
    keyPoints: briefing.keyPoints.map((s) => s.text),
    people: briefing.people,
    quotes: briefing.quotes.map((q) => ({
      speaker: q.speaker,
      ...(q.role === undefined ? {} : { role: q.role }),
      text: q.text,
      type: q.type,
      start: q.start,
      end: q.end,
    })),
    stats: briefing.stats,
  };
}

const WIDTH = 88;

/** Wraps text to the terminal width with a hanging indent. */
function wrap(text: string, indent: string, first = indent): string {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line.length > indent.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent;
    }
    line += line === indent || line === first ? word : ` ${word}`;
  }
  lines.push(line);
  return lines.join("\n");
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

function quoteLine(quote: BriefQuote): string {
  const who = quote.role === undefined ? quote.speaker : `${quote.speaker}, ${quote.role}`;
  const text = quote.type === "indirect" ? quote.text : `“${quote.text}”`;
  return wrap(`${text} — ${who}`, "    ", "  • ");
}

/** The human-readable briefing for a terminal. */
export function formatBriefing(briefing: Briefing): string {
  const { stats } = briefing;
  const out: string[] = [wrap(briefing.title, ""), ""];
  out.push(
    `${stats.words.toLocaleString("en")} words · ${stats.readingMinutes} min read · ${plural(stats.quotes, "quote")} from ${plural(stats.speakers, "speaker")}`,
  );
  if (briefing.url !== undefined) out.push(briefing.url);
  out.push("", "Summary", wrap(briefing.summary.map((s) => s.text).join(" "), "  "));
  if (briefing.keyPoints.length > 0) {
    out.push("", "Key points", ...briefing.keyPoints.map((p) => wrap(p.text, "    ", "  • ")));
  }
  if (briefing.people.length > 0) {
    out.push("", "People");
    for (const person of briefing.people) {
      const role = person.role === undefined ? "" : `, ${person.role}`;
      const quotes =
        person.quoteCount === 0
          ? ""
          : ` (${statementCount(person.quoteCount, person.reportedCount)})`;
      out.push(`  • ${person.name}${role}${quotes}`);
    }
  }
  if (briefing.quotes.length > 0) out.push("", "What they said", ...briefing.quotes.map(quoteLine));
  return `${out.join("\n")}\n`;
}
