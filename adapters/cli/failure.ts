import { type ErrorCode, isNewsbriefError, isOurFault, toNewsbriefError } from "../../src/index.ts";
import type { CliIo } from "./io.ts";
import { printError, printJson } from "./output.ts";
import { UsageError } from "./usage.ts";

/** The CLI's exit codes (see docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** The input, a site or a feed failed; the message says what to do. */
  failed: 1,
  /** Bad arguments. */
  usage: 2,
  /** A bug or our own store (EX_SOFTWARE). */
  ours: 70,
  /** Bad configuration in the environment (EX_CONFIG). */
  config: 78,
} as const;

/** The exit code for a failure with this code. */
export function exitCodeOf(code: ErrorCode): number {
  if (code === "COMMAND_INVALID") return EXIT.usage;
  if (code === "CONFIG_INVALID") return EXIT.config;
  return isOurFault(code) ? EXIT.ours : EXIT.failed;
}

/**
 * The CLI's one error funnel: one line on stderr (the usage after a usage error, the stack after a
 * bug) and, when the command was asked for JSON, `{"error":{"code","message"}}` on stdout, so a
 * script reading stdout always gets JSON. Returns the exit code.
 */
export function reportFailure(io: CliIo, command: string, error: unknown, json: boolean): number {
  const usage = error instanceof UsageError;
  const failure = usage
    ? { code: "COMMAND_INVALID" as const, message: error.message }
    : toNewsbriefError(error);
  const expected = usage || isNewsbriefError(error);
  const message = expected ? failure.message : `unexpected error: ${describe(error)}`;
  printError(io, `newsbrief ${command}: ${message}\n`);
  if (usage) printError(io, `\n${error.usage}`);
  else if (!expected && error instanceof Error && error.stack !== undefined)
    printError(io, `${error.stack}\n`);
  if (json) printJson(io, { error: { code: failure.code, message } });
  return exitCodeOf(failure.code);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
