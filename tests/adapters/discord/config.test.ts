import { describe, expect, it } from "vitest";
import { discordConfigured, loadDiscordConfig } from "../../../adapters/discord/config.ts";
import { isNewsbriefError } from "../../../src/index.ts";

const valid = {
  DISCORD_TOKEN: "MTAw.fake.token",
  DISCORD_APPLICATION_ID: "100000000000000001",
};

function configError(env: Record<string, string>): string {
  try {
    loadDiscordConfig(env);
  } catch (error) {
    if (isNewsbriefError(error) && error.code === "CONFIG_INVALID") return error.message;
    throw error;
  }
  throw new Error("expected CONFIG_INVALID");
}

describe("Discord configuration", () => {
  it("reads the token, application id and the optional guild and API URL", () => {
    expect(
      loadDiscordConfig({
        ...valid,
        DISCORD_GUILD_ID: "200000000000000002",
        DISCORD_API_URL: "http://127.0.0.1:8080/api/",
      }),
    ).toEqual({
      token: "MTAw.fake.token",
      applicationId: "100000000000000001",
      guildId: "200000000000000002",
      apiUrl: "http://127.0.0.1:8080/api",
    });
    expect(loadDiscordConfig({ ...valid, DISCORD_GUILD_ID: "" })).not.toHaveProperty("guildId");
  });

  it("names every missing or malformed variable in one error", () => {
    const message = configError({
      DISCORD_TOKEN: "Bot MTAw.fake",
      DISCORD_APPLICATION_ID: "my-app",
      DISCORD_GUILD_ID: "12",
      DISCORD_API_URL: "discord.com/api",
    });
    for (const name of [
      "DISCORD_TOKEN",
      "DISCORD_APPLICATION_ID",
      "DISCORD_GUILD_ID",
      "DISCORD_API_URL",
    ])
      expect(message).toContain(name);
    expect(message).not.toContain("MTAw.fake");
  });

  it("says where to find a missing token and application id", () => {
    const message = configError({});
    expect(message).toMatch(/DISCORD_TOKEN: is required.*Bot page/);
    expect(message).toMatch(/DISCORD_APPLICATION_ID: is required.*General Information/);
  });

  it("rejects an API URL that is not http or https", () => {
    expect(configError({ ...valid, DISCORD_API_URL: "ftp://127.0.0.1/api" })).toContain(
      "DISCORD_API_URL: must start with http:// or https://",
    );
  });

  it("counts as configured as soon as the token or the application id is set", () => {
    expect(discordConfigured({})).toBe(false);
    expect(discordConfigured({ DISCORD_TOKEN: "  " })).toBe(false);
    expect(discordConfigured({ DISCORD_TOKEN: "x" })).toBe(true);
    expect(discordConfigured({ DISCORD_APPLICATION_ID: "1" })).toBe(true);
  });
});
