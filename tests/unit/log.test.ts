import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type ErrorCode, isOurFault, NewsbriefError } from "../../src/errors.ts";
import { createLogger, logFailure, redactSecrets } from "../../src/log.ts";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger("info", sink), lines };
}

describe("the error policy", () => {
  it.each<[ErrorCode, boolean]>([
    ["INTERNAL", true],
    ["STORE_FAILED", true],
    ["CONFIG_INVALID", true],
    ["ARTICLE_FETCH_FAILED", false],
    ["INPUT_EMPTY", false],
    ["RATE_LIMITED", false],
  ])("counts %s as our fault: %s", (code, ours) => {
    expect(isOurFault(code)).toBe(ours);
  });

  it("logs our failures as errors with the error, and the others as info with code and reason", () => {
    const { logger, lines } = capture();
    logFailure(logger, new Error("disk full"), { channel: "slack:C1" });
    logFailure(
      logger,
      new NewsbriefError("ARTICLE_FETCH_FAILED", "timed out", { details: { reason: "timeout" } }),
      { channel: "slack:C1" },
    );
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: "command failed",
      code: "INTERNAL",
      channel: "slack:C1",
      err: { type: "Error", message: "disk full" },
    });
    expect(lines[1]).toMatchObject({
      level: 30,
      msg: "command refused",
      code: "ARTICLE_FETCH_FAILED",
      reason: "timeout",
    });
    expect(lines[1]).not.toHaveProperty("err");
  });

  it("never logs the raw properties of an error, where request headers and bodies hide", () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error("request failed"), {
      config: { headers: { Authorization: "Bearer xoxb-1-2-secret" } },
      body: "the whole article",
    });
    logger.error({ err: error }, "failed");
    expect(JSON.stringify(lines)).not.toMatch(/xoxb|whole article/);
  });

  it("redacts tokens passed as fields", () => {
    const { logger, lines } = capture();
    logger.info({ token: "xoxb-1", headers: { authorization: "Bot abc" } }, "call");
    expect(lines[0]).toMatchObject({
      token: "[redacted]",
      headers: { authorization: "[redacted]" },
    });
  });
});

describe("redactSecrets", () => {
  it.each([
    ["a Slack bot token", "auth with xoxb-1234-5678-AbCdEf failed", "auth with [redacted] failed"],
    ["a Slack app token", "xapp-1-A0B-1234-abcdef", "[redacted]"],
    ["an authorization header", "Authorization: Bot abc.def.ghi", "Authorization: Bot [redacted]"],
    [
      "a Slack response_url",
      "POST https://hooks.slack.com/commands/T0/123/AbCd failed",
      "POST https://hooks.slack.com/[redacted] failed",
    ],
    ["a token in a query", "GET /x?channel=1&token=abc123", "GET /x?channel=1&token=[redacted]"],
    [
      "a password in a URL",
      "postgres://app:hunter2@db:5432/nb",
      "postgres://app:[redacted]@db:5432/nb",
    ],
  ])("removes %s", (_name, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it("leaves ordinary messages alone", () => {
    const text = "Cannot read ./articles/today.txt: no such file (ENOENT).";
    expect(redactSecrets(text)).toBe(text);
  });
});
