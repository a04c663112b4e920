import { ELISIONS } from "../people/lexicon.ts";
import { isSpace } from "../text/span.ts";

/** Double marks ("“”„«») and single marks ('‘’‚‹›) nest inside each other, never inside themselves. */
export type MarkFamily = "double" | "single";

/** What a quotation mark can do where it stands: open, close, either (undecided), or nothing. */
export type MarkRole = "open" | "close" | "either";

export interface QuoteMark {
  readonly pos: number;
  readonly family: MarkFamily;
  readonly role: MarkRole;
  /** Characters the mark takes: 2 for a doubled single mark used as a double one ('' or ``). */
  readonly length: 1 | 2;
  /** A straight double mark right after a digit: an inch sign unless a quotation is open. */
  readonly afterDigit?: boolean;
}

/** Finds every character (or doubled single mark) that may be a quotation mark. */
export const MARK_PATTERN = /''|``|‘‘|’’|["'“”„‟«»‘’‚‛‹›`]/g;

const OPENING_CONTEXT = new Set(["(", "[", "{", "—", "–", "-", "/", "\u2014"]);
const CLOSING_CONTEXT = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "…", "—", "–", "-"]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ASCII is decided by code; only other characters pay for a Unicode class test. */
function isLetterOrDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

const MARK_CHARS = new Set(['"', "'", "“", "”", "„", "‟", "«", "»", "‘", "’", "‚", "‛", "‹", "›"]);

function isMarkChar(ch: string): boolean {
  return MARK_CHARS.has(ch);
}

/** True when the left side of a mark is open space: start, whitespace, a bracket or a dash. */
function leftOpen(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const ch = text[pos - 1] ?? "";
  return isSpace(ch.charCodeAt(0)) || OPENING_CONTEXT.has(ch) || isMarkChar(ch);
}

/** True when the right side of a mark is open space: end, whitespace or punctuation. */
function rightOpen(text: string, pos: number, length = 1): boolean {
  if (pos + length >= text.length) return true;
  const ch = text[pos + length] ?? "";
  return isSpace(ch.charCodeAt(0)) || CLOSING_CONTEXT.has(ch) || isMarkChar(ch);
}

function roleFromContext(left: boolean, right: boolean): MarkRole {
  if (left && !right) return "open";
  if (right && !left) return "close";
  return "either";
}

/** The word right after a mark, lower-cased (for elisions such as 'em or '90s). */
function wordAfter(text: string, pos: number): string {
  let end = pos + 1;
  while (end < text.length && end - pos < 8 && isLetterOrDigit(text[end] ?? "")) end++;
  return text.slice(pos + 1, end).toLowerCase();
}

function classifyDouble(text: string, pos: number, ch: string, length: 1 | 2): QuoteMark | null {
  const left = leftOpen(text, pos);
  const right = rightOpen(text, pos, length);
  if (ch === "“" || ch === "„" || ch === "‟" || ch === "«" || ch === "``" || ch === "‘‘") {
    // Curly glyphs say which way they face, unless the text around them says otherwise.
    return { pos, family: "double", length, role: !left && right ? "close" : "open" };
  }
  if (ch === "”" || ch === "»" || ch === "’’") {
    return { pos, family: "double", length, role: left && !right ? "open" : "close" };
  }
  const role = roleFromContext(left, right);
  const before = text.charCodeAt(pos - 1);
  return before >= 48 && before <= 57
    ? { pos, family: "double", length, role, afterDigit: true }
    : { pos, family: "double", length, role };
}

function classifySingle(text: string, pos: number, ch: string): QuoteMark | null {
  const before = text[pos - 1] ?? "";
  const after = text[pos + 1] ?? "";
  // Between letters it is an apostrophe: don't, O'Neil, rock'n'roll.
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null;
  const left = leftOpen(text, pos);
  const right = rightOpen(text, pos);
  if (left && right) return null;
  if (left) {
    if (ch === "’" && isLetterOrDigit(after) && !/\p{Lu}/u.test(after)) return null;
    const word = wordAfter(text, pos);
    if (/^\d/.test(word) || ELISIONS.has(word)) return null;
    return { pos, family: "single", length: 1, role: ch === "’" || ch === "›" ? "either" : "open" };
  }
  const role = ch === "‘" || ch === "‚" || ch === "‹" ? "either" : "close";
  return { pos, family: "single", length: 1, role };
}

const DOUBLES = new Set(['"', "“", "”", "„", "‟", "«", "»", "''", "``", "‘‘", "’’"]);

/**
 * Decides what the mark matched at `pos` can do (`match` is what MARK_PATTERN found there), or
 * null for an apostrophe or a prime.
 */
export function classifyMark(text: string, pos: number, match = text[pos] ?? ""): QuoteMark | null {
  const ch = match;
  if (DOUBLES.has(ch)) {
    if (
      ch === "''" &&
      /[\p{L}\p{N}]/u.test(text[pos - 1] ?? "") &&
      /[\p{L}]/u.test(text[pos + 2] ?? "")
    ) {
      return null;
    }
    return classifyDouble(text, pos, ch, ch.length === 2 ? 2 : 1);
  }
  if (ch === "`") return null;
  if (
    ch === "'" ||
    ch === "‘" ||
    ch === "’" ||
    ch === "‚" ||
    ch === "‛" ||
    ch === "‹" ||
    ch === "›"
  ) {
    return classifySingle(text, pos, ch);
  }
  return null;
}

/**
 * The family the article uses for its own quotations: double marks, unless single-mark quotations
 * clearly outnumber double ones (British style).
 */
export function primaryFamily(text: string): MarkFamily {
  let doubles = 0;
  let singleOpens = 0;
  MARK_PATTERN.lastIndex = 0;
  for (let m = MARK_PATTERN.exec(text); m !== null; m = MARK_PATTERN.exec(text)) {
    const mark = classifyMark(text, m.index, m[0]);
    if (mark === null) continue;
    if (mark.family === "double") doubles++;
    else if (mark.role === "open") singleOpens++;
  }
  return singleOpens > doubles / 2 + 1 && singleOpens >= 2 ? "single" : "double";
}
