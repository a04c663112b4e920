import {
  countOf,
  decodeBody,
  detectInputKind,
  type FeedResult,
  fetchFeed,
  NewsbriefError,
  parseFeed,
} from "../../src/index.ts";
import { type CliIo, readInputBytes, withFetcher } from "./io.ts";
import { printJson, printText } from "./output.ts";
import { CLI_DOCS, parseCommandArgs } from "./usage.ts";

const USAGE = `Usage: newsbrief feed <url|file|-> [--json] [--etag <etag>] [--last-modified <date>]

Lists a feed's items (RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed): title, date, link.
A web page that links to its feed works too. --etag and --last-modified send a
conditional GET, as the digest scheduler does; "not modified" means no new items.

  --json               print the whole result as JSON (items with their stable ids;
                       errors too: {"error":{"code","message"}})
  --etag <etag>        the ETag of a previous fetch
  --last-modified <d>  the Last-Modified of a previous fetch

Docs: ${CLI_DOCS}#feed (how feeds are read: docs/loading.md)
`;

interface FeedArgs {
  readonly source: string;
  readonly json: boolean;
  readonly etag?: string;
  readonly lastModified?: string;
}

/** `newsbrief feed <url|file|->`: fetches or reads a feed and lists its items. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(USAGE, args, io, parseArgs);
  if (parsed === 0) return 0;
  const result = await readFeed(parsed, io);
  if (parsed.json) printJson(io, result, true);
  else printText(io, formatResult(result));
  return 0;
}

function parseArgs(args: string[]): FeedArgs | string {
  const options: { source?: string; json: boolean; etag?: string; lastModified?: string } = {
    json: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") options.json = true;
    else if (arg === "--etag" || arg === "--last-modified") {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value.`;
      if (arg === "--etag") options.etag = value;
      else options.lastModified = value;
    } else if (arg.startsWith("--")) return `unknown option ${arg}.`;
    else if (options.source === undefined) options.source = arg;
    else return `one feed at a time (got "${options.source}" and "${arg}").`;
  }
  if (options.source === undefined) return "give a feed URL, a file, or - for stdin.";
  return { ...options, source: options.source };
}

async function readFeed(args: FeedArgs, io: CliIo): Promise<FeedResult> {
  if (detectInputKind(args.source) === "url") {
    return withFetcher(io, (fetcher) =>
      fetchFeed(args.source, {
        fetcher,
        ...(args.etag === undefined ? {} : { etag: args.etag }),
        ...(args.lastModified === undefined ? {} : { lastModified: args.lastModified }),
      }),
    );
  }
  const label = args.source === "-" ? "standard input" : args.source;
  const bytes = await readInputBytes(args.source, io);
  if (bytes.length === 0) {
    throw new NewsbriefError("INPUT_EMPTY", `There is no feed in ${label}.`, {
      details: { input: label },
    });
  }
  const feed = parseFeed(decodeBody(bytes, undefined, "xml"), label);
  return { status: "ok", url: label, feed };
}

function formatResult(result: FeedResult): string {
  if (result.status === "not-modified") {
    return `${result.url}: not modified since the last fetch (no new items).\n`;
  }
  const { feed } = result;
  const count = countOf(feed.items.length, "item");
  const lines = [`${feed.title} (${feed.format}, ${count})`];
  if (feed.link !== undefined) lines.push(feed.link);
  for (const item of feed.items) {
    lines.push("", `- ${item.title}`);
    const date = item.publishedAt?.replace("T", " ").slice(0, 16) ?? item.publishedText;
    const meta = [date, item.link].filter(Boolean);
    if (meta.length > 0) lines.push(`  ${meta.join("  ")}`);
  }
  const validators = [
    result.etag === undefined ? "" : `ETag: ${result.etag}`,
    result.lastModified === undefined ? "" : `Last-Modified: ${result.lastModified}`,
  ].filter((v) => v !== "");
  if (validators.length > 0) lines.push("", validators.join("  "));
  return `${lines.join("\n")}\n`;
}
