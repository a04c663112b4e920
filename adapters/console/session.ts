import { createInterface } from "node:readline";
import {
  type Bot,
  type CommandContext,
  type Logger,
  logFailure,
  parseWhoSaidText,
  type Reply,
  stripTerminalControls,
  wrapText,
} from "../../src/index.ts";
import { DEFAULT_WIDTH, renderPlain } from "./render.ts";

/** What a console session reads from and writes to. */
export interface ConsoleSessionOptions {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly input: NodeJS.ReadableStream;
  /** The terminal, for line editing and history when interactive. */
  readonly output?: NodeJS.WritableStream;
  readonly write: (text: string) => void;
  readonly context: CommandContext;
  /** True on a terminal: show a prompt and hints. */
  readonly interactive: boolean;
  readonly width?: number;
  /** Ends the session (shutdown), as EOF would. */
  readonly signal?: AbortSignal;
}

const HINT =
  'Commands: /brief <link or text>, /brief (then paste, end with a line holding only a dot), /whosaid [name | "phrase"], /digest add|list|remove|now, /help, /quit.';

/** Reads commands line by line until EOF or /quit, answering each through the bot. */
export async function runSession(options: ConsoleSessionOptions): Promise<void> {
  const { input, interactive } = options;
  // On a terminal, readline edits the line and keeps history; from a pipe it only splits lines.
  const terminal = interactive && options.output !== undefined;
  const lines = createInterface({
    input,
    ...(terminal
      ? { output: options.output, terminal: true, prompt: "newsbrief> " }
      : { terminal: false }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const prompt = () => {
    if (terminal) lines.prompt();
    else if (interactive) options.write("newsbrief> ");
  };
  let pasting: string[] | null = null;
  const close = () => lines.close();
  options.signal?.addEventListener("abort", close, { once: true });
  if (options.signal?.aborted) close();
  prompt();
  for await (const line of lines) {
    if (pasting !== null) {
      if (line.trim() !== ".") {
        pasting.push(line);
        continue;
      }
      const text = pasting.join("\n");
      pasting = null;
      await answer(options, "/brief", text);
      prompt();
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === "/quit" || trimmed === "/exit") break;
    if (trimmed === "/brief") {
      pasting = [];
      if (interactive)
        options.write("Paste the article; end with a line holding only a dot (.).\n");
      continue;
    }
    if (trimmed !== "") await dispatch(options, trimmed);
    prompt();
  }
  // A paste cut short by the end of input is still briefed.
  if (pasting !== null && pasting.join("").trim() !== "")
    await answer(options, "/brief", pasting.join("\n"));
  options.signal?.removeEventListener("abort", close);
  lines.close();
}

async function dispatch(options: ConsoleSessionOptions, line: string): Promise<void> {
  const match = /^\/(\w+)\s*([\s\S]*)$/.exec(line);
  if (match === null) {
    // A bare link is a /brief; anything else gets the list of commands.
    if (/^<?https?:\/\/\S+>?$/i.test(line)) return answer(options, "/brief", line);
    options.write(hint(options));
    return;
  }
  const [, name = "", args = ""] = match;
  await answer(options, `/${name.toLowerCase()}`, args);
}

async function answer(
  options: ConsoleSessionOptions,
  command: string,
  args: string,
): Promise<void> {
  const { bot, context } = options;
  const show = (reply: Reply) => options.write(`${renderPlain(reply, options.width)}\n`);
  try {
    switch (command) {
      case "/brief": {
        const ack = bot.acknowledgeBrief(args);
        if (ack === null) return show(bot.help("brief"));
        // The link is the user's text: like everything shown, it may not drive the terminal.
        if (options.interactive) options.write(`${stripTerminalControls(ack)}\n`);
        return show(await bot.brief(context, args));
      }
      case "/whosaid":
        return show(await bot.whoSaid(context, parseWhoSaidText(args)));
      case "/digest":
        return show(await bot.digest(context, args));
      case "/help":
        for (const name of ["brief", "whosaid", "digest"] as const) show(bot.help(name));
        return;
      default:
        options.write(hint(options, `Unknown command ${command}.`));
    }
  } catch (error) {
    // The user reads the friendly message; the log keeps the details (louder when it is our fault).
    show(bot.errorReply(logFailure(options.logger, error, { command, channel: context.channel })));
  }
}

/** Briefs an article as the session's first message, so a new user sees the bot work at once. */
export async function briefSeed(
  options: ConsoleSessionOptions,
  seed: { name: string; text: string },
): Promise<void> {
  options.write(`Briefing the sample article (${stripTerminalControls(seed.name)}):\n\n`);
  await answer(options, "/brief", seed.text);
  if (options.interactive) options.write(`${hint(options)}\n`);
  else options.write("\n");
}

function hint(options: ConsoleSessionOptions, before?: string): string {
  const text = before === undefined ? HINT : `${before} ${HINT}`;
  return `${stripTerminalControls(wrapText(text, options.width ?? DEFAULT_WIDTH))}\n`;
}
