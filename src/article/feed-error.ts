import { type ErrorReason, NewsbriefError } from "../errors.ts";

/** The FEED_INVALID error: what is wrong with which feed, and what the user can do. */
export function feedInvalid(source: string, why: string, reason: ErrorReason): NewsbriefError {
  return new NewsbriefError(
    "FEED_INVALID",
    `${source} is not a feed newsbrief can read: ${why}. Give the address of an RSS, Atom or JSON feed.`,
    { details: { input: source, reason } },
  );
}
