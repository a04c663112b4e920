import { describe, expect, it } from "vitest";
import { fitChoiceModel, softmaxOf } from "../../../src/eval/logistic.ts";
import { parseGoldArticles } from "../../../src/eval/quotes-gold.ts";
import { planOf } from "../../../src/eval/train-attribution.ts";
import { cappedThreshold, costThreshold } from "../../../src/eval/train-confidence.ts";
import { DEFAULT_PLAN, THIN, thinFeatures, trainChoice } from "../../../src/eval/train-loop.ts";
import type { TrainingSet } from "../../../src/eval/train-observe.ts";
import { FEATURES } from "../../../src/quotes/speaker-features.ts";

const A = Float64Array.of(1, 0);
const B = Float64Array.of(0, 1);
/** 40 choices between A and B: A is right in 30. */
const choices = Array.from({ length: 40 }, (_, i) => ({
  candidates: [A, B],
  right: [i % 4 !== 0, i % 4 === 0],
  weight: 1,
}));
const FIT = { l2: 0.01, steps: 400, learningRate: 0.05 };

describe("fitChoiceModel", () => {
  it("starts from zero: no steps, no weights", () => {
    expect([...fitChoiceModel(choices, 2, { ...FIT, steps: 0 })]).toEqual([0, 0]);
  });

  it("fits the share of right answers, the same way every time", () => {
    const w = fitChoiceModel(choices, 2, FIT);
    expect(softmaxOf(w, [A, B])[0]).toBeCloseTo(0.75, 2);
    expect([...fitChoiceModel(choices, 2, FIT)]).toEqual([...w]);
  });

  it("holds a weight near zero under its own strong L2 and leaves the other free", () => {
    const w = fitChoiceModel(choices, 2, { ...FIT, l2: Float64Array.of(1e4, 0.01) });
    expect(Math.abs(w[0] ?? 1)).toBeLessThan(0.01);
    expect(w[1]).toBeLessThan(-0.5);
  });
});

describe("thresholds", () => {
  const scored = [
    { confidence: 0.9, right: true },
    { confidence: 0.8, right: true },
    { confidence: 0.7, right: false },
    { confidence: 0.6, right: true },
    { confidence: 0.5, right: false },
  ];
  it("withholds what costs more wrong names than it gives right ones", () => {
    expect(costThreshold(scored, 3)).toBeCloseTo(0.75);
    // Cheap wrong names: only the least confident one, wrong, is not worth keeping.
    expect(costThreshold(scored, 0.4)).toBeCloseTo(0.55);
  });
  it("keeps wrong names under the cap", () => {
    expect(cappedThreshold(scored, 0.03)).toBeCloseTo(0.75);
    expect(cappedThreshold(scored, 0.3)).toBeCloseTo(0.55);
  });
});

/** A written article: a gold line with the quotation spans found from their words. */
function article(id: string, text: string, quotes: Array<[string, string | null]>): string {
  return JSON.stringify({
    id,
    text,
    quotes: quotes.map(([words, speaker]) => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, text: words, speaker };
    }),
  });
}

const LINES = [
  article(
    "0a",
    'Harbour fees rise\n\nThe port will charge more from May.\n\n"We have no choice," said Ann Cole, the harbour master.\n\nShippers were angry. "This will cost jobs," said Tom Reyes, who runs a ferry firm.\n\n"It is a tax on islanders," he added.',
    [
      ["We have no choice,", "Ann Cole"],
      ["This will cost jobs,", "Tom Reyes"],
      ["It is a tax on islanders,", "Tom Reyes"],
    ],
  ),
  article(
    "0b",
    'Library to close early\n\nThe town library will shut at four on weekdays.\n\n"Staff are stretched," said Priya Nair, a councillor. "We looked at every option."\n\nReaders disagreed. "Where else can children study?" asked Mark Wu.',
    [
      ["Staff are stretched,", "Priya Nair"],
      ["We looked at every option.", "Priya Nair"],
      ["Where else can children study?", "Mark Wu"],
    ],
  ),
];
const sets: TrainingSet[] = [
  {
    source: { file: "written", weight: 10, silver: false },
    articles: parseGoldArticles(LINES.join("\n"), "written"),
  },
];

describe("trainChoice", () => {
  const quiet = () => {};
  const plan = { ...DEFAULT_PLAN, rounds: 2 };
  const first = trainChoice(sets, plan, quiet);

  it("learns from the articles read that a named cue gives the speaker", () => {
    expect(first.examples).toHaveLength(6);
    expect(first.weights[FEATURES.indexOf("cue:name")]).toBeGreaterThan(0.5);
  });

  it("starts from zero, not from the weights checked in, and gives the same weights every run", () => {
    const start = trainChoice(sets, { ...plan, rounds: 0 }, quiet).weights;
    expect(start.every((w) => w === 0)).toBe(true);
    expect([...trainChoice(sets, plan, quiet).weights]).toEqual([...first.weights]);
  });

  it("with a share per round, moves part way from the previous round's weights", () => {
    const damped = trainChoice(sets, { ...plan, rounds: 1, step: 0.5 }, quiet).weights;
    const full = trainChoice(sets, { ...plan, rounds: 1 }, quiet).weights;
    const d = FEATURES.indexOf("cue:name");
    expect(damped[d]).toBeCloseTo((full[d] ?? 0) / 2, 10);
  });

  it("names the weights that rest on a handful of tuning quotes", () => {
    const thin = thinFeatures(first.examples, first.weights);
    expect(thin.length).toBeGreaterThan(0);
    for (const s of thin) expect(s.gold.fires).toBeLessThanOrEqual(THIN);
    const names = thin.map((s) => s.feature);
    // Named in all six quotations' cues: not thin.
    expect(names).not.toContain("cue:name");
    // Never fires: its weight stays (near) zero and is not listed.
    expect(names).not.toContain("cue:next-paragraph");
  });
});

describe("planOf", () => {
  it("reads the loop's options and keeps the defaults otherwise", () => {
    expect(planOf([])).toEqual(DEFAULT_PLAN);
    expect(planOf(["--rounds", "6", "--step", "0.5", "--warm", "--nobody-l2", "100"])).toEqual({
      ...DEFAULT_PLAN,
      rounds: 6,
      step: 0.5,
      warm: true,
      nobodyL2: 100,
    });
  });
  it("refuses an option without a number", () => {
    expect(() => planOf(["--rounds", "many"])).toThrow(/--rounds needs a number/);
  });
});
