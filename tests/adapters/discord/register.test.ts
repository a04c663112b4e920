import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandDefinitions } from "../../../adapters/discord/commands.ts";
import {
  describeRegistration,
  registerCommands,
  runRegister,
} from "../../../adapters/discord/register.ts";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord-server.ts";
import { commandProblems } from "../../fakes/discord-validate.ts";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const configFor = (extra: { guildId?: string; token?: string } = {}) => ({
  token: extra.token ?? fake.token,
  applicationId: fake.applicationId,
  apiUrl: fake.apiUrl,
  ...(extra.guildId === undefined ? {} : { guildId: extra.guildId }),
});

type Option = {
  name: string;
  type: number;
  autocomplete?: boolean;
  required?: boolean;
  options?: Option[];
};

describe("slash command definitions", () => {
  it("defines /whosaid, /brief and /digest as Discord accepts them", () => {
    const commands = commandDefinitions();
    expect(commandProblems(commands)).toEqual([]);
    expect(commands.map((c) => c.name)).toEqual(["whosaid", "brief", "digest"]);
  });

  it("gives /whosaid a speaker option with autocomplete, a phrase and a url", () => {
    const [whosaid] = commandDefinitions();
    const options = (whosaid?.options ?? []) as Option[];
    expect(options.map((o) => [o.name, o.autocomplete === true])).toEqual([
      ["speaker", true],
      ["phrase", false],
      ["url", false],
    ]);
  });

  it("gives /digest the add, list, remove and now subcommands", () => {
    const digest = commandDefinitions()[2];
    const subs = (digest?.options ?? []) as Option[];
    expect(subs.map((s) => s.name)).toEqual(["add", "list", "remove", "now"]);
    expect(subs[0]?.options?.map((o) => [o.name, o.required])).toEqual([
      ["feed", true],
      ["schedule", false],
      ["timezone", false],
    ]);
  });
});

describe("command registration", () => {
  it("overwrites the guild's commands when a guild id is set, and says so", async () => {
    const guildId = fake.guilds[0]?.id ?? "";
    const result = await registerCommands(configFor({ guildId }));
    const put = fake.requests.at(-1);
    expect(put?.method).toBe("PUT");
    expect(put?.path).toBe(
      `/api/v10/applications/${fake.applicationId}/guilds/${guildId}/commands`,
    );
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
    expect(put?.body).toEqual(commandDefinitions());
    expect(result).toEqual({ scope: "guild", guildId, commands: ["whosaid", "brief", "digest"] });
    expect(describeRegistration(result)).toBe(
      `Registered 3 commands (/whosaid, /brief, /digest) in guild ${guildId}: usable there now.`,
    );
  });

  it("registers globally without a guild id, and running it twice changes nothing", async () => {
    await registerCommands(configFor());
    const first = fake.commands.get("global")?.map((c) => (c as { name: string }).name);
    const result = await registerCommands(configFor());
    const puts = fake.requests.filter((r) =>
      r.path.endsWith(`/applications/${fake.applicationId}/commands`),
    );
    expect(puts).toHaveLength(2);
    expect(puts[0]?.body).toEqual(puts[1]?.body);
    expect(fake.commands.get("global")?.map((c) => (c as { name: string }).name)).toEqual(first);
    expect(describeRegistration(result)).toMatch(/^Registered 3 commands .* globally/);
  });

  it("explains a rejected token and an unknown guild", async () => {
    const lines: string[] = [];
    const env = {
      DISCORD_TOKEN: "wrong.token",
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    expect(
      await runRegister(
        env,
        (l) => lines.push(l),
        (l) => lines.push(l),
      ),
    ).toBe(1);
    const unknownGuild = {
      ...env,
      DISCORD_TOKEN: fake.token,
      DISCORD_GUILD_ID: "999999999999999999",
    };
    expect(
      await runRegister(
        unknownGuild,
        (l) => lines.push(l),
        (l) => lines.push(l),
      ),
    ).toBe(1);
    expect(lines[0]).toMatch(/Discord rejected DISCORD_TOKEN \(401\)/);
    expect(lines[1]).toMatch(/guild 999999999999999999 \(403\).*DISCORD_GUILD_ID/);
  });

  it("runs as `npm run discord:register`, printing what it did", async () => {
    const root = join(import.meta.dirname, "..", "..", "..");
    const guildId = fake.guilds[0]?.id ?? "";
    const child = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "adapters/discord/register.ts"],
      {
        cwd: root,
        encoding: "utf8",
        env: {
          PATH: process.env.PATH,
          DISCORD_TOKEN: fake.token,
          DISCORD_APPLICATION_ID: fake.applicationId,
          DISCORD_GUILD_ID: guildId,
          DISCORD_API_URL: fake.apiUrl,
        },
        timeout: 40_000,
      },
    );
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe(
      `Registered 3 commands (/whosaid, /brief, /digest) in guild ${guildId}: usable there now.`,
    );
  }, 45_000); // Starting a TypeScript child process is slow on a busy machine.
});
