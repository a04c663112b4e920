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
  for (const match of text.slice(span.start, span.end).matchAll(WORD)) {
    const word = match[0];
    words++;
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) numbers++;
    else if (words > 1 && word[0] !== word[0]?.toLowerCase()) names++;
    const lower = word.toLowerCase().replace(/['’]s$/, "");
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    terms.push(stemOf(lower));
  }
  return { words, terms, names, numbers };
}

/** A sparse term-weight vector with its Euclidean norm. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** Builds TF-IDF vectors for the sentences, with document frequencies counted over those sentences. */
export function tfidfVectors(sentences: readonly SentenceTerms[]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const term of new Set(sentence.terms)) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const count = sentences.length;
  return sentences.map((sentence) => {
    const weights = new Map<string, number>();
    for (const term of sentence.terms) weights.set(term, (weights.get(term) ?? 0) + 1);
    let squares = 0;
    for (const [term, tf] of weights) {
      const idf = Math.log((count + 1) / ((documentFrequency.get(term) ?? 0) + 0.5));
      const weight = (1 + Math.log(tf)) * idf;
      weights.set(term, weight);
      squares += weight * weight;
    }
    return { weights, norm: Math.sqrt(squares) };
  });
}

/** Cosine similarity of two term vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) dot += weight * (large.weights.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}
