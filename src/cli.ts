// The `newsbrief` command line. Each subcommand lives in src/cli/<name>.ts and exports `run`.
import type { CliIo } from "./cli/io.ts";
import { isNewsbriefError } from "./errors.ts";

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
    load: () => import("./cli/quotes.ts"),
  },
  whosaid: {
    synopsis: 'whosaid <file|url|-> ["query"] [--json]',
    summary: "who said a phrase, or what someone said",
    load: () => import("./cli/whosaid.ts"),
  },
  brief: {
    synopsis: "brief <file|url|-> [--json] [--sentences N] | --jsonl <file>",
    summary: "the briefing",
    load: () => import("./cli/brief.ts"),
  },
  feed: {
    synopsis: "feed <url|file|-> [--json]",
    summary: "a feed's items",
    load: () => import("./cli/feed.ts"),
  },
  digest: {
    synopsis: "digest add|list|remove|run ...",
    summary: "channel digests (newsbrief digest --help)",
    load: () => import("./cli/digest.ts"),
  },
};

const WIDTH = Math.max(...Object.values(COMMANDS).map((c) => c.synopsis.length));
const USAGE = `Usage: newsbrief <command> [options]   (newsbrief <command> --help for more)\n\nCommands:\n${Object.values(
  COMMANDS,
)
  .map((c) => `  ${c.synopsis.padEnd(WIDTH)}  ${c.summary}`)
  .join("\n")}\n`;

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
    if (isNewsbriefError(error)) {
      io.stderr.write(`newsbrief ${name}: ${error.message}\n`);
      return 1;
    }
    io.stderr.write(
      `newsbrief ${name}: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    return 70;
  }
}

const isEntryPoint =
  process.argv[1] !== undefined && /(cli\.ts|newsbrief(\.js)?)$/.test(process.argv[1]);
if (isEntryPoint) {
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
  process.exitCode = code;
}
