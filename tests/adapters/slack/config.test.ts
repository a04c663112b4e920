import { describe, expect, it } from "vitest";
import { loadSlackConfig, slackConfigured } from "../../../adapters/slack/config.ts";
import { NewsbriefError } from "../../../src/index.ts";

const http = {
  SLACK_BOT_TOKEN: "xoxb-1-2-abc",
  SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
};

function failure(env: Record<string, string>): NewsbriefError {
  try {
    loadSlackConfig(env);
  } catch (error) {
    if (error instanceof NewsbriefError) return error;
    throw error;
  }
  throw new Error("expected loadSlackConfig to throw");
}

describe("Slack configuration", () => {
  it("is configured only when a bot token is set", () => {
    expect(slackConfigured({})).toBe(false);
    expect(slackConfigured({ SLACK_BOT_TOKEN: " " })).toBe(false);
    expect(slackConfigured({ SLACK_BOT_TOKEN: "xoxb-1" })).toBe(true);
  });

  it("defaults to HTTP mode on port 3000 against Slack's Web API", () => {
    expect(loadSlackConfig(http)).toEqual({
      botToken: "xoxb-1-2-abc",
      mode: { kind: "http", signingSecret: http.SLACK_SIGNING_SECRET, port: 3000 },
      apiUrl: "https://slack.com/api/",
    });
  });

  it("uses Socket Mode when an app token is set, and needs no signing secret then", () => {
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A1-2-x" });
    expect(config.mode).toEqual({ kind: "socket", appToken: "xapp-1-A1-2-x" });
  });

  it("takes the port, host and API URL, adding the trailing slash the Web API client needs", () => {
    const config = loadSlackConfig({
      ...http,
      SLACK_PORT: "8080",
      SLACK_HOST: "127.0.0.1",
      SLACK_API_URL: "http://127.0.0.1:9000/api",
    });
    expect(config.mode).toMatchObject({ port: 8080, host: "127.0.0.1" });
    expect(config.apiUrl).toBe("http://127.0.0.1:9000/api/");
  });

  it("names every bad variable in one CONFIG_INVALID error, without echoing secrets", () => {
    const error = failure({
      SLACK_BOT_TOKEN: "xoxp-user-token-secret",
      SLACK_APP_TOKEN: "not-an-app-token",
      SLACK_PORT: "99999",
      SLACK_API_URL: "ftp://slack.example",
    });
    expect(error.code).toBe("CONFIG_INVALID");
    for (const name of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_PORT", "SLACK_API_URL"]) {
      expect(error.message).toContain(name);
    }
    expect(error.message).not.toContain("xoxp-user-token-secret");
  });

  it("asks for the signing secret in HTTP mode", () => {
    const error = failure({ SLACK_BOT_TOKEN: "xoxb-1" });
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.message).toMatch(/SLACK_SIGNING_SECRET: is required in HTTP mode/);
  });

  it("ignores variables of other areas", () => {
    expect(() =>
      loadSlackConfig({ ...http, DISCORD_TOKEN: "", LOG_LEVEL: "nonsense" }),
    ).not.toThrow();
  });
});
