// Each pathological shape's cost at 100,000 and 2,000,000 characters (the input cap): the CPU time
// of analysing and briefing it, and the growth from one size to the next. Run through
// `npm run bench -- --only shapes`, or `npx tsx bench/shapes-bench.ts [--sizes 100000,2000000]`.
import { analyzeArticle } from "../src/analyze.ts";
import { brief } from "../src/summary/brief.ts";
import { SHAPES } from "./shapes.ts";

/** One shape at one size: milliseconds of CPU for the analysis and for the briefing after it. */
export interface ShapeTiming {
  readonly shape: string;
  readonly chars: number;
  readonly analysisMs: number;
  readonly briefMs: number;
}

function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Times every shape at every size (the best of `runs` tries, to leave out other processes' noise). */
export function benchShapes(sizes: readonly number[], runs = 2): ShapeTiming[] {
  const out: ShapeTiming[] = [];
  for (const shape of SHAPES) {
    for (const chars of sizes) {
      const text = shape.make(chars);
      let analysisMs = Number.POSITIVE_INFINITY;
      let briefMs = Number.POSITIVE_INFINITY;
      for (let r = 0; r < runs; r++) {
        let analysis: ReturnType<typeof analyzeArticle> | undefined;
        analysisMs = Math.min(
          analysisMs,
          cpuMs(() => (analysis = analyzeArticle({ text }))),
        );
        briefMs = Math.min(
          briefMs,
          cpuMs(() => brief(analysis as ReturnType<typeof analyzeArticle>)),
        );
      }
      out.push({ shape: shape.name, chars: text.length, analysisMs, briefMs });
    }
  }
  return out;
}

/** The timings as a table for a terminal. */
export function formatShapes(rows: readonly ShapeTiming[]): string {
  const lines = ["pathological shapes: CPU ms (best of 2), analysis + briefing"];
  for (const row of rows) {
    const total = row.analysisMs + row.briefMs;
    lines.push(
      `  ${row.shape.padEnd(24)} ${String(row.chars).padStart(9)} chars  ${total.toFixed(0).padStart(7)} ms  (analysis ${row.analysisMs.toFixed(0)}, brief ${row.briefMs.toFixed(0)})`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function sizesFrom(argv: readonly string[]): number[] {
  const at = argv.indexOf("--sizes");
  const value = at === -1 ? undefined : argv[at + 1];
  return value === undefined ? [100_000, 2_000_000] : value.split(",").map(Number);
}

/** The module `bench/run.ts` registers. */
export function runShapesBench(): string {
  return formatShapes(benchShapes(sizesFrom(process.argv)));
}

if (process.argv[1] !== undefined && /bench\/shapes-bench\.ts$/.test(process.argv[1])) {
  process.stdout.write(runShapesBench());
}
