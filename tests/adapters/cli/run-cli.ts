import { PassThrough, Readable } from "node:stream";
import { main } from "../../../adapters/cli/cli.ts";
import type { CliIo } from "../../../adapters/cli/io.ts";

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `newsbrief <args>` in process, with the given stdin and environment. */
export async function runCli(
  args: readonly string[],
  options: { stdin?: string | Buffer; env?: CliIo["env"] } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const code = await main([...args], {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? ""]),
    env: options.env ?? {},
  });
  return {
    code,
    stdout: Buffer.concat(out).toString("utf8"),
    stderr: Buffer.concat(err).toString("utf8"),
  };
}

/** The JSON lines a --jsonl run printed. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
