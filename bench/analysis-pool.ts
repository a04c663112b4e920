// What running the analysis in the worker pool costs the main thread: for the seed article and for
// large and hostile ones, the briefing's time on the calling thread, then through the pool its wall
// time, the main thread's busy time (posting the article, reading the result back) and its longest
// pause. Run through `npm run bench -- --only pool`, or `npx tsx bench/analysis-pool.ts`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { serialize } from "node:v8";
import { analyzeArticle } from "../src/analyze.ts";
import { brief } from "../src/summary/brief.ts";
import { createAnalysisPool } from "../src/workers/analysis-pool.ts";
import { shapeNamed } from "./shapes.ts";

/** One input through the pool. */
export interface PoolTiming {
  readonly name: string;
  readonly chars: number;
  /** Size of the result as the structured clone sends it. */
  readonly resultMb: number;
  readonly inThreadMs: number;
  readonly poolWallMs: number;
  /** Main-thread time spent on the call (event-loop utilisation), mostly reading the result back. */
  readonly mainThreadMs: number;
  readonly longestPauseMs: number;
}

function inputs(): Array<{ name: string; text: string }> {
  const seed = readFileSync(
    join(import.meta.dirname, "..", "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"),
    "utf8",
  );
  const shape = (name: string) => shapeNamed(name).make(2_000_000);
  return [
    { name: "seed article", text: seed },
    { name: "seed ×100", text: Array.from({ length: 100 }, () => seed).join("\n\n") },
    { name: "tiny paragraphs 2M", text: shape("tiny paragraphs") },
    { name: "quote-dense 2M", text: shape("quote-dense") },
    { name: "run of dots 2M", text: shape("run of dots") },
  ];
}

/** Wall time and main-thread busy time of one call, then the longest pause of another. */
async function timeInPool(
  pool: ReturnType<typeof createAnalysisPool>,
  text: string,
): Promise<{ wallMs: number; mainMs: number; pauseMs: number }> {
  const elu = performance.eventLoopUtilization();
  const started = performance.now();
  await pool.brief({ text }, {});
  const wallMs = performance.now() - started;
  const mainMs = performance.eventLoopUtilization(elu).active;
  // A second call with a timer watching the event loop (the timer itself keeps it a little busy).
  let last = performance.now();
  let pauseMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    pauseMs = Math.max(pauseMs, now - last);
    last = now;
  }, 1);
  await pool.brief({ text }, {});
  clearInterval(timer);
  return { wallMs, mainMs, pauseMs: Math.max(pauseMs, performance.now() - last) };
}

/** Times each input on the calling thread and through a pool of one worker. */
export async function benchPool(): Promise<PoolTiming[]> {
  const pool = createAnalysisPool({ timeoutMs: 120_000, size: 1 });
  const out: PoolTiming[] = [];
  try {
    await pool.analyze({ text: "A warm-up sentence." });
    for (const { name, text } of inputs()) {
      brief(analyzeArticle({ text }), {});
      const started = performance.now();
      const analysis = analyzeArticle({ text });
      const result = { analysis, briefing: brief(analysis, {}) };
      const inThreadMs = performance.now() - started;
      const resultMb = serialize(result).length / 1e6;
      const timing = await timeInPool(pool, text);
      out.push({
        name,
        chars: text.length,
        resultMb,
        inThreadMs,
        poolWallMs: timing.wallMs,
        mainThreadMs: timing.mainMs,
        longestPauseMs: timing.pauseMs,
      });
    }
  } finally {
    await pool.close();
  }
  return out;
}

/** The timings as a table for a terminal. */
export function formatPool(rows: readonly PoolTiming[]): string {
  const lines = [
    "analysis + briefing: calling thread vs worker pool (main thread busy = mostly copying back)",
    "  input                    chars   result   in-thread   pool wall   main busy   longest pause",
  ];
  for (const r of rows) {
    lines.push(
      `  ${r.name.padEnd(20)} ${String(r.chars).padStart(9)} ${r.resultMb.toFixed(1).padStart(6)} MB ${r.inThreadMs.toFixed(0).padStart(8)} ms ${r.poolWallMs.toFixed(0).padStart(8)} ms ${r.mainThreadMs.toFixed(0).padStart(8)} ms ${r.longestPauseMs.toFixed(0).padStart(10)} ms`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The module `bench/run.ts` registers. */
export async function runPoolBench(): Promise<string> {
  return formatPool(await benchPool());
}

if (process.argv[1] !== undefined && /bench\/analysis-pool\.ts$/.test(process.argv[1])) {
  process.stdout.write(await runPoolBench());
}
