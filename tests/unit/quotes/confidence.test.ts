import { describe, expect, it } from "vitest";
import {
  type Answer,
  cappedThreshold,
  costThreshold,
  fitCalibration,
} from "../../../src/eval/train-confidence.ts";
import { CONFIDENCE_FEATURES, calibrated } from "../../../src/quotes/confidence.ts";
import {
  type Candidate,
  FEATURES,
  type FeatureName,
} from "../../../src/quotes/speaker-features.ts";
import {
  candidateProbabilities,
  chooseSpeaker,
  type SpeakerModel,
  TRAINED_MODEL,
} from "../../../src/quotes/speaker-model.ts";
import { NOBODY } from "../../../src/quotes/subject.ts";

function candidate(entity: number, features: Partial<Record<FeatureName, number>>): Candidate {
  const f = new Float64Array(FEATURES.length);
  for (const [name, value] of Object.entries(features))
    f[FEATURES.indexOf(name as FeatureName)] = value;
  return { entity, features: f };
}

/** A choice model with hand weights, so the softmax probabilities are known; the shipped calibration. */
const hand: SpeakerModel = {
  ...TRAINED_MODEL,
  weights: (() => {
    const w = new Float64Array(FEATURES.length);
    w[FEATURES.indexOf("cue:name")] = 3;
    w[FEATURES.indexOf("mention:recency")] = 1;
    return w;
  })(),
};

// "Kelly said" among eight other people named nearby: the cue's person takes most of the mass,
// but each bystander takes a little.
const named = [
  candidate(NOBODY, { nobody: 1 }),
  candidate(1, { "cue:name": 1, "mention:recency": 1 }),
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((e) => candidate(e, { "mention:recency": 0.6 })),
];
// No cue: one person mentioned a while ago, and nobody.
const lone = [candidate(NOBODY, { nobody: 1 }), candidate(1, { "mention:recency": 1.5 })];

describe("the calibrated confidence", () => {
  it("never raises a reported statement's confidence over the choice's own probability", () => {
    // The cue's person among many: calibrated, the confidence is above the softmax probability.
    const softmax = candidateProbabilities(hand, named)[1] ?? 0;
    const sure = (c: ReturnType<typeof chooseSpeaker>) => c.withheld?.probability ?? c.confidence;
    expect(sure(chooseSpeaker(hand, named))).toBeGreaterThan(softmax + 0.05);
    // Uncalibrated (a reported statement, which no annotation covers), it is the probability.
    expect(sure(chooseSpeaker(hand, named, false))).toBeCloseTo(softmax, 9);
  });

  it("ranks a cue's person among many candidates above a lone weak guess the softmax prefers", () => {
    const softmax = (c: Candidate[]) => candidateProbabilities(hand, c)[1] ?? 0;
    // The premise: the softmax puts the lone guess higher.
    expect(softmax(named)).toBeLessThan(softmax(lone));
    const strong = chooseSpeaker(hand, named);
    const weak = chooseSpeaker(hand, lone);
    const sure = (c: ReturnType<typeof chooseSpeaker>) => c.withheld?.probability ?? c.confidence;
    expect(strong.withheld?.entity ?? strong.entity).toBe(1);
    expect(weak.withheld?.entity ?? weak.entity).toBe(1);
    expect(sure(strong)).toBeGreaterThan(sure(weak) + 0.1);
  });

  it("is a probability, and the model's answer gets the same whatever the candidates' order", () => {
    const choice = chooseSpeaker(TRAINED_MODEL, named);
    const reversed = chooseSpeaker(TRAINED_MODEL, [...named].reverse());
    expect(choice.confidence).toBeGreaterThanOrEqual(0);
    expect(choice.confidence).toBeLessThanOrEqual(1);
    expect(reversed.confidence).toBeCloseTo(choice.confidence, 12);
  });
});

function answer(x: Partial<Record<string, number>>, right: boolean, article: string): Answer {
  const features = new Float64Array(CONFIDENCE_FEATURES.length);
  for (const [name, value] of Object.entries(x)) {
    features[CONFIDENCE_FEATURES.indexOf(name as (typeof CONFIDENCE_FEATURES)[number])] =
      value ?? 0;
  }
  return { features, right, named: true, weight: 1, gold: true, article };
}

describe("fitting the calibration", () => {
  it("learns that a wide margin over the runner-up means a right answer", () => {
    // At the same softmax probability, answers with a wide margin are right 9 times in 10, narrow
    // ones 3 in 10.
    const answers: Answer[] = [];
    for (let i = 0; i < 10; i++) {
      answers.push(answer({ named: 1, "named:log-odds": 0.5, "named:margin": 2 }, i < 9, `w${i}`));
      answers.push(
        answer({ named: 1, "named:log-odds": 0.5, "named:margin": 0.1 }, i < 3, `n${i}`),
      );
    }
    const w = fitCalibration(answers);
    const wide = calibrated(w, answers[0]?.features as Float64Array);
    const narrow = calibrated(w, answers[1]?.features as Float64Array);
    expect(wide).toBeGreaterThan(0.75);
    expect(narrow).toBeLessThan(0.45);
  });
});

describe("choosing the threshold", () => {
  const scored = [
    { confidence: 0.99, right: true },
    { confidence: 0.95, right: true },
    { confidence: 0.9, right: true },
    { confidence: 0.85, right: false },
    { confidence: 0.8, right: true },
    { confidence: 0.7, right: true },
    { confidence: 0.6, right: false },
    { confidence: 0.5, right: true },
  ];

  it("keeps the most right names with wrong names under the cap", () => {
    // 25% allows one wrong in the first four or more; 20% allows it from the fifth on, and the
    // second wrong (at 0.6) would make 2 of 7.
    expect(cappedThreshold(scored, 0.2)).toBeCloseTo(0.65, 9);
    expect(cappedThreshold(scored, 0.1)).toBeCloseTo(0.875, 9);
    expect(cappedThreshold(scored, 0.3)).toBe(0);
  });

  it("withholds a wrong name only when it costs fewer right names than it is worth", () => {
    // Under 0.65 one wrong name comes with one right one; under 0.875, one with two.
    expect(costThreshold(scored, 3)).toBeCloseTo(0.875, 9);
    expect(costThreshold(scored, 2)).toBeCloseTo(0.65, 9);
    expect(costThreshold(scored, 1)).toBe(0);
  });
});
