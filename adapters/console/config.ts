import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type Env, parseEnv } from "../../src/index.ts";

/** The seed article the console briefs first, so a new user sees the bot work with no setup. */
export const SEED_ARTICLE = fileURLToPath(
  new URL("../../seeds/tillerson-kelly-mexico-no-mass-deportations.txt", import.meta.url),
);

const schema = z.object({
  CONSOLE_SEED: z.string().min(1).default(SEED_ARTICLE),
  CONSOLE_CHANNEL: z
    .string()
    .regex(/^[\w.-]{1,64}$/, "letters, digits, dot, dash or underscore")
    .default("main"),
  CONSOLE_USER: z.string().min(1).max(64).default("you"),
});

export interface ConsoleConfig {
  /** Path of the article briefed at start, or null ("off"). */
  readonly seedPath: string | null;
  /** The console's channel id: "main" makes "console:main". */
  readonly channel: string;
  readonly user: string;
}

/** Reads the console's variables (all optional); throws CONFIG_INVALID naming every bad one. */
export function loadConsoleConfig(env: Env): ConsoleConfig {
  const raw = parseEnv(schema, env);
  const off = /^(off|none|false|0|no)$/i.test(raw.CONSOLE_SEED);
  return Object.freeze({
    seedPath: off ? null : raw.CONSOLE_SEED,
    channel: raw.CONSOLE_CHANNEL,
    user: raw.CONSOLE_USER,
  });
}
