import type { Span, Token } from "./span.ts";

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Splits a span of text into word and number tokens ("U.S.", "don't", "3.5" stay whole). */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const match of slice.matchAll(WORD)) {
    const start = span.start + match.index;
    tokens.push({ start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}

/** Counts the words in a text without building tokens. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
