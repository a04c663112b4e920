import {
  analyzeArticle,
  type Entity,
  reportedCount,
  statementCount,
  type WhoSaidAnswer,
  type WhoSaidMode,
  whoSaid,
  whoSaidJson,
} from "../../src/index.ts";
import { type CliIo, readArticleInput } from "./io.ts";
import { showQuote, wrap } from "./quotes.ts";
import { parseCommandArgs } from "./usage.ts";

const USAGE = `Usage: newsbrief whosaid <file|-> ["<query>"] [--json] [--speaker | --phrase]

Who said a phrase, or what someone said, in an article. The query is a name, an alias or a
role ("kelly", "the homeland security chief") or a phrase, in quotation marks or not.
Without a query: the speakers and how many quotations each has.

  --json       print the answer as JSON
  --speaker    read the query as a name only
  --phrase     read the query as a phrase only
`;

interface WhoSaidArgs {
  readonly source: string;
  readonly query?: string;
  readonly json: boolean;
  readonly mode: WhoSaidMode;
}

/** `newsbrief whosaid`: answers a who-said query about a file or stdin. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("whosaid", USAGE, args, io, parseArgs);
  if (typeof parsed === "number") return parsed;
  const analysis = analyzeArticle(await readArticleInput(parsed.source, io));
  const answer = whoSaid(analysis, parsed.query, { mode: parsed.mode });
  io.stdout.write(
    parsed.json ? `${JSON.stringify(whoSaidJson(answer), null, 2)}\n` : formatAnswer(answer),
  );
  return 0;
}

function parseArgs(args: readonly string[]): WhoSaidArgs | string {
  const positional: string[] = [];
  let json = false;
  let mode: WhoSaidMode = "auto";
  for (const arg of args) {
    if (arg === "--json") json = true;
    else if (arg === "--speaker" || arg === "--phrase") {
      if (mode !== "auto") return "use --speaker or --phrase, not both.";
      mode = arg === "--speaker" ? "speaker" : "phrase";
    } else if (arg.startsWith("--")) return `unknown option ${arg}.`;
    else positional.push(arg);
  }
  const [source, ...rest] = positional;
  if (source === undefined) return "give a file, or - for stdin, then the query.";
  if (rest.length > 1) return `put the query in quotation marks (got ${rest.length} words).`;
  const query = rest[0];
  return query === undefined ? { source, json, mode } : { source, query, json, mode };
}

function label(entity: Entity): string {
  return entity.role === undefined ? entity.name : `${entity.name} (${entity.role})`;
}

/** A who-said answer for a terminal: speakers and their quotations, aligned. */
export function formatAnswer(answer: WhoSaidAnswer): string {
  const indent = "    ";
  switch (answer.kind) {
    case "speakers": {
      if (answer.speakers.length === 0) return "Nobody is quoted in this article.\n";
      const width = Math.max(...answer.speakers.map((s) => label(s.entity).length));
      const lines = answer.speakers.map(
        (s) =>
          `  ${label(s.entity).padEnd(width)}  ${statementCount(s.quoteCount, s.reportedCount)}`,
      );
      return `Speakers:\n${lines.join("\n")}\n`;
    }
    case "speaker": {
      const head = `${label(answer.entity)}: ${statementCount(answer.quotes.length, reportedCount(answer.quotes))}`;
      const lines = answer.quotes.map((q) => `  - ${wrap(showQuote(q), 94, indent)}`);
      return `${[head, ...lines].join("\n")}\n`;
    }
    case "phrase": {
      const lines = answer.matches.map(
        (m) =>
          `${m.quote.speaker ?? "Unknown speaker"}:\n  - ${wrap(showQuote(m.quote), 94, indent)}`,
      );
      return `Who said “${answer.phrase}”:\n${lines.join("\n")}\n`;
    }
    case "none": {
      const tips = answer.suggestions.map((s) => `  - ${s}`);
      const head = `Nothing in this article matches “${answer.query}”.`;
      return `${[head, ...(tips.length > 0 ? ["Did you mean:", ...tips] : [])].join("\n")}\n`;
    }
  }
}
