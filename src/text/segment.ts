import { noName } from "../no-name.ts";
import { createScanner, type Scanner } from "./scan.ts";
import { isSpace, type Paragraph, type Sentence, type TextModel, trimSpan } from "./span.ts";

/** Abbreviations that come before a name or number and so never end a sentence. */
const PREFIX_ABBREVIATIONS = new Set(
  (
    "mr mrs ms mssrs messrs mme mlle dr prof sen sens rep reps gov gen lt col capt cpt sgt adm cmdr " +
    "maj rev fr hon pres supt det insp cpl pvt sr jr st ft mt no nos vs v cf fig figs vol ed eds " +
    "approx dept univ assn bros ave blvd rd e.g i.e viz al op"
  ).split(" "),
);

/** Month abbreviations: "Jan. 20" is one sentence, "in Jan. The ..." is two. */
const MONTH_ABBREVIATIONS = new Set("jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));

/** Words that, capitalised after an abbreviation such as "U.S.", show a new sentence has begun. */
const SENTENCE_STARTERS = new Set(
  (
    "the a an he she it they we i you his her its their our this that these those there here " +
    "but and or so yet if when while after before as in on at by for from with without since " +
    "although though however meanwhile also mr mrs ms dr what who why how where then now still " +
    "many some most more one two three both all no not officials police"
  ).split(" "),
);

const OPENERS = new Set(['"', "'", "“", "‘", "«", "(", "[", "¿", "¡", "—", "-"]);

/** Splits an article into paragraphs and sentences, keeping offsets into the original text. */
export function segmentText(text: string): TextModel {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const boundaries = createScanner(BOUNDARY, text);
  for (const paragraph of paragraphs) {
    splitSentences(text, paragraph, boundaries, sentences);
  }
  return { text, paragraphs, sentences };
}

/**
 * Paragraphs end at blank lines and at line breaks, except where a line break only wraps
 * running text (the next line starts in lower case). A form feed or vertical tab always ends one
 * (some exports separate paragraphs or pages with them).
 */
export function splitParagraphs(text: string): Paragraph[] {
  if (!/[\f\v]/.test(text)) return splitLines(text, 0, text.length);
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const found of text.matchAll(/[\f\v]/g)) {
    for (const p of splitLines(text, start, found.index)) {
      paragraphs.push({ ...p, index: paragraphs.length });
    }
    start = found.index + 1;
  }
  for (const p of splitLines(text, start, text.length)) {
    paragraphs.push({ ...p, index: paragraphs.length });
  }
  return paragraphs;
}

/** The paragraphs of `text` between `from` and `to`, split at line breaks. */
function splitLines(text: string, from: number, to: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blockStart = from;
  let pos = from;
  const push = noName((start: number, end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) {
      paragraphs.push({ start: span.start, end: span.end, index: paragraphs.length });
    }
  });
  while (pos < to) {
    const newline = text.indexOf("\n", pos);
    if (newline === -1 || newline >= to) break;
    const next = nextNonSpaceOnLine(text, newline + 1, to);
    const blank = next >= to || text[next] === "\n" || text[next] === "\r";
    const wraps = !blank && isLowerStart(text, next) && !endsTerminal(text, blockStart, newline);
    if (!wraps) {
      push(blockStart, newline);
      blockStart = newline + 1;
    }
    pos = newline + 1;
  }
  push(blockStart, to);
  return paragraphs;
}

function nextNonSpaceOnLine(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text[i] !== "\n" && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isLowerStart(text: string, at: number): boolean {
  const ch = text[at] ?? "";
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function endsTerminal(text: string, start: number, end: number): boolean {
  const span = trimSpan(text, start, end);
  if (span.end <= span.start) return true;
  return /[.!?:"”’)]$/.test(text.slice(span.end - 1, span.end));
}

// A run of marks is only tried from its first mark (the look-behind): tried from every mark of a
// run with no space after it ("He left. ....x"), each try scanned to the end of the run, quadratic.
const BOUNDARY = /(?<![.!?…])[.!?…]+[)"'”’»\]]*(?=\s)/;

function splitSentences(
  text: string,
  paragraph: Paragraph,
  boundaries: Scanner,
  out: Sentence[],
): void {
  let start = paragraph.start;
  let from = paragraph.start;
  for (;;) {
    const match = boundaries(from);
    if (match === null || match.index >= paragraph.end) break;
    const end = match.index + match[0].length;
    from = end;
    const next = skipSpace(text, end, paragraph.end);
    if (next >= paragraph.end) break;
    if (isBoundary(text, match.index, match[0], next)) {
      pushSentence(text, start, end, paragraph.index, out);
      start = next;
    }
  }
  pushSentence(text, start, paragraph.end, paragraph.index, out);
}

function pushSentence(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  out: Sentence[],
) {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) {
    out.push({ start: span.start, end: span.end, index: out.length, paragraph });
  }
}

function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isBoundary(text: string, at: number, mark: string, next: number): boolean {
  const nextChar = text[next] ?? "";
  if (!startsSentence(nextChar)) return false;
  if (mark[0] !== "." || mark.startsWith("...")) return true;
  if (mark.length > 1 && /[)"'”’»\]]$/.test(mark)) return true;
  const word = wordBefore(text, at);
  const lower = word.toLowerCase();
  const nextWord = wordAt(text, next).toLowerCase();
  if (PREFIX_ABBREVIATIONS.has(lower)) return false;
  if (MONTH_ABBREVIATIONS.has(lower))
    return !/\d/.test(nextChar) && SENTENCE_STARTERS.has(nextWord);
  if (/^\p{Lu}$/u.test(word)) return false;
  if (word.includes(".") || /^(inc|corp|co|ltd|plc|llc|etc|jr|sr)$/.test(lower)) {
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

function startsSentence(ch: string): boolean {
  if (ch === "") return false;
  if (OPENERS.has(ch)) return true;
  if (/\d/.test(ch)) return true;
  return ch !== ch.toLowerCase() || (ch === ch.toUpperCase() && /\p{L}/u.test(ch));
}

/** The word (letters and inner dots) that ends right before `at`, e.g. "U.S" before the final dot. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && isLetterOrDot(text, i - 1)) i--;
  return text.slice(i, at).replace(/^\.+/, "");
}

function wordAt(text: string, at: number): string {
  let i = at;
  while (i < text.length && OPENERS.has(text[i] ?? "")) i++;
  const start = i;
  while (i < text.length && isLetter(text, i)) i++;
  return text.slice(start, i);
}

// Character tests of the word readers above, one code unit at a time as before; ASCII is told by
// its code, without a regular expression per character.
const LETTER = /\p{L}/u;
const LETTER_OR_DOT = /[\p{L}.]/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? isAsciiLetter(code) : LETTER.test(text[i] as string);
}

function isLetterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? code === 46 || isAsciiLetter(code) : LETTER_OR_DOT.test(text[i] as string);
}
