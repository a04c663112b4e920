import {
  type Analysis,
  analyzeArticle,
  type Briefing,
  brief,
  DEFAULT_SUMMARY_SENTENCES,
  loadConfig,
  MAX_SUMMARY_SENTENCES,
  unattributedCount,
} from "../../src/index.ts";
import { formatBriefing } from "./format-briefing.ts";
import { type CliIo, readArticleInput } from "./io.ts";
import { runJsonl } from "./jsonl.ts";
import { printJson, printText } from "./output.ts";
import { CLI_DOCS, parseCommandArgs } from "./usage.ts";

const USAGE = `Usage: newsbrief brief <file|url|-> [--json] [--sentences N]
       newsbrief brief --jsonl <file.jsonl|-> [--sentences N]

The briefing of an article: headline, a summary of verbatim sentences, key points,
the people in it and what they said, every line a slice of the article's own text.

  --json           print the briefing as JSON (errors too: {"error":{"code","message"}})
  --jsonl <file>   brief every {"id","text"} line of a JSONL file, one JSON result per line
  --sentences N    sentences in the summary, 1 to ${MAX_SUMMARY_SENTENCES} (default: SUMMARY_SENTENCES, else ${DEFAULT_SUMMARY_SENTENCES})

Docs: ${CLI_DOCS}#brief
`;

interface BriefArgs {
  readonly source: string;
  readonly mode: "text" | "json" | "jsonl";
  readonly sentences?: number;
}

/** `newsbrief brief`: prints the briefing of a file, URL or stdin, or of every line of a JSONL file. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(USAGE, args, io, parseArgs);
  if (parsed === 0) return 0;
  const sentences = parsed.sentences ?? loadConfig(io.env).summarySentences;
  const briefOf = (analysis: Analysis) => brief(analysis, { sentences });
  if (parsed.mode === "jsonl") {
    return runJsonl(parsed.source, io, (record) => {
      const analysis = analyzeArticle({ text: record.text });
      return briefingJson(briefOf(analysis), analysis);
    });
  }
  const analysis = analyzeArticle(await readArticleInput(parsed.source, io));
  const briefing = briefOf(analysis);
  if (parsed.mode === "json") printJson(io, briefingJson(briefing, analysis), true);
  else printText(io, formatBriefing(briefing, unattributedCount(analysis.quotes)));
  return 0;
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

/**
 * The `--json` shape: summary and key points as verbatim sentences, quotes with their offsets (and
 * any field the core adds to them), stats with how many of the article's quotes have no speaker.
 */
export function briefingJson(briefing: Briefing, analysis: Analysis): Record<string, unknown> {
  return {
    title: briefing.title,
    ...(briefing.url === undefined ? {} : { url: briefing.url }),
    summary: briefing.summary.map((s) => s.text),
    keyPoints: briefing.keyPoints.map((s) => s.text),
    people: briefing.people,
    quotes: briefing.quotes.map(({ speaker, role, text, type, start, end, ...more }) => ({
      speaker,
      ...(role === undefined ? {} : { role }),
      text,
      type,
      start,
      end,
      ...more,
    })),
    stats: { ...briefing.stats, unattributed: unattributedCount(analysis.quotes) },
  };
}
