import type { Sentence, Span } from "./span.ts";

/** A word, or one punctuation character, with where it sits in the article. */
export interface Lexeme extends Span {
  readonly text: string;
  readonly lower: string;
  readonly word: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Ends in a possessive: "Vox's", "Souness'" (the mark itself is not part of `end`). */
  readonly possessive: boolean;
  readonly sentence: number;
  readonly paragraph: number;
  /** First word of its sentence (after any opening marks or brackets). */
  readonly initial: boolean;
  /** Index of the outermost quoted span holding it, or NOT_QUOTED. */
  readonly quote: number;
}

/** Lexeme.quote of a word outside every quoted span. */
export const NOT_QUOTED = -1;

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Splits the text into words and punctuation in one pass, tagging each with its sentence,
 * paragraph and the quoted span around it (`quoted` in text order, outer bounds).
 */
export function lexText(
  text: string,
  sentences: readonly Sentence[],
  quoted: readonly Span[],
): Lexeme[] {
  const out: Lexeme[] = [];
  let s = 0;
  let q = 0;
  let initial = true;
  let lastSentence = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    while (s < sentences.length && (sentences[s] as Sentence).end <= start) s++;
    while (q < quoted.length && (quoted[q] as Span).end <= start) q++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.start > start) continue;
    if (sentence.index !== lastSentence) {
      lastSentence = sentence.index;
      initial = true;
    }
    const raw = m[0];
    const word = isWordStart(raw.charCodeAt(0), raw);
    const span = quoted[q];
    const quote = span !== undefined && span.start <= start ? q : NOT_QUOTED;
    out.push(makeLexeme(text, raw, start, word, sentence, initial, quote));
    if (word) initial = false;
  }
  return out;
}

function isWordStart(code: number, raw: string): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
    return true;
  }
  return code > 127 && /^[\p{L}\p{N}]/u.test(raw);
}

function startsUpper(body: string): boolean {
  const code = body.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = body[0] ?? "";
  return first !== first.toLowerCase();
}

/** 2 for a word ending in 's or ’s, 1 for one ending in s followed by an apostrophe, else 0. */
function possessiveLength(text: string, raw: string, start: number): number {
  const lastCode = raw.charCodeAt(raw.length - 1);
  if (lastCode !== 115 && lastCode !== 83) return 0;
  const mark = raw[raw.length - 2] ?? "";
  if (raw.length > 2 && (mark === "'" || mark === "’")) return 2;
  const after = start + raw.length;
  const next = text[after] ?? "";
  if (
    lastCode === 115 &&
    (next === "'" || next === "’") &&
    !/[\p{L}]/u.test(text[after + 1] ?? "")
  ) {
    return 1;
  }
  return 0;
}

// One object literal per lexeme (no spreads): this runs for every word of the article.
function makeLexeme(
  text: string,
  raw: string,
  start: number,
  word: boolean,
  sentence: Sentence,
  initial: boolean,
  quote: number,
): Lexeme {
  // "Vox's" keeps "Vox" as its text; "Souness'" keeps its word and leaves the mark outside.
  const owned = word ? possessiveLength(text, raw, start) : 0;
  const body = owned === 2 ? raw.slice(0, -2) : raw;
  const end = start + body.length;
  const possessive = owned > 0;
  return {
    start,
    end,
    text: body,
    lower: body.toLowerCase(),
    word,
    cap: word && startsUpper(body),
    possessive,
    sentence: sentence.index,
    paragraph: sentence.paragraph,
    initial: word && initial,
    quote,
  };
}
