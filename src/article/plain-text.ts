import { decodeHTML } from "entities";

// Feed summaries arrive as HTML snippets. A full DOM per item would cost more than the feed;
// this linear scan is enough for a one-paragraph summary.

const BLOCK_TAGS = new Set(
  "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr td th table section article figure pre hr dd dt".split(
    " ",
  ),
);

// Markup left after one pass: the feed escaped its HTML twice ("&amp;lt;p&amp;gt;"), so the first
// decoding gave back tags. Common tags only: "x < y > z" in a sentence is not markup.
const LEFT_MARKUP =
  /<\/?(?:p|br|div|span|a|b|i|u|em|strong|small|img|ul|ol|li|h[1-6]|blockquote|figure|figcaption|table|tr|td|th|iframe|script|style|section|article|hr)\b[^<>]{0,2000}>/i;

/**
 * Plain text of an HTML snippet: tags removed (scripts with their content), every HTML character
 * reference decoded, whitespace collapsed. HTML escaped twice is unescaped and stripped again.
 */
export function htmlToText(html: string): string {
  const once = stripTags(html);
  return (LEFT_MARKUP.test(once) ? stripTags(once) : once).replace(/[\s\u00a0]+/g, " ").trim();
}

function stripTags(html: string): string {
  const parts: string[] = [];
  const scan: Scan = { html, gt: -2 };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, lt));
    i = skipMarkup(scan, lt, parts);
  }
  return decodeEntities(parts.join(""));
}

/** The text being scanned and the position of the next ">" found so far (-2: not searched yet). */
interface Scan {
  readonly html: string;
  gt: number;
}

// Positions only move forward, so one search for ">" serves every "<" before it: a text full of
// "<" and no ">" costs one pass, not one pass per "<".
function nextGt(scan: Scan, from: number): number {
  if (scan.gt !== -1 && scan.gt < from) scan.gt = scan.html.indexOf(">", from);
  return scan.gt;
}

/** Returns where text resumes after the markup at `lt`; a lone "<" is kept as text. */
function skipMarkup(scan: Scan, lt: number, parts: string[]): number {
  const { html } = scan;
  const head = html.slice(lt, lt + 40).toLowerCase();
  if (head.startsWith("<![cdata[")) {
    const end = html.indexOf("]]>", lt + 9);
    parts.push(html.slice(lt + 9, end === -1 ? html.length : end));
    return end === -1 ? html.length : end + 3;
  }
  if (head.startsWith("<!--")) {
    const end = html.indexOf("-->", lt + 4);
    return end === -1 ? html.length : end + 3;
  }
  const name = /^<\/?([a-z][a-z0-9]*)/.exec(head)?.[1];
  if (name === undefined && head[1] !== "!") {
    parts.push("<");
    return lt + 1;
  }
  const gt = nextGt(scan, lt + 1);
  if (gt === -1) {
    parts.push(html.slice(lt));
    return html.length;
  }
  if ((name === "script" || name === "style") && head[1] !== "/") {
    const close = new RegExp(`</${name}`, "gi");
    close.lastIndex = gt;
    return close.exec(html)?.index ?? html.length;
  }
  parts.push(name !== undefined && BLOCK_TAGS.has(name) ? "\n" : "");
  return gt + 1;
}

/**
 * Decodes every HTML character reference, named (all of HTML's, "&bdquo;", "&ograve;") and numeric,
 * as a browser does (the `entities` package, which the HTML parser uses too).
 */
export function decodeEntities(text: string): string {
  return text.includes("&") ? decodeHTML(text) : text;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
