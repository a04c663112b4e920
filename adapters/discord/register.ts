import { pathToFileURL } from "node:url";
import { DiscordAPIError, HTTPError, REST, Routes } from "discord.js";
import { type Env, NewsbriefError } from "../../src/index.ts";
import { commandDefinitions } from "./commands.ts";
import { type DiscordConfig, loadDiscordConfig } from "./config.ts";

/** What a registration did. */
export interface RegistrationResult {
  readonly scope: "guild" | "global";
  readonly guildId?: string;
  /** Command names Discord now has for that scope, as it answered. */
  readonly commands: readonly string[];
}

/**
 * Replaces the application's commands with newsbrief's (bulk overwrite, so running it twice changes
 * nothing): in one guild when a guild id is configured, globally otherwise.
 */
export async function registerCommands(config: DiscordConfig): Promise<RegistrationResult> {
  const rest = new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl });
  rest.setToken(config.token);
  const route =
    config.guildId === undefined
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, config.guildId);
  let answer: unknown;
  try {
    answer = await rest.put(route, { body: commandDefinitions() });
  } catch (error) {
    throw registrationError(error, config);
  }
  const commands = Array.isArray(answer)
    ? answer.map((command: { name?: unknown }) => String(command.name))
    : [];
  return config.guildId === undefined
    ? { scope: "global", commands }
    : { scope: "guild", guildId: config.guildId, commands };
}

/** One line saying what a registration did, for the terminal. */
export function describeRegistration(result: RegistrationResult): string {
  const names = result.commands.map((name) => `/${name}`).join(", ");
  const count = `${result.commands.length} command${result.commands.length === 1 ? "" : "s"}`;
  return result.scope === "guild"
    ? `Registered ${count} (${names}) in guild ${result.guildId}: usable there now.`
    : `Registered ${count} (${names}) globally: every server the bot is in; Discord may take a few minutes to show changes.`;
}

function registrationError(error: unknown, config: DiscordConfig): NewsbriefError {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    if (error.status === 401) {
      return new NewsbriefError(
        "CONFIG_INVALID",
        "Discord rejected DISCORD_TOKEN (401). Copy the token again from the Developer Portal's Bot page.",
        { cause: error, details: { status: 401 } },
      );
    }
    if (config.guildId !== undefined && (error.status === 403 || error.status === 404)) {
      return new NewsbriefError(
        "CONFIG_INVALID",
        `Discord refused commands for guild ${config.guildId} (${error.status}). Check DISCORD_GUILD_ID and invite the bot to that server with the applications.commands scope.`,
        { cause: error, details: { status: error.status } },
      );
    }
    return new NewsbriefError(
      "INTERNAL",
      `Discord refused the command registration (${error.status}): ${error.message}. Check DISCORD_APPLICATION_ID.`,
      { cause: error, details: { status: error.status } },
    );
  }
  const where = config.apiUrl ?? "https://discord.com/api";
  return new NewsbriefError(
    "INTERNAL",
    `Could not reach Discord at ${where} to register commands. Check the network${config.apiUrl === undefined ? "" : " and DISCORD_API_URL"}.`,
    { cause: error },
  );
}

/** `npm run discord:register`: validates the variables, registers, prints what it did. */
export async function runRegister(
  env: Env,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  try {
    const result = await registerCommands(loadDiscordConfig(env));
    out(describeRegistration(result));
    return 0;
  } catch (error) {
    err(error instanceof NewsbriefError ? error.message : `Registration failed: ${String(error)}`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Only main.ts reads the environment; it also loads .env like `npm start` does.
  const { readProcessEnv } = await import("./main.ts");
  process.exitCode = await runRegister(
    readProcessEnv(),
    (line) => console.log(line),
    (line) => console.error(line),
  );
}
