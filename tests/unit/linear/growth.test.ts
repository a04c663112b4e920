import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { SHAPES } from "../../../bench/shapes.ts";
import { analyzeArticle } from "../../../src/analyze.ts";
import { brief } from "../../../src/summary/brief.ts";

// Each shape at a size where it makes at least about 200,000 objects (words, marks, sentences):
// below that V8 keeps them in its young generation and past it promotes them, a one-off step in cost
// that would make a doubling across it look quadratic. Both sizes of a measure are past it. (A run of
// ellipses makes fewer objects since the lexer stopped building a match array per token, stop 26:
// at 200,000 characters it read 2.51-2.66 in 4 of 8 runs on an idle machine; at 400,000 it passed 4 of 4.)
const BASE_CHARS: Record<string, number> = {
  "run of dots": 200_000,
  "run of ?!": 400_000,
  "run of …": 400_000,
  "spaces after capitals": 500_000,
  "byline then spaces": 500_000,
  "tiny paragraphs": 200_000,
  "quote-dense": 50_000,
  "organisation-dense": 100_000,
  "no punctuation": 1_000_000,
};

// A full garbage collection before each try, so that one try does not pay for another's garbage.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function cpuMs(text: string): number {
  collectGarbage();
  const before = process.cpuUsage();
  brief(analyzeArticle({ text }));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * The cost of doubling an input, as a ratio measured in one run: the input and four times it, the
 * best of several tries at each size taken in turns (other processes on a busy machine slow both
 * alike, and a pause in one try does not count), and the square root of their ratio: one doubling
 * on average, so that the heap growing past a threshold between two sizes does not look quadratic.
 */
function doublingRatio(make: (chars: number) => string, chars: number, tries = 3): number {
  const small = make(chars);
  const large = make(chars * 4);
  cpuMs(small);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    bestSmall = Math.min(bestSmall, cpuMs(small));
    bestLarge = Math.min(bestLarge, cpuMs(large));
  }
  return Math.sqrt(bestLarge / Math.max(bestSmall, 0.5));
}

// Timing is measured as a ratio within one run, never against a wall-clock threshold: a linear
// analysis costs about 2× for twice the input; a quadratic one 4×.
describe("analysing and briefing grow linearly with the input", () => {
  for (const shape of SHAPES) {
    it(`doubling "${shape.name}" costs at most about 2.5× the time`, () => {
      const chars = BASE_CHARS[shape.name];
      expect(chars, `a base size for ${shape.name}`).toBeDefined();
      const ratio = doublingRatio(shape.make, chars as number);
      expect(ratio).toBeLessThanOrEqual(2.5);
    }, 120_000);
  }
});
