import { NewsbriefError } from "../errors.ts";

/** Largest article text newsbrief analyses, in characters (about 200,000 words). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * Checks that text is something worth analysing: not empty, not too large, not binary junk.
 * Returns the text unchanged (offsets must keep pointing into exactly what the user gave).
 */
export function validateArticleText(text: string, source = "the input"): string {
  if (text.trim() === "") {
    throw new NewsbriefError("INPUT_EMPTY", `There is no text in ${source}.`, {
      details: { input: source },
    });
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new NewsbriefError(
      "INPUT_TOO_LARGE",
      `${capitalise(source)} is too large: ${text.length.toLocaleString("en")} characters, the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en")}.`,
      { details: { input: source, reason: "too-large" } },
    );
  }
  if (looksBinary(text)) {
    throw new NewsbriefError(
      "INPUT_INVALID",
      `${capitalise(source)} does not look like text (binary data?). Give an article as plain text, HTML or a link.`,
      { details: { input: source, reason: "binary" } },
    );
  }
  return text;
}

/** True when a sample of the text holds NUL bytes, many control characters or decoding failures. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    // Tab, line feed, vertical tab, form feed and carriage return are layout, not junk.
    if ((code < 32 && (code < 9 || code > 13)) || code === 0xfffd) suspicious++;
  }
  return suspicious > 8 && suspicious / sample.length > 0.02;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
