import { describe, expect, it } from "vitest";
import { errorReply, friendlyMessage } from "../../../src/bot/error-reply.ts";
import { NewsbriefError } from "../../../src/errors.ts";

describe("friendlyMessage", () => {
  it.each([
    [
      new NewsbriefError("ARTICLE_FETCH_FAILED", "x", { details: { status: 403 } }),
      "That site refused the request (403).",
    ],
    [
      new NewsbriefError("ARTICLE_FETCH_FAILED", "x", { details: { status: 404 } }),
      "That page was not found (404).",
    ],
    [
      new NewsbriefError("ARTICLE_FETCH_FAILED", "x", { details: { status: 503 } }),
      "That site had an error (503). Try again later.",
    ],
    [
      new NewsbriefError("ARTICLE_FETCH_FAILED", "x", { details: { reason: "timeout" } }),
      "That site took too long to answer. Try again later.",
    ],
    [
      new NewsbriefError("URL_NOT_ALLOWED", "x", { details: { reason: "private-address" } }),
      "That link points to a private address.",
    ],
    [
      new NewsbriefError("ANALYSIS_TIMEOUT", "The article at https://x.example took too long."),
      "This article took too long to analyse. Try again with a shorter article, or paste only the part you need.",
    ],
    [
      new NewsbriefError("INPUT_TOO_LARGE", "That text is too large (3 MB; the limit is 2 MB)."),
      "That text is too large (3 MB; the limit is 2 MB).",
    ],
  ])("explains %s in plain words", (error, expected) => {
    expect(friendlyMessage(error)).toBe(expected);
  });

  it("never shows a stack trace or internal message for an unexpected error", () => {
    const message = friendlyMessage(
      new TypeError("Cannot read properties of undefined (reading 'x')"),
    );
    expect(message).toBe("Something went wrong on our side. It has been logged; please try again.");
  });

  it("shows errors to the requester only", () => {
    const reply = errorReply(
      new NewsbriefError("URL_NOT_ALLOWED", "Only http links.", {
        details: { reason: "protocol" },
      }),
    );
    expect(reply.visibility).toBe("requester");
    expect(reply.fallbackText).toBe("Only http:// and https:// links can be read.");
  });
});
