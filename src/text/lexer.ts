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
  /** Index of the outermost quoted span holding it, or -1. */
  readonly quote: number;
}

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
    const word = /[\p{L}\p{N}]/u.test(raw[0] ?? "");
    const span = quoted[q];
    const lexeme = makeLexeme(text, raw, start, word, sentence, initial);
    out.push({ ...lexeme, quote: span !== undefined && span.start <= start ? q : -1 });
    if (word) initial = false;
  }
  return out;
}

function makeLexeme(
  text: string,
  raw: string,
  start: number,
  word: boolean,
  sentence: Sentence,
  initial: boolean,
): Omit<Lexeme, "quote"> {
  let end = start + raw.length;
  let possessive = false;
  let body = raw;
  if (word && /['’][sS]$/.test(raw) && raw.length > 2) {
    possessive = true;
    body = raw.slice(0, -2);
    end -= 2;
  } else if (
    word &&
    /s$/.test(raw) &&
    /['’]/.test(text[end] ?? "") &&
    !/[\p{L}]/u.test(text[end + 1] ?? "")
  ) {
    possessive = true;
  }
  const first = body[0] ?? "";
  return {
    start,
    end,
    text: body,
    lower: body.toLowerCase(),
    word,
    cap: word && first !== first.toLowerCase(),
    possessive,
    sentence: sentence.index,
    paragraph: sentence.paragraph,
    initial: word && initial,
  };
}
