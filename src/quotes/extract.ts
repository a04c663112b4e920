import { createScanner, type Scanner } from "../text/scan.ts";
import type { Paragraph } from "../text/span.ts";
import { isSpace } from "../text/span.ts";
import { classifyMark, MARK_PATTERN, type MarkFamily, type QuoteMark } from "./marks.ts";

/** A span of text between quotation marks, before anyone decides whether it is speech. */
export interface QuotedSpan {
  /** First and last character inside the marks, whitespace trimmed. */
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the paragraph (or a re-opening mark) ended it. */
  readonly close: number;
  /** End of the whole quotation, closing mark included (the content's end when unclosed). */
  readonly outerEnd: number;
  readonly family: MarkFamily;
  /** Marked in the article's own quotation style (false: e.g. single marks in a double-mark article). */
  readonly primary: boolean;
  readonly paragraph: number;
  /** Re-opened after a sentence of the same quotation that was left open: same speaker. */
  readonly reopened: boolean;
  /** Opens a paragraph right after a paragraph whose quotation was left open: same speaker. */
  readonly continues: boolean;
}

interface Frame {
  readonly family: MarkFamily;
  readonly open: number;
  readonly length: 1 | 2;
  readonly primary: boolean;
  readonly reopened: boolean;
  readonly continues: boolean;
}

interface ParagraphState {
  readonly text: string;
  readonly paragraph: Paragraph;
  readonly primary: MarkFamily;
  readonly out: QuotedSpan[];
  /** The text's quotation marks, found once for all paragraphs. */
  readonly marks: Scanner;
  /** Frames from the outermost quotation to the innermost nested one. */
  stack: Frame[];
  continues: boolean;
}

/**
 * Finds the quoted spans of every paragraph with a linear state machine over its quotation marks.
 * Only outermost spans are returned (a nested quotation belongs to its outer one); a mark left open
 * is closed at the end of its paragraph at the latest.
 */
export function extractQuotedSpans(
  text: string,
  paragraphs: readonly Paragraph[],
  primary: MarkFamily,
): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const marks = createScanner(MARK_PATTERN, text);
  let leftOpen = false;
  for (const paragraph of paragraphs) {
    const state: ParagraphState = {
      text,
      paragraph,
      primary,
      out,
      marks,
      stack: [],
      continues: leftOpen,
    };
    scanParagraph(state);
    leftOpen = finishParagraph(state);
  }
  return out;
}

function scanParagraph(state: ParagraphState): void {
  const { text, paragraph, marks } = state;
  for (let m = marks(paragraph.start); m !== null; m = marks(m.index + m[0].length)) {
    if (m.index >= paragraph.end) break;
    const mark = classifyMark(text, m.index, m[0]);
    if (mark !== null) step(state, mark);
  }
}

function step(state: ParagraphState, mark: QuoteMark): void {
  const top = state.stack.length > 0 ? state.stack[state.stack.length - 1] : undefined;
  const outer = state.stack[0];
  if (top === undefined || outer === undefined) {
    if (mark.role === "close" || mark.afterDigit === true) return;
    openFrame(state, mark, false);
    return;
  }
  if (
    mark.role === "open" &&
    mark.family === outer.family &&
    endsSentence(state.text, mark.pos, state.paragraph.start)
  ) {
    // A fresh opening mark after a finished sentence: the quotation went on without its closing mark.
    emit(state, outer, trimEnd(state.text, mark.pos), -1);
    state.stack = [];
    openFrame(state, mark, true);
    return;
  }
  if (mark.family === top.family) {
    sameFamily(state, mark);
    return;
  }
  otherFamily(state, mark);
}

function sameFamily(state: ParagraphState, mark: QuoteMark): void {
  if (mark.role !== "open") {
    closeFrame(state, mark);
    return;
  }
  pushNested(state, mark);
}

