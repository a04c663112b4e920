// `npm run fuzz -- [--count N] [--seed S] [--cap]`: analyses and briefs N generated hostile inputs
// (pathological shapes, random Unicode, unbalanced quotation marks, mutated articles) and counts
// crashes, offset violations and partially overlapping quotations; --cap also runs inputs at the
// 2,000,000-character cap. Prints the worst CPU time; exits 1 on any failure.
import fc from "fast-check";
import { type FuzzInput, hostileInput, inputsAtCap } from "./fuzz/arbitraries.ts";
import { checkInput } from "./fuzz/invariants.ts";

/** What a fuzzing run found. */
export interface FuzzReport {
  readonly inputs: number;
  readonly crashes: number;
  readonly offsetViolations: number;
  readonly partialOverlaps: number;
  readonly worst: { kind: string; chars: number; cpuMs: number };
  /** The first failing input and what failed, to reproduce it. */
  readonly firstFailure?: { input: FuzzInput; problem: string };
}

/** Runs the checks over some inputs. */
export function fuzzInputs(inputs: readonly FuzzInput[]): FuzzReport {
  let crashes = 0;
  let offsets = 0;
  let overlaps = 0;
  let worst = { kind: "-", chars: 0, cpuMs: 0 };
  let firstFailure: FuzzReport["firstFailure"];
  for (const input of inputs) {
    const outcome = checkInput(input.text);
    if (outcome.crash !== undefined) crashes++;
    offsets += outcome.offsetViolations.length;
    overlaps += outcome.partialOverlaps.length;
    const problem =
      outcome.crash ?? outcome.offsetViolations[0] ?? outcome.partialOverlaps[0] ?? undefined;
    if (problem !== undefined && firstFailure === undefined) {
      firstFailure = { input, problem: problem.split("\n")[0] ?? problem };
    }
    if (outcome.cpuMs > worst.cpuMs) {
      worst = { kind: input.kind, chars: input.text.length, cpuMs: outcome.cpuMs };
    }
  }
  return {
    inputs: inputs.length,
    crashes,
    offsetViolations: offsets,
    partialOverlaps: overlaps,
    worst,
    ...(firstFailure === undefined ? {} : { firstFailure }),
  };
}

/** `count` generated inputs, the same ones for the same seed. */
export function generatedInputs(count: number, seed: number): FuzzInput[] {
  return fc.sample(hostileInput, { numRuns: count, seed });
}

/** The report as lines for a terminal. */
export function formatFuzz(title: string, r: FuzzReport): string {
  const lines = [
    `${title}: ${r.inputs} inputs`,
    `  crashes ${r.crashes}, offset violations ${r.offsetViolations}, partial overlaps ${r.partialOverlaps}`,
    `  worst CPU time ${r.worst.cpuMs.toFixed(0)} ms (${r.worst.kind}, ${r.worst.chars} characters)`,
  ];
  if (r.firstFailure !== undefined) {
    const { input, problem } = r.firstFailure;
    lines.push(`  first failure (${input.kind}): ${problem}`);
    lines.push(
      `  input: ${JSON.stringify(input.text.slice(0, 300))}${input.text.length > 300 ? "…" : ""}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function option(argv: readonly string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = Number(at === -1 ? Number.NaN : argv[at + 1]);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

if (process.argv[1] !== undefined && /bench\/fuzz\.ts$/.test(process.argv[1])) {
  const argv = process.argv.slice(2);
  const count = option(argv, "--count", 1_000);
  const seed = option(argv, "--seed", 16);
  const reports = [fuzzInputs(generatedInputs(count, seed))];
  process.stdout.write(formatFuzz(`generated (seed ${seed})`, reports[0] as FuzzReport));
  if (argv.includes("--cap")) {
    reports.push(fuzzInputs(inputsAtCap()));
    process.stdout.write(formatFuzz("at the 2,000,000-character cap", reports[1] as FuzzReport));
  }
  const failed = reports.some((r) => r.crashes + r.offsetViolations + r.partialOverlaps > 0);
  process.exitCode = failed ? 1 : 0;
}
