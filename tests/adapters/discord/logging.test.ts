import { Writable } from "node:stream";
import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { createLogger, logFailure, NewsbriefError } from "../../../src/index.ts";

const INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA";
const BOT_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
// Written for this test.
const ARTICLE_SENTENCE = "The harbour board met in secret on Tuesday night.";

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("info", sink), lines };
}

/** The error discord.js throws when an interaction callback fails: its URL holds the token. */
function callbackFailure(): DiscordAPIError {
  return new DiscordAPIError(
    { code: 10062, message: "Unknown interaction" },
    10062,
    404,
    "POST",
    `https://discord.com/api/v10/interactions/1234567890/${INTERACTION_TOKEN}/callback`,
    {
      body: { type: 4, data: { content: ARTICLE_SENTENCE } },
      files: [],
    },
  );
}

describe("Discord errors in the logs", () => {
  it("keep the code, status and message but never the interaction token or the message sent", () => {
    const { logger, lines } = capture();
    logger.warn({ err: callbackFailure() }, "discord: could not send the error reply");
    const line = lines.join("");
    expect(line).toContain("Unknown interaction");
    expect(line).not.toContain(INTERACTION_TOKEN);
    expect(line).not.toContain(ARTICLE_SENTENCE);
    expect(JSON.parse(line).err).toMatchObject({ code: 10062, status: 404 });
  });

  it("redact a bot token and an interaction URL that end up in a message or a cause", () => {
    const { logger, lines } = capture();
    const cause = new Error(`login with ${BOT_TOKEN} failed`);
    const failure = new NewsbriefError(
      "INTERNAL",
      `POST /webhooks/1234567890/${INTERACTION_TOKEN}/messages/@original failed`,
      { cause },
    );
    logFailure(logger, failure, { command: "brief" });
    const line = lines.join("");
    expect(line).not.toContain(BOT_TOKEN);
    expect(line).not.toContain(INTERACTION_TOKEN);
    expect(line).toContain("/webhooks/1234567890/[redacted]");
  });
});
