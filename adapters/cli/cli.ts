// The `newsbrief` command line. Each subcommand lives in adapters/cli/<name>.ts and exports `run`;
// it is loaded only when asked for, so `newsbrief --help` loads no core module at all.
import type { CliIo } from "./io.ts";
import { CLI_DOCS, CONFIGURATION_DOCS } from "./usage.ts";

type Command = (args: string[], io: CliIo) => Promise<number>;

interface CommandEntry {
  readonly synopsis: string;
  readonly summary: string;
  readonly load: () => Promise<{ run: Command }>;
}

const COMMANDS: Record<string, CommandEntry> = {
  quotes: {
    synopsis: "quotes <file|url|-> [--json] | --jsonl <file>",
    summary: "every quotation and its speaker",
    load: () => import("./quotes.ts"),
  },
  whosaid: {
    synopsis: 'whosaid <file|url|-> ["query"] [--json]',
    summary: "who said a phrase, or what someone said",
    load: () => import("./whosaid.ts"),
  },
  brief: {
    synopsis: "brief <file|url|-> [--json] [--sentences N] | --jsonl <file>",
    summary: "the briefing",
    load: () => import("./brief.ts"),
  },
  feed: {
    synopsis: "feed <url|file|-> [--json]",
    summary: "a feed's items",
    load: () => import("./feed.ts"),
  },
  digest: {
    synopsis: "digest add|list|remove|run ...",
    summary: "channel digests (newsbrief digest --help)",
    load: () => import("./digest.ts"),
  },
};

const WIDTH = Math.max(...Object.values(COMMANDS).map((c) => c.synopsis.length));
const USAGE = `Usage: newsbrief <command> [options]   (newsbrief <command> --help for more)

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.synopsis.padEnd(WIDTH)}  ${c.summary}`)
  .join("\n")}

Exit codes: 0 done, 1 the input or a site failed, 2 bad arguments, 70 a bug, 78 bad configuration.
Docs: ${CLI_DOCS} (environment variables: ${CONFIGURATION_DOCS})
`;

/** Runs the CLI with the given arguments and streams; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`newsbrief: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    const { run } = await command.load();
    return await run(args, io);
  } catch (error) {
    // Loaded only on failure: by then the command has loaded the core it needs anyway.
    const { reportFailure } = await import("./failure.ts");
    const json = args.includes("--json") || args.includes("--jsonl");
    return reportFailure(io, name, error, json);
  }
}
