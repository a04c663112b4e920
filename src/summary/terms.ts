import { porterStem } from "../eval/porter-stemmer.ts";
import type { Span } from "../text/span.ts";

/** Function words that say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before " +
    "being below between both but by can could did do does doing down during each even ever few " +
    "for from further had has have having he her here hers herself him himself his how i if in " +
    "into is it its itself just me more most my myself no nor not now of off on once only or other " +
    "our ours ourselves out over own same she should so some such than that the their theirs them " +
    "themselves then there these they this those through to too under until up very was we were " +
    "what when where which while who whom why will with would you your yours yourself yourselves " +
    "said says say told according mr mrs ms dr one two s t don didn doesn isn wasn won't can't " +
    "may might must shall us much many don't"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const stemCache = new Map<string, string>();

/** Porter stems, memoised: news vocabulary repeats, and stemming is the costliest step per word. */
function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /^[a-z]+$/.test(word) ? porterStem(word) : word;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** What the ranker knows about one sentence's words. */
export interface SentenceTerms {
  /** Words in the sentence. */
  readonly words: number;
  /** Stemmed content words (no stopwords), in order, with repeats. */
  readonly terms: readonly string[];
  /** Capitalised words that do not open the sentence: a cheap stand-in for names. */
  readonly names: number;
  /** Tokens with a digit: amounts, ages, dates, scores. */
  readonly numbers: number;
}

/** Reads the words of a span of text into stemmed content terms and simple counts. */
export function sentenceTerms(text: string, span: Span): SentenceTerms {
  const terms: string[] = [];
  let words = 0;
  let names = 0;
  let numbers = 0;
  const slice = text.slice(span.start, span.end);
  // Lower-casing the whole sentence once is cheaper than word by word; a few characters ("İ")
  // change length when lower-cased, and then the offsets no longer line up.
  const lowered = slice.toLowerCase();
  const aligned = lowered.length === slice.length;
  for (const match of slice.matchAll(WORD)) {
    const word = match[0];
    words++;
    const first = word.charCodeAt(0);
    const lowerWord = aligned
      ? lowered.slice(match.index, match.index + word.length)
      : word.toLowerCase();
    if (first >= 48 && first <= 57) numbers++;
    else if (words > 1 && lowerWord.charCodeAt(0) !== first) names++;
    const lower =
      lowerWord.endsWith("'s") || lowerWord.endsWith("’s") ? lowerWord.slice(0, -2) : lowerWord;
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    terms.push(stemOf(lower));
  }
  return { words, terms, names, numbers };
}

/** A sparse term-weight vector: term ids in ascending order, their weights, and the Euclidean norm. */
export interface TermVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly norm: number;
}

/** TF-IDF vectors of a document's sentences over one vocabulary of term ids. */
export interface TermSpace {
  readonly vectors: TermVector[];
  /** How many distinct terms the sentences have: ids run from 0 to size - 1. */
  readonly size: number;
  /** The id of each term. */
  readonly vocabulary: ReadonlyMap<string, number>;
}

/**
 * Builds TF-IDF vectors for the sentences, with document frequencies counted over those sentences.
 * Terms become integer ids once, so every later similarity is arithmetic on sorted arrays.
 */
export function tfidfVectors(sentences: readonly SentenceTerms[]): TermSpace {
  const vocabulary = new Map<string, number>();
  const idsOf = sentences.map((sentence) =>
    sentence.terms.map((term) => {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
      }
      return id;
    }),
  );
  const frequency = new Int32Array(vocabulary.size);
  const lastSeen = new Int32Array(vocabulary.size).fill(-1);
  idsOf.forEach((ids, index) => {
    for (const id of ids) {
      if (lastSeen[id] !== index) {
        lastSeen[id] = index;
        frequency[id] = (frequency[id] ?? 0) + 1;
      }
    }
  });
  const count = sentences.length;
  const vectors = idsOf.map((ids) => {
    const sorted = Int32Array.from(ids).sort();
    const unique: number[] = [];
    const weights: number[] = [];
    let squares = 0;
    for (let i = 0; i < sorted.length; ) {
      const id = sorted[i] ?? 0;
      let tf = 0;
      while (sorted[i] === id) {
        tf++;
        i++;
      }
      const idf = Math.log((count + 1) / ((frequency[id] ?? 0) + 0.5));
      const weight = (1 + Math.log(tf)) * idf;
      unique.push(id);
      weights.push(weight);
      squares += weight * weight;
    }
    return {
      ids: Int32Array.from(unique),
      weights: Float64Array.from(weights),
      norm: Math.sqrt(squares),
    };
  });
  return { vectors, size: vocabulary.size, vocabulary };
}

/** Cosine similarity of two term vectors of one term space (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return dotSparse(a, b) / (a.norm * b.norm);
}

/** Dot product of two sparse vectors by merging their sorted ids. */
export function dotSparse(a: TermVector, b: TermVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) dot += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
