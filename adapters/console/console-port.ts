import type { ChatPort } from "../../src/index.ts";
import { renderPlain } from "./render.ts";

/** A terminal takes long messages; digests still split above this. */
export const CONSOLE_MAX_CHARS = 20_000;
const REMEMBERED_KEYS = 1_000;

/** The console's chat port: digests and other unprompted messages print to the terminal. */
export function createConsolePort(write: (text: string) => void, width?: number): ChatPort {
  // A part resumed in the same process is printed once; the terminal cannot take a message back.
  const printed = new Set<string>();
  return {
    platform: "console",
    maxMessageChars: CONSOLE_MAX_CHARS,
    supportsBlocks: false,
    async post(channelId, reply, options) {
      const key = options?.idempotencyKey;
      if (key !== undefined) {
        if (printed.has(key)) return;
        printed.add(key);
        if (printed.size > REMEMBERED_KEYS) printed.delete(printed.values().next().value as string);
      }
      const where = channelId === "main" ? "" : ` [${channelId}]`;
      write(`\n${renderPlain(reply, width)}${where === "" ? "" : `${where}\n`}\n`);
    },
  };
}
