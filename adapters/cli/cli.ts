// The `newsbrief` command line. Each subcommand lives in adapters/cli/<name>.ts and exports `run`.

import { isNewsbriefError } from "../../src/index.ts";
import type { CliIo } from "./io.ts";

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
