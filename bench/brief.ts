// Benchmark of the whole briefing (analysis + brief) per article, and how it grows with length.
// `npx tsx bench/brief.ts [corpus.jsonl]`: articles from a JSONL of {"text"} records (default: the
// seed article and the summary fixtures). Prints the median and p95 time per article, the time
// scaled to a 700-word article, and the time per word at 1x, 4x and 16x an article's length.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../src/analyze.ts";
import { brief } from "../src/summary/brief.ts";
import { countWords } from "../src/text/tokens.ts";
import { medianMs, quantile, timingSummary } from "./stats.ts";

const root = join(import.meta.dirname, "..");

/** What the brief benchmark measured. */
export interface BriefBenchResult {
  readonly articles: number;
  readonly medianWords: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  /** Median of each article's time scaled to 700 words. */
  readonly medianMsPer700Words: number;
  /** The same for the briefing alone, on an article already analysed. */
  readonly briefingMsPer700Words: number;
  /** Microseconds per word when one article is repeated 1, 4 and 16 times: flat means linear. */
  readonly microsPerWordAtScale: Readonly<Record<"1x" | "4x" | "16x", number>>;
}

function loadCorpus(path: string | undefined): string[] {
  if (path === undefined) {
    return [
      join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"),
      join(root, "tests", "fixtures", "summary", "riverton-flood-barrier.txt"),
      join(root, "tests", "fixtures", "summary", "harbor-strike.txt"),
    ].map((file) => readFileSync(file, "utf8"));
  }
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .filter((text) => typeof text === "string" && text.trim() !== "");
}

/** Runs the benchmark on a corpus of article texts. */
export function benchBrief(texts: readonly string[]): BriefBenchResult {
  for (const text of texts) brief(analyzeArticle({ text })); // warm up the JIT
  const runs = texts.length < 20 ? 15 : 3;
  const samples = texts.map((text) => {
    const analysis = analyzeArticle({ text });
    return {
      words: countWords(text),
      ms: medianMs(() => brief(analyzeArticle({ text })), runs),
      briefingMs: medianMs(() => brief(analysis), runs),
    };
  });
  const per700 = (ms: (s: (typeof samples)[number]) => number): number =>
    quantile(
      samples.map((s) => (ms(s) * 700) / Math.max(1, s.words)),
      0.5,
    );
  const typical =
    [...texts].sort((a, b) => countWords(a) - countWords(b))[Math.floor(texts.length / 2)] ?? "";
  const perWord = (times: number): number => {
    const text = Array.from({ length: times }, () => typical).join("\n\n");
    return (1000 * medianMs(() => brief(analyzeArticle({ text })), 3)) / countWords(text);
  };
  return {
    articles: samples.length,
    medianWords: quantile(
      samples.map((s) => s.words),
      0.5,
    ),
    ...timingSummary(samples.map((s) => s.ms)),
    medianMsPer700Words: per700((s) => s.ms),
    briefingMsPer700Words: per700((s) => s.briefingMs),
    microsPerWordAtScale: { "1x": perWord(1), "4x": perWord(4), "16x": perWord(16) },
  };
}

/** The result as lines for a terminal. */
export function formatBriefBench(result: BriefBenchResult): string {
  const scale = result.microsPerWordAtScale;
  return [
    `brief (analysis + briefing) on ${result.articles} articles, median ${result.medianWords} words`,
    `  median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms per article`,
    `  median ${result.medianMsPer700Words.toFixed(2)} ms per 700 words, of which the briefing alone ${result.briefingMsPer700Words.toFixed(2)} ms (budget 3 ms)`,
    `  µs per word at 1x / 4x / 16x length: ${scale["1x"].toFixed(2)} / ${scale["4x"].toFixed(2)} / ${scale["16x"].toFixed(2)}`,
    "",
  ].join("\n");
}

if (process.argv[1] !== undefined && /bench\/brief\.ts$/.test(process.argv[1])) {
  process.stdout.write(formatBriefBench(benchBrief(loadCorpus(process.argv[2]))));
}
