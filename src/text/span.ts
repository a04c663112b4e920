/** A half-open range `[start, end)` of JavaScript string offsets into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A paragraph of the article: a block of text between blank lines (or line breaks). */
export interface Paragraph extends Span {
  readonly index: number;
}

/** A sentence, always inside one paragraph. */
export interface Sentence extends Span {
  readonly index: number;
  /** Index of the paragraph that holds it. */
  readonly paragraph: number;
}

/** A word or number token. */
export interface Token extends Span {
  readonly text: string;
}

/** The article text split into paragraphs and sentences, each with offsets into `text`. */
export interface TextModel {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

/** Returns the text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Shrinks a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** True for ASCII and Unicode whitespace, including non-breaking spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  );
}
