import { fitEscaped } from "../../src/index.ts";

// Slack parses `<...>` as links and mentions (`<!channel>`, `<@U123>`, `<https://x|label>`) and
// `&` starts an entity, so these three are the only characters mrkdwn needs escaped.
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const NEEDS_ESCAPE = /[&<>]/g;

/** Escapes text from an article or a user for Slack mrkdwn, so it can never mention or link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(NEEDS_ESCAPE, (char) => ESCAPES[char] ?? char);
}

/**
 * Escapes text for mrkdwn and fits the escaped result into `maxChars`, cutting the original
 * text (never an `&amp;` entity) at a word boundary and ending with an ellipsis.
 */
export function fitMrkdwn(text: string, maxChars: number): string {
  return fitEscaped(text, maxChars, escapeMrkdwn);
}
