import type { Span } from "../text/span.ts";

/** A word of normalised text and where it sits in the original. */
export interface NormalToken extends Span {
  readonly word: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Longest phrase (in words) a query is matched with; longer queries are cut. */
export const MAX_PHRASE_WORDS = 40;

/**
 * Words of a text, lower case, apostrophes unified, punctuation and quotation marks dropped, so
 * "Don’t" matches "don't" and "pile-em-high," matches "pile em high".
 */
export function normalTokens(text: string, offset = 0): NormalToken[] {
  const out: NormalToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, word: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

/** Edit distance of two short words, giving up (returning limit + 1) past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** How many typos a word of this length may carry and still count. */
function allowedTypos(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

/** Typos between two words (0 when equal), or Infinity when they are too far apart. */
function wordCost(query: string, candidate: string): number {
  if (query === candidate) return 0;
  const limit = allowedTypos(query);
  if (limit === 0) return Number.POSITIVE_INFINITY;
  const d = editDistance(query, candidate, limit);
  return d <= limit ? d : Number.POSITIVE_INFINITY;
}

/** Where a phrase occurs in a token list, and how many typos it took (0 for an exact match). */
export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  readonly typos: number;
}

/**
 * Finds a phrase in tokens: word for word, or with small typos (one wrong word allowed in phrases of
 * four words or more). Returns the best hit, or undefined.
 */
export function findPhrase(
  phrase: readonly string[],
  tokens: readonly NormalToken[],
): PhraseHit | undefined {
  if (phrase.length === 0 || tokens.length < phrase.length) return undefined;
  const looseWords = phrase.length >= 4 ? 1 : 0;
  let best: PhraseHit | undefined;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let typos = 0;
    let wrong = 0;
    for (let j = 0; j < phrase.length; j++) {
      const cost = wordCost(phrase[j] as string, (tokens[i + j] as NormalToken).word);
      if (cost === Number.POSITIVE_INFINITY) wrong++;
      else typos += cost;
      if (wrong > looseWords) break;
    }
    if (wrong > looseWords) continue;
    const total = typos + wrong * 3;
    if (best === undefined || total < best.typos) {
      best = {
        start: (tokens[i] as NormalToken).start,
        end: (tokens[i + phrase.length - 1] as NormalToken).end,
        typos: total,
      };
      if (total === 0) break;
    }
  }
  return best;
}