function otherFamily(state: ParagraphState, mark: QuoteMark): void {
  const outer = state.stack[0] as Frame;
  const innerIndex = state.stack.findLastIndex((f) => f.family === mark.family);
  if (mark.role === "close" || (mark.role === "either" && innerIndex >= 0)) {
    if (innerIndex < 0) return; // an apostrophe such as Souness' or a stray mark
    // Closing an outer frame ends the unfinished frames nested inside it.
    state.stack.length = innerIndex + 1;
    closeFrame(state, mark);
    return;
  }
  if (!outer.primary && mark.family === state.primary) {
    // A secondary-style frame never holds the article's own quotations: it was an apostrophe.
    state.stack = [];
    openFrame(state, mark, false);
    return;
  }
  if (mark.afterDigit === true) return;
  pushNested(state, mark);
}

/** Quotations nest a few levels deep at most; past that, more opening marks are read as text. */
const MAX_DEPTH = 6;

function pushNested(state: ParagraphState, mark: QuoteMark): void {
  if (state.stack.length >= MAX_DEPTH) return;
  state.stack.push(frame(state, mark, false, false));
}

// One object literal, no spread: this runs for every opening mark of the article.
function frame(state: ParagraphState, mark: QuoteMark, reopened: boolean, continues: boolean) {
  return {
    family: mark.family,
    open: mark.pos,
    length: mark.length,
    primary: mark.family === state.primary,
    reopened,
    continues,
  };
}

function openFrame(state: ParagraphState, mark: QuoteMark, reopened: boolean): void {
  const atStart = mark.pos === state.paragraph.start;
  state.stack.push(
    frame(state, mark, reopened, atStart && state.continues && mark.family === state.primary),
  );
}

function closeFrame(state: ParagraphState, mark: QuoteMark): void {
  const frame = state.stack.pop();
  if (frame !== undefined && state.stack.length === 0) {
    emit(state, frame, mark.pos, mark.pos, mark.pos + mark.length);
  }
}

function emit(
  state: ParagraphState,
  frame: Frame,
  endAt: number,
  close: number,
  outerEnd = endAt,
): void {
  const { text } = state;
  let start = frame.open + frame.length;
  let end = endAt;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  state.out.push({
    start,
    end,
    open: frame.open,
    close,
    outerEnd: Math.max(outerEnd, end),
    family: frame.family,
    primary: frame.primary,
    paragraph: state.paragraph.index,
    reopened: frame.reopened,
    continues: frame.continues,
  });
}

/** Closes what the paragraph left open; returns whether its last quotation ran to the end. */
function finishParagraph(state: ParagraphState): boolean {
  const outer = state.stack[0];
  if (outer === undefined) return false;
  const { paragraph } = state;
  state.stack = [];
  if (!outer.primary && outer.family === "single") return false;
  // A single mark left open is often an apostrophe ('em); keep it only where a quotation begins.
  if (outer.family === "single" && !opensQuotation(state.text, outer.open, paragraph.start))
    return false;
  emit(state, outer, paragraph.end, -1);
  return outer.primary;
}

/**
 * True when a mark opens its paragraph, follows a colon or a comma (said: 'Nobody ...), or opens a
 * sentence with a capital ('a fiction'. 'Ask the people ...): where a quotation begins.
 */
function opensQuotation(text: string, open: number, floor: number): boolean {
  let i = open - 1;
  while (i >= floor && isSpace(text.charCodeAt(i))) i--;
  if (i < floor || text[i] === ":" || text[i] === ",") return true;
  return endsSentence(text, open, floor) && /\p{Lu}/u.test(text[open + 1] ?? "");
}

/** True when the text before `pos` ends a sentence: terminal punctuation, maybe closing marks. */
function endsSentence(text: string, pos: number, floor: number): boolean {
  let i = pos - 1;
  while (i >= floor && isSpace(text.charCodeAt(i))) i--;
  if (i === pos - 1) return false;
  while (i >= floor && /['’)\]]/.test(text[i] ?? "")) i--;
  return i >= floor && /[.!?…]/.test(text[i] ?? "");
}

function trimEnd(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
