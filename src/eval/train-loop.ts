// The speaker choice's fit-then-reread loop of `npm run train:attribution`: the previous speaker is
// a feature, so the training articles are read again with each round's weights.
import { FEATURES } from "../quotes/speaker-features.ts";
import { fitChoiceModel, softmaxOf } from "./logistic.ts";
import { type Observation, readAll, type TrainingSet } from "./train-observe.ts";

/** Rounds of fit-then-reread: the previous speaker is a feature, so it is re-read with the new weights. */
export const ROUNDS = 3;
/** The choice model's fit. */
export const FIT = { l2: 1, steps: 1500, learningRate: 0.05 };

/** How many of the hand-annotated quotations the model's most probable candidate gets right. */
function argmaxRight(examples: readonly Observation[], weights: Float64Array): string {
  const gold = examples.filter((e) => e.gold);
  const right = gold.filter((e) => {
    const p = softmaxOf(weights, e.candidates);
    let best = 0;
    for (let i = 1; i < p.length; i++) if ((p[i] ?? 0) > (p[best] ?? 0)) best = i;
    return e.right[best] === true;
  }).length;
  return `${right}/${gold.length}`;
}

/** How the fit-then-reread loop runs: what the experiments vary (see docs/quality.md "retrain"). */
export interface LoopPlan {
  readonly rounds: number;
  /** Round 0 fits without the read-on features, so round 1 reads on from a model's guesses. */
  readonly warm: boolean;
  /** Each round's weights are this share of the new fit plus the rest of the previous round's. */
  readonly step: number;
  /** Extra L2 on the read-on features (added to FIT.l2). */
  readonly readOnL2: number;
  /** Extra L2 on the features of NOBODY (`nobody:...`, not its constant; added to FIT.l2). */
  readonly nobodyL2: number;
}

/** The loop the checked-in weights came from: 3 rounds from zero, each round's fit taken whole. */
export const DEFAULT_PLAN: LoopPlan = {
  rounds: ROUNDS,
  warm: false,
  step: 1,
  readOnL2: 0,
  nobodyL2: 0,
};

/**
 * The features whose values depend on how earlier quotations were read (who spoke last, whether
 * it was nobody): the ones the loop feeds back into itself.
 */
export const READ_ON_FEATURES: readonly string[] = [
  "nobody:continues-unattributed",
  "nobody:last-unattributed",
  "continues",
  "previous:same-paragraph",
  "previous:paragraph-before",
  "previous:interrupted",
  "pronoun:previous-speaker",
];

function readOnMask(): boolean[] {
  return FEATURES.map((f) => READ_ON_FEATURES.includes(f));
}

/** The examples with the read-on features' values set to zero. */
function withoutReadOn(examples: readonly Observation[]): Observation[] {
  const mask = readOnMask();
  return examples.map((e) => ({
    ...e,
    candidates: e.candidates.map((f) => f.map((x, i) => (mask[i] ? 0 : x))),
  }));
}

/** The L2 penalty of the plan: FIT's for every weight, plus the plan's extra on its groups. */
export function l2Of(plan: LoopPlan): number | Float64Array {
  if (plan.readOnL2 === 0 && plan.nobodyL2 === 0) return FIT.l2;
  const readOn = readOnMask();
  return Float64Array.from(
    FEATURES,
    (f, i) =>
      FIT.l2 + (readOn[i] ? plan.readOnL2 : 0) + (f.startsWith("nobody:") ? plan.nobodyL2 : 0),
  );
}

/** Trains the choice over the plan's rounds of fit-then-reread; returns its weights and the last reading. */
export function trainChoice(
  sets: readonly TrainingSet[],
  plan: LoopPlan = DEFAULT_PLAN,
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  onRound: (weights: Float64Array) => void = () => {},
): { weights: Float64Array; examples: Observation[] } {
  // From zero, not from the checked-in weights: a retrain gives the same weights whatever was checked in.
  let weights: Float64Array = new Float64Array(FEATURES.length);
  let examples: Observation[] = [];
  const l2 = l2Of(plan);
  if (plan.warm) {
    weights = fitChoiceModel(withoutReadOn(readAll(sets, weights)), FEATURES.length, FIT);
    log("round 0: fitted without the read-on features");
  }
  for (let round = 1; round <= plan.rounds; round++) {
    // The threshold does not change what is read: later quotations read on from the best guess.
    examples = readAll(sets, weights);
    const fitted = fitChoiceModel(examples, FEATURES.length, { ...FIT, l2, start: weights });
    weights = Float64Array.from(
      fitted,
      (w, i) => plan.step * w + (1 - plan.step) * (weights[i] ?? 0),
    );
    log(
      `round ${round}: ${examples.length} quotes; tuning part argmax right ${argmaxRight(examples, weights)}`,
    );
    onRound(weights);
  }
  return { weights, examples };
}

/** How often a feature fires in the training quotations, and on a right candidate. */
export interface Support {
  readonly feature: string;
  readonly weight: number;
  /** Hand-annotated quotations where it is non-zero on some candidate, and on a right one. */
  readonly gold: { readonly fires: number; readonly right: number };
  readonly silver: { readonly fires: number; readonly right: number };
}

/** Tuning quotations a weight should rest on before its sign is believed (see docs/quality.md). */
export const THIN = 3;

/**
 * The features that fire in at most THIN hand-annotated training quotations: their weights rest
 * on a handful of answers, so a small change in what is read can flip their sign.
 */
export function thinFeatures(examples: readonly Observation[], weights: Float64Array): Support[] {
  const count = (gold: boolean, d: number) => {
    const mine = examples.filter((e) => e.gold === gold);
    const fires = mine.filter((e) => e.candidates.some((f) => (f[d] ?? 0) !== 0));
    const right = fires.filter((e) => e.candidates.some((f, i) => e.right[i] && (f[d] ?? 0) !== 0));
    return { fires: fires.length, right: right.length };
  };
  return FEATURES.map((feature, d) => ({
    feature,
    weight: weights[d] ?? 0,
    gold: count(true, d),
    silver: count(false, d),
  })).filter((s) => s.gold.fires <= THIN && Math.abs(s.weight) >= 0.001);
}
