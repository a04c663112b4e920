import { letterOrDigitUnits } from "./lexer.ts";
import type { Paragraph } from "./span.ts";
import { SPEECH_VERB_IN_TEXT } from "./speech-verbs.ts";

const SMALL = new Set(
  "a an the of and or in on at to for with from by as but is are be vs".split(" "),
);

/**
 * Paragraphs that are headlines, captions or credits rather than prose: no final punctuation and
 * either title case or the article's first line. Quotations there summarise, they are not speech.
 */
export function headlineParagraphs(text: string, paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  // A text of one paragraph is the article itself, whatever it looks like.
  if (paragraphs.length < 2) return out;
  for (const p of paragraphs) {
    if (p.end - p.start > 300) continue;
    const body = text.slice(p.start, p.end);
    const terminal = /[.!?:;…]["'”’)\]»]*$/.test(body);
    // A sentence-like paragraph is only a headline in title case, which a long one never is.
    if (terminal && body.length > 160) continue;
    const counts = countWords(body, terminal);
    if (counts === undefined) continue;
    const { words, content, capitals } = counts;
    const ratio = content === 0 ? 0 : capitals / content;
    // Some feeds end their headlines with a period; full title case still gives them away.
    if (terminal && !(ratio >= 0.8 && words >= 3)) continue;
    if (ratio >= 0.6 || (p.index === 0 && !SPEECH_VERB_IN_TEXT.test(body))) out.add(p.index);
  }
  return out;
}

const UPPER_START = /^\p{Lu}/u;
/** The longest word of SMALL: longer words need no lower-casing to be told apart from them. */
const SMALL_MAX = Math.max(...[...SMALL].map((w) => w.length));

/**
 * Counts a paragraph's words (/[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu, read by hand so that no match
 * array or string is made per word), its content words (not in SMALL) and the capitalised ones, in
 * one pass (this runs on most paragraphs of every article). Undefined for no word or more than 25
 * of them, where it stops counting, or for a `terminal` paragraph that cannot be in title case.
 */
export function countWords(
  body: string,
  terminal: boolean,
): { words: number; content: number; capitals: number } | undefined {
  let words = 0;
  let content = 0;
  let capitals = 0;
  let i = 0;
  while (i < body.length) {
    const first = letterOrDigitUnits(body, i);
    if (first === 0) {
      i += unitsAt(body, i);
      continue;
    }
    const start = i;
    i = wordEnd(body, i + first);
    if (++words > 25) return undefined;
    if (i - start <= SMALL_MAX && isSmall(body, start, i)) continue;
    content++;
    const code = body.charCodeAt(start);
    if (code < 128 ? code >= 65 && code <= 90 : UPPER_START.test(body.slice(start, i))) capitals++;
    // A terminal paragraph is a headline only with 80% of at most 25 content words capitalised:
    // past 5 others it cannot be, and the caller skips it as it skips one of too many words.
    else if (terminal && content - capitals > 5) return undefined;
  }
  return words === 0 ? undefined : { words, content, capitals };
}

/** A word of at most SMALL_MAX ASCII letters, as a number: 5 bits a letter, case folded. */
function smallKey(word: string, start: number, end: number): number {
  let key = 0;
  for (let k = start; k < end; k++) {
    const code = word.charCodeAt(k) | 0x20;
    if (code < 97 || code > 122) return -1;
    key = key * 32 + (code - 96);
  }
  return key;
}

/** SMALL's words as `smallKey` numbers. */
const SMALL_KEYS = new Set([...SMALL].map((w) => smallKey(w, 0, w.length)));

/**
 * `SMALL.has(body.slice(start, end).toLowerCase())` without the two strings, for a word of at most
 * SMALL_MAX units. SMALL's words are ASCII letters, and no other character lower-cases to one of
 * theirs (the Kelvin sign, which becomes "k", is in none), so a word with any other is not small.
 */
function isSmall(body: string, start: number, end: number): boolean {
  const key = smallKey(body, start, end);
  return key >= 0 && SMALL_KEYS.has(key);
}

/** Where a word's tail of letters, digits, apostrophes, periods and hyphens starting at `i` ends. */
function wordEnd(body: string, i: number): number {
  let at = i;
  while (at < body.length) {
    const code = body.charCodeAt(at);
    if (code === 39 || code === 0x2019 || code === 46 || code === 45) {
      at++;
      continue;
    }
    const units = letterOrDigitUnits(body, at);
    if (units === 0) break;
    at += units;
  }
  return at;
}

/** Code units of the character at `i`: 2 for a surrogate pair. */
function unitsAt(text: string, i: number): number {
  return (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}
