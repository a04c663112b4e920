/** What a piece of user input is: a link, an HTML document, or plain text. */
export type InputKind = "url" | "html" | "text";

// A single token with a scheme: "https://...", but also "file:///etc/passwd" or "ftp://...",
// which count as links so the URL guard can refuse them by name.
const LINK = /^<?[a-z][a-z0-9+.-]*:\/\/[^\s<>]+>?$/i;
const HTML_START =
  /^(?:\ufeff)?\s*(?:<!--(?:(?!-->)[\s\S]){0,2000}-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const HTML_TAGS = /<\/(?:p|div|article|section|body|html|h[1-6]|blockquote|li|span)>/i;

/** Tells a link from an HTML document from pasted text, from the text alone. */
export function detectInputKind(input: string): InputKind {
  const trimmed = input.trim();
  if (LINK.test(trimmed)) return "url";
  return looksLikeHtml(trimmed) ? "html" : "text";
}

/** True when text is an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return true;
  return head.trimStart().startsWith("<") && HTML_TAGS.test(head);
}

/** The URL inside a link input, without the angle brackets chat platforms wrap links in. */
export function unwrapLink(input: string): string {
  const trimmed = input.trim();
  return trimmed.startsWith("<") && trimmed.endsWith(">") ? trimmed.slice(1, -1) : trimmed;
}
