import { stripTerminalControls } from "../../src/index.ts";
import type { CliIo } from "./io.ts";

/**
 * Writes text for people to stdout. Article, feed and user text may hold terminal escape sequences:
 * they are stripped here, so no formatter can forget to.
 */
export function printText(io: CliIo, text: string): void {
  io.stdout.write(stripTerminalControls(text));
}

/** Writes a message for people to stderr, stripped of terminal controls like stdout. */
export function printError(io: CliIo, text: string): void {
  io.stderr.write(stripTerminalControls(text));
}

// JSON.stringify escapes C0 controls but leaves DEL and the C1 controls raw, and some terminals act
// on those (U+009B starts a CSI). As \u escapes, the JSON still parses to exactly the same text.
const RAW_IN_JSON = /[\u007f-\u009f]/g;

/** A value as JSON that is safe to print to a terminal: indented for one result, one line for JSON Lines. */
export function terminalJson(value: unknown, indent = false): string {
  return JSON.stringify(value, null, indent ? 2 : undefined).replace(
    RAW_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Writes a value as JSON to stdout: indented for one result, one line for JSON Lines. */
export function printJson(io: CliIo, value: unknown, indent = false): void {
  io.stdout.write(`${terminalJson(value, indent)}\n`);
}
