import {
  analyzeArticle,
  unattributedCount,
  type WhoSaidMode,
  whoSaid,
  whoSaidJson,
} from "../../src/index.ts";
import { formatAnswer } from "./format-quotes.ts";
import { type CliIo, readArticleInput } from "./io.ts";
import { printJson, printText } from "./output.ts";
import { CLI_DOCS, parseCommandArgs } from "./usage.ts";

const USAGE = `Usage: newsbrief whosaid <file|url|-> ["<query>"] [--json] [--speaker | --phrase]

Who said a phrase, or what someone said, in an article. The query is a name, an alias or a
role ("kelly", "the homeland security chief") or a phrase, in quotation marks or not.
Without a query: the speakers and how many quotations each has.

  --json       print the answer as JSON (errors too: {"error":{"code","message"}})
  --speaker    read the query as a name only
  --phrase     read the query as a phrase only

Docs: ${CLI_DOCS}#whosaid
`;

interface WhoSaidArgs {
  readonly source: string;
  readonly query?: string;
  readonly json: boolean;
  readonly mode: WhoSaidMode;
}

/** `newsbrief whosaid`: answers a who-said query about a file, a URL or stdin. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(USAGE, args, io, parseArgs);
  if (parsed === 0) return 0;
  const analysis = analyzeArticle(await readArticleInput(parsed.source, io));
  const answer = whoSaid(analysis, parsed.query, { mode: parsed.mode });
  if (!parsed.json) {
    printText(io, formatAnswer(answer, analysis.quotes));
    return 0;
  }
  const json = whoSaidJson(answer);
  // The speakers list leaves out quotes without a speaker: the count says they exist.
  const unattributed = unattributedCount(analysis.quotes);
  printJson(io, answer.kind === "speakers" ? { ...json, unattributed } : json, true);
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
  if (source === undefined) return "give a file, a URL, or - for stdin, then the query.";
  if (rest.length > 1) return `put the query in quotation marks (got ${rest.length} words).`;
  const query = rest[0];
  return query === undefined ? { source, json, mode } : { source, query, json, mode };
}
