// Benchmark of analyzeArticle (segmentation, people, quotations, speakers, reported speech): time
// per article, articles per second, growth with length, and pathological inputs. Run through
// `npm run bench -- <corpus>`; `npx tsx bench/analysis.ts [corpus.jsonl]` runs it alone.
import { analyzeArticle } from "../src/analyze.ts";
import { countWords } from "../src/text/tokens.ts";
import type { BenchCorpus } from "./run.ts";
import { quantile, timingSummary } from "./stats.ts";

/** What the analysis benchmark measured. */
export interface AnalysisBenchResult {
  readonly articles: number;
  readonly medianWords: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Median of each article's time scaled to 700 words. */
  readonly medianMsPer700Words: number;
  /** The same once V8 has optimised the code: after `steadyRounds` more passes over the corpus. */
  readonly steadyMsPer700Words: number;
  readonly steadyRounds: number;
  /** CPU time of this process per article (median), unaffected by other busy processes. */
  readonly medianCpuMs: number;
  readonly articlesPerSecond: number;
  /** One article repeated 1, 10 and 100 times: milliseconds, and microseconds per word. */
  readonly growth: ReadonlyArray<{ times: number; words: number; ms: number; usPerWord: number }>;
  readonly pathological: ReadonlyArray<{ name: string; chars: number; ms: number; quotes: number }>;
}

function timed(text: string): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  analyzeArticle({ text });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

function medianOf(text: string, runs: number): number {
  return quantile(
    Array.from({ length: runs }, () => timed(text).ms),
    0.5,
  );
}

/** Inputs that break naive parsers: no punctuation, only quotation marks, one huge sentence. */
export function pathologicalInputs(): Array<{ name: string; text: string }> {
  return [
    { name: "1 MB without punctuation", text: "word ".repeat(200_000).slice(0, 1_000_000) },
    { name: "50,000 quotation marks", text: `He said ${'"'.repeat(50_000)} and left.` },
    {
      name: "one 100 KB sentence",
      text: `Smith said that ${"the rain fell ".repeat(7_200)}today.`,
    },
    { name: "100,000 one-word paragraphs", text: "a\n\nb\n\n".repeat(50_000) },
  ];
}

/** The median article repeated 1, 10 and 100 times: time, and time per word. */
function growthOf(texts: readonly string[]): AnalysisBenchResult["growth"] {
  const byWords = [...texts].sort((a, b) => countWords(a) - countWords(b));
  const middle = byWords[byWords.length >> 1] ?? "";
  return [1, 10, 100].map((times) => {
    const text = Array.from({ length: times }, () => middle).join("\n\n");
    const words = countWords(text);
    const ms = medianOf(text, times === 100 ? 3 : 7);
    return { times, words, ms, usPerWord: (ms * 1000) / Math.max(1, words) };
  });
}

/**
 * Passes over the corpus before the steady-state measure: about 1,000 analyses, at most 15 rounds.
 * One warm-up pass over a small corpus leaves much of the code unoptimised, so the first rounds
 * measure V8's compiler as much as the analysis (a bot process analyses thousands of articles).
 */
function steadyWarmRounds(articles: number): number {
  return Math.min(15, Math.ceil(1000 / Math.max(1, articles)));
}

/** The median time per 700 words over `rounds` passes, after the steady-state warm-up. */
function steadyState(
  texts: readonly string[],
  rounds: number,
): { msPer700Words: number; warmRounds: number } {
  const warmRounds = steadyWarmRounds(texts.length);
  for (let r = 0; r < warmRounds; r++) for (const text of texts) analyzeArticle({ text });
  const scaled: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) scaled.push((timed(text).ms * 700) / Math.max(1, countWords(text)));
  }
  return { msPer700Words: quantile(scaled, 0.5), warmRounds };
}

/** Times every article of the corpus (after a warm-up), then growth and pathological inputs. */
export function benchAnalysis(texts: readonly string[], rounds = 5): AnalysisBenchResult {
  for (const text of texts) analyzeArticle({ text });
  const samples: Array<{ ms: number; cpuMs: number; words: number }> = [];
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) samples.push({ ...timed(text), words: countWords(text) });
  }
  const wall = performance.now() - started;
  const steady = steadyState(texts, rounds);
  const growth = growthOf(texts);
  const pathological = pathologicalInputs().map(({ name, text }) => {
    const started = performance.now();
    const quotes = analyzeArticle({ text }).quotes.length;
    return { name, chars: text.length, ms: performance.now() - started, quotes };
  });
  return {
    articles: texts.length,
    medianWords: quantile(
      samples.map((s) => s.words),
      0.5,
    ),
    ...timingSummary(samples.map((s) => s.ms)),
    medianMsPer700Words: quantile(
      samples.map((s) => (s.ms * 700) / Math.max(1, s.words)),
      0.5,
    ),
    steadyMsPer700Words: steady.msPer700Words,
    steadyRounds: steady.warmRounds,
    medianCpuMs: quantile(
      samples.map((s) => s.cpuMs),
      0.5,
    ),
    articlesPerSecond: (samples.length * 1000) / wall,
    growth,
    pathological,
  };
}

/** The result as lines for a terminal. */
export function formatAnalysisBench(r: AnalysisBenchResult): string {
  const f = (n: number) => n.toFixed(2);
  const base = r.growth[0]?.usPerWord ?? 1;
  return [
    `analyzeArticle on ${r.articles} articles (median ${r.medianWords} words), 5 rounds after a warm-up`,
    `  per article: median ${f(r.medianMs)} ms, p95 ${f(r.p95Ms)} ms, max ${f(r.maxMs)} ms; scaled to 700 words: median ${f(r.medianMsPer700Words)} ms`,
    `  steady state (after ${r.steadyRounds} more passes, code optimised): median ${f(r.steadyMsPer700Words)} ms per 700 words`,
    `  CPU time per article (this process only): median ${f(r.medianCpuMs)} ms`,
    `  throughput: ${r.articlesPerSecond.toFixed(0)} articles/s on one core`,
    "  growth (the median article repeated):",
    ...r.growth.map(
      (g) =>
        `    ${String(g.times).padStart(3)}x  ${String(g.words).padStart(7)} words  ${f(g.ms).padStart(9)} ms  ${g.usPerWord.toFixed(2)} µs/word (${(g.usPerWord / base).toFixed(2)}× the 1x rate)`,
    ),
    "  pathological inputs:",
    ...r.pathological.map(
      (p) =>
        `    ${p.name.padEnd(26)} ${String(p.chars).padStart(9)} chars  ${f(p.ms).padStart(9)} ms  ${p.quotes} quotes`,
    ),
    "",
  ].join("\n");
}

/** The module `bench/run.ts` registers. */
export function runAnalysisBench(corpus: BenchCorpus): string {
  return formatAnalysisBench(benchAnalysis(corpus.texts));
}

if (process.argv[1] !== undefined && /bench\/analysis\.ts$/.test(process.argv[1])) {
  const { readCorpus } = await import("./run.ts");
  process.stdout.write(runAnalysisBench(readCorpus(process.argv.slice(2))));
}
