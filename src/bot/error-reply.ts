import { type NewsbriefError, toNewsbriefError } from "../errors.ts";
import type { Reply } from "./reply.ts";

/** The plain-words message a chat user sees for a failure, from its code and details. */
export function friendlyMessage(error: unknown): string {
  const err = toNewsbriefError(error);
  const { status, reason } = err.details;
  switch (err.code) {
    case "ARTICLE_FETCH_FAILED":
      return fetchFailedMessage(err, status, reason);
    case "URL_NOT_ALLOWED":
      if (reason === "private-address") return "That link points to a private address.";
      if (reason === "protocol") return "Only http:// and https:// links can be read.";
      return err.message;
    case "ARTICLE_UNREADABLE":
      if (reason === "paywall") return "That article is behind a paywall. Paste its text instead.";
      if (reason === "not-article") return `That link is not an article. ${err.message}`;
      return err.message;
    case "ANALYSIS_TIMEOUT":
      return "This article took too long to analyse. Try again with a shorter article, or paste only the part you need.";
    case "FRONT_PAGE":
      return "That looks like a front page listing many stories: give the link of one story.";
    case "RATE_LIMITED":
      return "Too many requests right now. Try again in a minute.";
    case "STORE_FAILED":
      return "Could not save or read this channel's data. Try again in a moment.";
    case "INTERNAL":
      return "Something went wrong on our side. It has been logged; please try again.";
    default:
      return err.message;
  }
}

function fetchFailedMessage(err: NewsbriefError, status?: number, reason?: string): string {
  if (status === 401 || status === 403) return `That site refused the request (${status}).`;
  if (status === 404 || status === 410) return `That page was not found (${status}).`;
  if (status === 429) return "That site is limiting requests (429). Try again in a few minutes.";
  if (status !== undefined && status >= 500)
    return `That site had an error (${status}). Try again later.`;
  if (reason === "timeout") return "That site took too long to answer. Try again later.";
  if (reason === "dns") return "That site's address could not be found. Check the link.";
  if (reason === "too-many-redirects") return "That link redirects too many times.";
  return err.message;
}

/** The reply for a failure: shown only to the person who asked. */
export function errorReply(error: unknown): Reply {
  const message = friendlyMessage(error);
  return {
    visibility: "requester",
    blocks: [{ kind: "paragraph", text: message }],
    fallbackText: message,
  };
}
