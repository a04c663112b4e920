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

/**
 * The tokens, as a pattern: a word (letters and digits, joined by - ' ’ . or &) or any one other
 * character that is not a space. `nextToken` finds exactly its matches by hand: a regular
 * expression search allocated a match array and a string per token, a fifth of the lexer's time.
 */
export const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const SPACE = 1;
const LETTER_OR_DIGIT = 2;
const OTHER = 3;
const IS_SPACE = /^\s$/u;
const IS_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Class of each code point of the Basic Multilingual Plane, filled in on first sight (0: not yet). */
const BMP_CLASS = new Uint8Array(0x10000);

/** SPACE, LETTER_OR_DIGIT or OTHER, as TOKEN's \s and [\p{L}\p{N}] tell them. */
function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) {
      return LETTER_OR_DIGIT;
    }
    return cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : OTHER;
  }
  if (cp < 0x10000) {
    const known = BMP_CLASS[cp] as number;
    if (known !== 0) return known;
    const found = classOfUnicode(cp);
    BMP_CLASS[cp] = found;
    return found;
  }
  return classOfUnicode(cp);
}

function classOfUnicode(cp: number): number {
  const char = String.fromCodePoint(cp);
  if (IS_LETTER_OR_DIGIT.test(char)) return LETTER_OR_DIGIT;
  return IS_SPACE.test(char) ? SPACE : OTHER;
}

/** The code point at `i` (a lone surrogate counts as one, as in a /u pattern). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) as number;
}

/**
 * Code units of the letter or digit (\p{L} or \p{N}) at `i`, or 0 when the character there is
 * none, for other stages that read words by hand.
 */
export function letterOrDigitUnits(text: string, i: number): number {
  const cp = codePointAt(text, i);
  return classOf(cp) === LETTER_OR_DIGIT ? unitsOf(cp) : 0;
}

/** Code units of code point `cp`. */
function unitsOf(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** One of the characters that join the parts of a word: - ' ’ . & */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38;
}

/** Where a run of letters and digits starting at `i` ends. */
function endOfRun(text: string, i: number): number {
  let at = i;
  while (at < text.length) {
    const cp = codePointAt(text, at);
    if (classOf(cp) !== LETTER_OR_DIGIT) break;
    at += unitsOf(cp);
  }
  return at;
}

/**
 * The next match of TOKEN at or after `from`: its start in `found.start`, its end in `found.end`
 * and whether it is a word; false when there is none.
 */
export function nextToken(
  text: string,
  from: number,
  found: { start: number; end: number; word: boolean },
): boolean {
  let i = from;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const kind = classOf(cp);
    if (kind === SPACE) {
      i += unitsOf(cp);
      continue;
    }
    found.start = i;
    if (kind === OTHER) {
      found.end = i + unitsOf(cp);
      found.word = false;
      return true;
    }
    let end = endOfRun(text, i);
    // Greedy, like the pattern: a joiner is taken only with letters or digits after it.
    while (end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
      const after = endOfRun(text, end + 1);
      if (after === end + 1) break;
      end = after;
    }
    found.end = end;
    found.word = true;
    return true;
  }
  return false;
}

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
  const token = { start: 0, end: 0, word: false };
  for (let from = 0; nextToken(text, from, token); from = token.end) {
    const start = token.start;
    while (s < sentences.length && (sentences[s] as Sentence).end <= start) s++;
    while (q < quoted.length && (quoted[q] as Span).end <= start) q++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.start > start) continue;
    if (sentence.index !== lastSentence) {
      lastSentence = sentence.index;
      initial = true;
    }
    const raw = text.slice(start, token.end);
    const word = token.word;
    const span = quoted[q];
    const quote = span !== undefined && span.start <= start ? q : NOT_QUOTED;
    out.push(makeLexeme(text, raw, start, token.end, word, sentence, initial, quote));
    if (word) initial = false;
  }
  return out;
}

// The helpers below read the article's `text` by offset, never the token's own string: a token is
// an internalised one-character string, a sequential or a sliced string, one- or two-byte, and a
// property read on strings of that many shapes (`raw.length`, `raw.charCodeAt`, `body.toLowerCase`)
// is a megamorphic look-up in V8's optimised code, about 2% of the analysis's instructions.

/** The code unit at `start` is an upper-case letter (as `first !== first.toLowerCase()`). */
function startsUpper(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[start] ?? "";
  return first !== first.toLowerCase();
}

/**
 * 2 for a word (`start` to `end` of `text`) ending in 's or ’s, 1 for one ending in s followed by an
 * apostrophe, else 0.
 */
function possessiveLength(text: string, start: number, end: number): number {
  const lastCode = text.charCodeAt(end - 1);
  if (lastCode !== 115 && lastCode !== 83) return 0;
  if (end - start > 2) {
    const mark = text.charCodeAt(end - 2);
    if (mark === 39 || mark === 0x2019) return 2;
  }
  const next = text[end] ?? "";
  if (lastCode === 115 && (next === "'" || next === "’") && !/[\p{L}]/u.test(text[end + 1] ?? "")) {
    return 1;
  }
  return 0;
}

/** `String.prototype.toLowerCase`, called with a receiver: no property look-up on the string. */
const toLowerCase = String.prototype.toLowerCase;

// One object literal per lexeme (no spreads): this runs for every word of the article.
function makeLexeme(
  text: string,
  raw: string,
  start: number,
  rawEnd: number,
  word: boolean,
  sentence: Sentence,
  initial: boolean,
  quote: number,
): Lexeme {
  // "Vox's" keeps "Vox" as its text; "Souness'" keeps its word and leaves the mark outside.
  const owned = word ? possessiveLength(text, start, rawEnd) : 0;
  const end = owned === 2 ? rawEnd - 2 : rawEnd;
  const body = owned === 2 ? text.slice(start, end) : raw;
  const possessive = owned > 0;
  return {
    start,
    end,
    text: body,
    lower: toLowerCase.call(body),
    word,
    cap: word && startsUpper(text, start),
    possessive,
    sentence: sentence.index,
    paragraph: sentence.paragraph,
    initial: word && initial,
    quote,
  };
}
