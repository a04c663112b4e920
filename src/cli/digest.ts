import type { CliIo } from "./io.ts";

/** Placeholder until the command lands. */
export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr.write("newsbrief digest: not available yet.\n");
  return 2;
}
