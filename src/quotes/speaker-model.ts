import { noName } from "../no-name.ts";
import trained from "./attribution-weights.json" with { type: "json" };
import { CONFIDENCE_FEATURES, calibrated, decisionFeatures } from "./confidence.ts";
import { type Candidate, FEATURES, type FeatureName } from "./speaker-features.ts";
import { NOBODY } from "./subject.ts";

/** Fitted weights of the speaker choice, of its confidence, and the confidence below which no name is given. */
export interface SpeakerModel {
  readonly weights: Float64Array;
  /** Weights of the confidence calibration, in CONFIDENCE_FEATURES order (src/quotes/confidence.ts). */
  readonly calibration: Float64Array;
  /** A speaker whose confidence is under this is withheld (the quote shows no speaker). */
  readonly threshold: number;
}

/** The content of a weights file. */
export interface WeightsFile {
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
  readonly calibration: Readonly<Record<string, number>>;
}

/** Reads named weights in a list's order; an unknown name is an error, a missing one weighs 0. */
function named(names: readonly string[], values: Readonly<Record<string, number>>): Float64Array {
  const out = new Float64Array(names.length);
  for (const [name, value] of Object.entries(values)) {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`attribution weights: unknown feature "${name}"`);
    out[i] = value;
  }
  return out;
}

/** Reads a weights file's content: the choice's and the calibration's named weights, the threshold. */
export function speakerModel(content: WeightsFile): SpeakerModel {
  return {
    weights: named(FEATURES, content.weights),
    calibration: named(CONFIDENCE_FEATURES, content.calibration),
    threshold: content.threshold,
  };
}

/** The model fitted by `npm run train:attribution`, checked in as JSON. */
export const TRAINED_MODEL: SpeakerModel = speakerModel(trained);

/** A feature's share in a candidate's score: its weight times its value. */
export interface Contribution {
  readonly feature: FeatureName;
  readonly value: number;
}

/** The speaker chosen for a quotation, how sure the model is, and why. */
export interface SpeakerChoice {
  /** The entity given as speaker, or NOBODY. */
  readonly entity: number;
  /** Calibrated probability that this answer is right (for NOBODY: that no candidate is the speaker). */
  readonly confidence: number;
  /** The best candidate, with its calibrated confidence, when that fell under the threshold. */
  readonly withheld?: { readonly entity: number; readonly probability: number };
  /** The features that weighed most for the best candidate, strongest first. */
  readonly reasons: readonly Contribution[];
}

/** Scores a candidate: the weighted sum of its features. */
export function scoreCandidate(model: SpeakerModel, candidate: Candidate): number {
  let score = 0;
  const f = candidate.features;
  for (let i = 0; i < f.length; i++) score += (model.weights[i] ?? 0) * (f[i] ?? 0);
  return score;
}

/** Probabilities of the candidates (a softmax of their scores), in their order. */
export function candidateProbabilities(
  model: SpeakerModel,
  candidates: readonly Candidate[],
): Float64Array {
  return Float64Array.from(softmax(model, candidates));
}

// A plain array: a small Float64Array is allocated outside V8's heap, which costs more than the
// softmax itself once per quotation. Same arithmetic, same order, so the same values.
function softmax(model: SpeakerModel, candidates: readonly Candidate[]): number[] {
  const scores = candidates.map((c) => scoreCandidate(model, c));
  const top = Math.max(...scores);
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i] as number) - top);
    scores[i] = e;
    total += e;
  }
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / total;
  return scores;
}

/**
 * The confidence features of the answer being weighed, filled afresh (zeroed) for each and read at
 * once by `calibrated`: one vector for the process rather than one allocated outside V8's heap per
 * quotation. Nothing of one quotation is left in it for the next.
 */
const DECISION = new Float64Array(CONFIDENCE_FEATURES.length);

/** How many reasons an explanation keeps. */
const REASONS = 3;

/**
 * Chooses the speaker among the candidates: the most probable one, with the calibrated probability
 * that it is right as confidence; under the threshold the answer is NOBODY and the guess withheld.
 * `calibrate: false` (reported statements, which no annotation covers) lets the calibration lower
 * the choice's own probability but never raise it.
 */
export function chooseSpeaker(
  model: SpeakerModel,
  candidates: readonly Candidate[],
  calibrate = true,
): SpeakerChoice {
  const p = softmax(model, candidates);
  let best = 0;
  for (let i = 1; i < candidates.length; i++) if ((p[i] ?? 0) > (p[best] ?? 0)) best = i;
  const chosen = candidates[best] as Candidate;
  const reasons = strongest(model, chosen, REASONS);
  const nobody = candidates.findIndex((c) => c.entity === NOBODY);
  const confidence = noName((i: number) =>
    calibrated(model.calibration, decisionFeatures(candidates, p, i, nobody, DECISION)),
  );
  // Uncalibrated (reported statements: no annotated ones to fit the calibration on), the
  // calibration may only lower the choice's own probability, never raise it.
  const sure = calibrate ? confidence(best) : Math.min(confidence(best), p[best] ?? 0);
  if (chosen.entity === NOBODY || sure >= model.threshold) {
    return { entity: chosen.entity, confidence: sure, reasons };
  }
  return {
    entity: NOBODY,
    confidence: nobody < 0 ? 0 : confidence(nobody),
    withheld: { entity: chosen.entity, probability: sure },
    reasons,
  };
}

/**
 * The `count` features that weigh most for a candidate, strongest first, ties in feature order: what
 * a stable sort of all contributions would give, without building and sorting them all.
 */
function strongest(model: SpeakerModel, candidate: Candidate, count: number): Contribution[] {
  const out: Contribution[] = [];
  const f = candidate.features;
  for (let i = 0; i < f.length; i++) {
    const value = f[i] as number;
    const weight = model.weights[i] ?? 0;
    if (value === 0 || weight === 0) continue;
    const contribution = weight * value;
    const size = Math.abs(contribution);
    let at = out.length;
    while (at > 0 && Math.abs((out[at - 1] as Contribution).value) < size) at--;
    if (at >= count) continue;
    // Inserted by hand: `splice` made an array of removed items (none) at each insertion.
    const entry = { feature: FEATURES[i] as FeatureName, value: contribution };
    if (out.length < count) out.push(entry);
    for (let k = out.length - 1; k > at; k--) out[k] = out[k - 1] as Contribution;
    out[at] = entry;
  }
  return out;
}
