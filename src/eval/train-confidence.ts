// The second stage of `npm run train:attribution`: fits the confidence calibration (what turns the
// speaker choice's softmax into the probability that the answer is right, src/quotes/confidence.ts)
// on answers seen out of fold, and chooses the threshold on the hand-annotated tuning part.
import { CONFIDENCE_FEATURES, calibrated, decisionFeatures } from "../quotes/confidence.ts";
import type { Candidate } from "../quotes/speaker-features.ts";
import { NOBODY } from "../quotes/subject.ts";
import { type ChoiceExample, fitChoiceModel } from "./logistic.ts";

/** A training quotation as the second stage sees it: candidates, which are right, probabilities. */
export interface HeldOutChoice extends ChoiceExample {
  /** Candidate probabilities from a model fitted without this quotation's article. */
  readonly probabilities: Float64Array;
  /** Hand-annotated (the tuning part), not silver. */
  readonly gold: boolean;
  readonly article: string;
}

/** One answer the model could give: its confidence features and whether it is right. */
export interface Answer {
  readonly features: Float64Array;
  readonly right: boolean;
  /** It names someone (else it is NOBODY). */
  readonly named: boolean;
  readonly weight: number;
  readonly gold: boolean;
  readonly article: string;
}

/** A named answer's confidence and whether it is right: what thresholds and tables are read from. */
export interface Scored {
  readonly confidence: number;
  readonly right: boolean;
}

const FIT = { l2: 1, steps: 1500, learningRate: 0.05 };
const FOLDS = 4;

/**
 * The answers a quotation offers: the model's best candidate when it names someone (the answer
 * shown, or withheld under the threshold), and NOBODY always (the answer given in its place).
 * Candidate 0 is NOBODY, as speakerCandidates puts it.
 */
export function answersOf(choice: HeldOutChoice): Answer[] {
  const p = Array.from(choice.probabilities);
  const candidates: Candidate[] = choice.candidates.map((features, i) => ({
    entity: i === 0 ? NOBODY : i,
    features,
  }));
  let best = 0;
  for (let i = 1; i < p.length; i++) if ((p[i] ?? 0) > (p[best] ?? 0)) best = i;
  const answer = (i: number): Answer => ({
    features: decisionFeatures(candidates, p, i, 0),
    right: choice.right[i] === true,
    named: i !== 0,
    weight: choice.weight,
    gold: choice.gold,
    article: choice.article,
  });
  return best === 0 ? [answer(0)] : [answer(best), answer(0)];
}

/** Fits the calibration: a logistic regression of rightness on the confidence features. */
export function fitCalibration(answers: readonly Answer[]): Float64Array {
  const none = new Float64Array(CONFIDENCE_FEATURES.length);
  // A binary logistic regression is a choice between the answer's features and a zero vector.
  const examples = answers.map((a) => ({
    candidates: [a.features, none],
    right: [a.right, !a.right],
    weight: a.weight,
  }));
  return fitChoiceModel(examples, CONFIDENCE_FEATURES.length, FIT);
}

/** The hand-annotated (tuning part) answers that name someone. */
const goldNamed = (a: Answer): boolean => a.gold && a.named;

/**
 * Named answers' confidences (the hand-annotated ones unless `keep` says otherwise), each from a
 * calibration fitted without its article's fold: the threshold is chosen on confidences that did
 * not see their own answers.
 */
export function crossFitted(
  answers: readonly Answer[],
  keep: (a: Answer) => boolean = goldNamed,
): Scored[] {
  const articles = [...new Set(answers.map((a) => a.article))].sort();
  const foldOf = new Map(articles.map((a, i) => [a, i % FOLDS]));
  const out: Scored[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const weights = fitCalibration(answers.filter((a) => foldOf.get(a.article) !== fold));
    for (const a of answers) {
      if (keep(a) && foldOf.get(a.article) === fold) {
        out.push({ confidence: calibrated(weights, a.features), right: a.right });
      }
    }
  }
  return out;
}

/**
 * The threshold that names the most right answers while wrong names stay at or under `cap` of
 * the answers named (the rule: "wrong names at or under 3% of attributed quotes").
 */
export function cappedThreshold(scored: readonly Scored[], cap: number): number {
  const sorted = [...scored].sort((a, b) => b.confidence - a.confidence);
  let right = 0;
  let wrong = 0;
  let threshold = 1;
  let most = -1;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored;
    if (s.right) right++;
    else wrong++;
    const next = sorted[i + 1];
    // Ties are kept or withheld together.
    if (next !== undefined && next.confidence === s.confidence) continue;
    if (wrong <= cap * (right + wrong) && right > most) {
      most = right;
      threshold = next === undefined ? 0 : (s.confidence + next.confidence) / 2;
    }
  }
  return threshold;
}

