import type { CliIo } from "./io.ts";

/** Where the CLI's documentation lives, for every --help to point to. */
export const CLI_DOCS = "docs/cli.md";

/** Where every environment variable the CLI reads is explained. */
export const CONFIGURATION_DOCS = "docs/configuration.md";

/** A mistake in a command's arguments: exit 2, with the command's usage on stderr. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly usage: string;

  constructor(message: string, usage: string) {
    super(message);
    this.usage = usage;
  }
}

/**
 * Handles `--help` and bad arguments the same way for every subcommand: the parsed arguments, or
 * 0 after printing the usage for --help. A bad argument throws a UsageError.
 */
export function parseCommandArgs<T>(
  usage: string,
  args: readonly string[],
  io: CliIo,
  parse: (args: string[]) => T | string,
): T | 0 {
  if (printHelp(usage, args, io)) return 0;
  const parsed = parse([...args]);
  if (typeof parsed === "string") throw new UsageError(parsed, usage);
  return parsed;
}

/** Prints the usage when the arguments ask for help (--help or -h); says whether they did. */
export function printHelp(usage: string, args: readonly string[], io: CliIo): boolean {
  if (!args.includes("--help") && !args.includes("-h")) return false;
  io.stdout.write(usage);
  return true;
}
