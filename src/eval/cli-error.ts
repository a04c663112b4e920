import { isNewsbriefError } from "../errors.ts";

/**
 * How an eval command ends on an error: a newsbrief error is printed after the command's name (with
 * the usage when the command line was wrong) and gives exit code 2 for a bad command line, 1 for
 * anything else; any other error is a bug and is thrown on.
 */
export function commandFailure(
  command: string,
  error: unknown,
  usage: string,
  err: NodeJS.WritableStream,
): number {
  if (!isNewsbriefError(error)) throw error;
  const invalid = error.code === "COMMAND_INVALID";
  err.write(`${command}: ${error.message}\n${invalid ? usage : ""}`);
  return invalid ? 2 : 1;
}