/** What a threshold keeps: right and wrong names. */
export function keptAt(scored: readonly Scored[], threshold: number): string {
  const kept = scored.filter((s) => s.confidence >= threshold);
  const wrong = kept.filter((s) => !s.right).length;
  const rate = kept.length === 0 ? 0 : (100 * wrong) / kept.length;
  return `${kept.length - wrong} right, ${wrong} wrong (${rate.toFixed(1)}%) of ${scored.length}`;
}

const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95];

/** Confidence bins against the share of answers in them that are right. */
export function reliabilityTable(scored: readonly Scored[]): string {
  const lines = ["  confidence   answers  mean conf  right"];
  BINS.forEach((low, b) => {
    const high = BINS[b + 1] ?? Number.POSITIVE_INFINITY;
    const inside = scored.filter((s) => s.confidence >= low && s.confidence < high);
    if (inside.length === 0) return;
    const mean = inside.reduce((t, s) => t + s.confidence, 0) / inside.length;
    const right = inside.filter((s) => s.right).length / inside.length;
    const label = `${low.toFixed(2)}-${Math.min(1, high).toFixed(2)}`;
    lines.push(
      `  ${label.padEnd(11)}  ${String(inside.length).padStart(7)}  ${mean.toFixed(3).padStart(9)}  ${right.toFixed(3)}`,
    );
  });
  return lines.join("\n");
}

/** The threshold with the most right names minus `cost` times the wrong ones. */
export function costThreshold(scored: readonly Scored[], cost: number): number {
  const sorted = [...scored].sort((a, b) => a.confidence - b.confidence);
  // Utility with every named answer kept, then with each least confident one withheld in turn.
  let utility = sorted.reduce((u, s) => u + (s.right ? 1 : -cost), 0);
  let best = utility;
  let threshold = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored;
    utility -= s.right ? 1 : -cost;
    const next = sorted[i + 1];
    if (next !== undefined && next.confidence === s.confidence) continue;
    if (utility > best) {
      best = utility;
      threshold = next === undefined ? 1 : (s.confidence + next.confidence) / 2;
    }
  }
  return threshold;
}

/** The share of wrong names the threshold allows, of the names given (the 3%). */
const WRONG_CAP = 0.03;
/** What one wrong name costs, counted in right names: a wrong name puts words in someone's mouth. */
const WRONG_COST = 3;
/** What the threshold rule is, as the weights file states it. */
const RULE =
  `confidences cross-fitted, the highest of: on that tuning part, the lowest that keeps wrong names at ` +
  `or under ${100 * WRONG_CAP}% of the names given, and the best for right - ${WRONG_COST} x wrong names; ` +
  `on polnear-train, the best for right - ${WRONG_COST} x wrong names`;

/** What the second stage gives: the calibration's weights and the threshold, and its rule. */
export interface ConfidenceModel {
  readonly calibration: Float64Array;
  readonly threshold: number;
  readonly rule: string;
}

/**
 * Fits the calibration on the held-out answers and chooses the threshold on the tuning part;
 * writes what the other rules would give and the reliability table to `log`.
 */
export function trainConfidence(
  held: readonly HeldOutChoice[],
  log: { write(text: string): unknown },
): ConfidenceModel {
  const answers = held.flatMap(answersOf);
  const calibration = fitCalibration(answers);
  const scored = crossFitted(answers);
  const capped = cappedThreshold(scored, WRONG_CAP);
  const costed = costThreshold(scored, WRONG_COST);
  // The tuning part is 20 articles; PolNeAR's train split (thousands of answers, US politics) says
  // too where a name stops being worth its risk. Reading 20 BBC answers between 0.72 and 0.78 found
  // 7 wrong, and polnear-dev's answers there were 58% right: the tuning part alone set it too low.
  const silver = crossFitted(answers, (a) => !a.gold && a.named);
  const costedSilver = costThreshold(silver, WRONG_COST);
  // All: the bound on wrong names, and never a wrong name kept for under 3 right ones.
  const threshold = Math.max(capped, costed, costedSilver);
  log.write(
    `out of fold, polnear-train: right - 3 x wrong ${costedSilver.toFixed(3)}: ${keptAt(silver, costedSilver)}\n` +
      `reliability, out of fold, polnear-train:\n${reliabilityTable(silver)}\n`,
  );
  const rules: Array<[string, number]> = [
    ["right - 3 x wrong", costed],
    ["wrong <= 3%", capped],
    ["wrong <= 2%", cappedThreshold(scored, 0.02)],
    ["no threshold", 0],
  ];
  log.write("out of fold, tuning part, named answers by threshold rule:\n");
  for (const [rule, t] of rules) {
    log.write(`  ${rule.padEnd(18)} ${t.toFixed(3)}: ${keptAt(scored, t)}\n`);
  }
  log.write(`reliability, out of fold, tuning part:\n${reliabilityTable(scored)}\n`);
  return { calibration, threshold, rule: RULE };
}
