// ROUGE-1, ROUGE-2 and ROUGE-Lsum as Google's rouge-score computes them with use_stemmer=True,
// so newsbrief's numbers compare with published ones: lower case, tokens [a-z0-9]+, NLTK's Porter
// stemmer on tokens longer than 3 characters, F1 = 2PR / (P + R), and ROUGE-Lsum over newline-split
// sentences with the union LCS and ROUGE 1.5.5's guard against counting a token twice.
import { porterStem } from "./porter-stemmer.ts";

/** Precision, recall and F1 of one ROUGE measure, each in [0, 1]. */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The three measures newsbrief reports. */
export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeLsum: RougeScore;
}

export type RougeMeasure = keyof RougeScores;

const ZERO: RougeScore = Object.freeze({ precision: 0, recall: 0, f1: 0 });

const stemCache = new Map<string, string>();

function stemToken(token: string): string {
  if (token.length <= 3) return token;
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = porterStem(token);
    // Bounded, so evaluating a huge corpus cannot grow memory without limit.
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(token, stem);
  }
  return stem;
}

/** Tokenises text the way rouge-score does: lower case, runs of [a-z0-9], stemmed when longer than 3 characters. */
export function rougeTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")) {
    if (raw === "") continue;
    const token = stemToken(raw);
    if (/^[a-z0-9]+$/.test(token)) tokens.push(token);
  }
  return tokens;
}

function fromCounts(overlap: number, predicted: number, target: number): RougeScore {
  const precision = overlap / Math.max(predicted, 1);
  const recall = overlap / Math.max(target, 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between a target (reference) and a prediction, both already tokenised. */
export function rougeN(
  target: readonly string[],
  prediction: readonly string[],
  n: number,
): RougeScore {
  const targetGrams = countNgrams(target, n);
  const predictedGrams = countNgrams(prediction, n);
  let overlap = 0;
  for (const [gram, count] of targetGrams)
    overlap += Math.min(count, predictedGrams.get(gram) ?? 0);
  return fromCounts(
    overlap,
    Math.max(prediction.length - n + 1, 0),
    Math.max(target.length - n + 1, 0),
  );
}

/** Indexes into `ref` of one longest common subsequence, read back exactly as rouge-score does. */
export function lcsIndexes(ref: readonly string[], can: readonly string[]): number[] {
  const cols = can.length + 1;
  const table = new Int32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? (table[(i - 1) * cols + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * cols + j] ?? 0, table[i * cols + j - 1] ?? 0);
    }
  }
  const indexes: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      indexes.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] ?? 0) > (table[(i - 1) * cols + j] ?? 0)) j--;
    else i--;
  }
  return indexes.reverse();
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** Summary-level ROUGE-L (ROUGE-Lsum) between tokenised reference and candidate sentences. */
export function rougeLsum(
  reference: readonly (readonly string[])[],
  candidate: readonly (readonly string[])[],
): RougeScore {
  const m = reference.reduce((sum, s) => sum + s.length, 0);
  const n = candidate.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return ZERO;
  const refLeft = countTokens(reference);
  const canLeft = countTokens(candidate);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const can of candidate) for (const index of lcsIndexes(ref, can)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = ref[index] ?? "";
      const r = refLeft.get(token) ?? 0;
      const c = canLeft.get(token) ?? 0;
      if (r > 0 && c > 0) {
        hits++;
        refLeft.set(token, r - 1);
        canLeft.set(token, c - 1);
      }
    }
  }
  return fromCounts(hits, n, m);
}

function sentencesOf(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map(rougeTokens);
}

/** Scores a prediction against one reference; sentences of both are separated by newlines (for ROUGE-Lsum). */
export function scoreRouge(reference: string, prediction: string): RougeScores {
  const target = rougeTokens(reference);
  const predicted = rougeTokens(prediction);
  return {
    rouge1: rougeN(target, predicted, 1),
    rouge2: rougeN(target, predicted, 2),
    rougeLsum: rougeLsum(sentencesOf(reference), sentencesOf(prediction)),
  };
}

/** Scores a prediction against several references, keeping for each measure the one with the best F1 (rouge-score's score_multi). */
export function scoreRougeMax(references: readonly string[], prediction: string): RougeScores {
  const all = references.map((reference) => scoreRouge(reference, prediction));
  const best = (measure: RougeMeasure): RougeScore =>
    all.reduce<RougeScore | null>(
      (top, scores) => (top === null || scores[measure].f1 > top.f1 ? scores[measure] : top),
      null,
    ) ?? ZERO;
  return { rouge1: best("rouge1"), rouge2: best("rouge2"), rougeLsum: best("rougeLsum") };
}
