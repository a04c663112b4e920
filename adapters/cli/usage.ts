import type { CliIo } from "./io.ts";

/**
 * Handles `--help` and bad arguments the same way for every subcommand: the parsed arguments, or
 * the exit code after printing the usage (0 for help, 2 for a usage error).
 */
export function parseCommandArgs<T>(
  name: string,
  usage: string,
  args: readonly string[],
  io: CliIo,
  parse: (args: string[]) => T | string,
): T | number {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(usage);
    return 0;
  }
  const parsed = parse([...args]);
  if (typeof parsed === "string") {
    io.stderr.write(`newsbrief ${name}: ${parsed}\n\n${usage}`);
    return 2;
  }
  return parsed;
}
