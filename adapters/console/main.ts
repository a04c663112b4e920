import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import {
  type AdapterCore,
  type Env,
  NewsbriefError,
  type RunningAdapter,
} from "../../src/index.ts";
import { loadConsoleConfig } from "./config.ts";
import { createConsolePort } from "./console-port.ts";
import { briefSeed, runSession } from "./session.ts";

/** Where the console reads commands and prints. */
export interface ConsoleIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** True on a terminal: prompt and hints; false for a pipe (scriptable). */
  readonly interactive: boolean;
  /** Columns to wrap at (default 100). */
  readonly width?: number;
}

/** A running console: its port for digests, a promise for the end of input, and how to stop it. */
export interface RunningConsole extends RunningAdapter {
  /** Resolves when the input ends (EOF or /quit). */
  readonly done: Promise<void>;
}

/** The console needs no variables: it is what `npm start` runs when no platform is configured. */
export function consoleConfigured(_env: Env): boolean {
  return true;
}

/** Starts the console chat: briefs the seed article, then answers /brief, /whosaid and /digest from the input. */
export async function startConsole(
  env: Env,
  core: AdapterCore,
  io: ConsoleIo,
): Promise<RunningConsole> {
  const config = loadConsoleConfig(env);
  const seed = config.seedPath === null ? null : await readSeed(config.seedPath);
  const write = (text: string) => {
    io.output.write(text);
  };
  const chat = createConsolePort(write, io.width);
  const stopping = new AbortController();
  const options = {
    bot: core.bot,
    logger: core.logger,
    input: io.input,
    output: io.output,
    write,
    context: { channel: `console:${config.channel}`, user: { id: config.user, name: config.user } },
    interactive: io.interactive,
    signal: stopping.signal,
    ...(io.width === undefined ? {} : { width: io.width }),
  };
  const done = (async () => {
    if (seed !== null) await briefSeed(options, seed);
    await runSession(options);
  })();
  return {
    chat,
    done,
    async stop() {
      stopping.abort();
      await done.catch(() => undefined);
    },
  };
}

async function readSeed(path: string): Promise<{ name: string; text: string }> {
  try {
    return { name: relative(process.cwd(), path) || path, text: await readFile(path, "utf8") };
  } catch (error) {
    throw new NewsbriefError(
      "CONFIG_INVALID",
      `CONSOLE_SEED: cannot read the article ${path} (${(error as NodeJS.ErrnoException).code ?? error}). Point it at a text file, or set CONSOLE_SEED=off.`,
      { cause: error },
    );
  }
}
