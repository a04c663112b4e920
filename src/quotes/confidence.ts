import { type Candidate, FEATURES, type FeatureName } from "./speaker-features.ts";
import { NOBODY } from "./subject.ts";

/**
 * What the confidence of an answer is read from. The softmax probability alone is a poor one when
 * many weak candidates each take a little of the mass ("the State Department said" at 0.67 among a
 * dozen people named nearby), so a second, small logistic regression turns facts of the decision
 * into the probability that the answer is right. "named:*" describe an answer that names someone,
 * "nobody:*" one that names nobody; the weights are fitted by `npm run train:attribution` on
 * answers seen out of fold. The kind of cue (name, organisation, pronoun, description) was tried
 * too: already in the softmax, it made the ranking of right above wrong answers worse out of fold
 * (tuning right names 205 -> 204, validation 113 -> 111 at the same wrong names).
 */
export const CONFIDENCE_FEATURES = [
  "named", // the answer names someone
  "named:log-odds", // log(p / (1 - p)) of its softmax probability, within ±LIMIT
  "named:margin", // log(p / runner-up's p), up to LIMIT
  "named:candidates", // log of the number of candidates, NOBODY included
  "nobody", // the answer names nobody
  "nobody:log-odds", // as named:log-odds, for NOBODY's probability
  "nobody:margin", // log(p / best named candidate's p), within ±LIMIT
  "nobody:no-cue", // the quotation has no cue at all
  "nobody:cue-unnamed", // the cue's subject is someone the article does not name
] as const;

/** The name of one confidence feature. */
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];

/** Log-odds and margins are cut here: beyond it the probability says no more. */
const LIMIT = 8;

function at(name: FeatureName): number {
  return FEATURES.indexOf(name);
}

const NO_CUE = at("nobody:no-cue");
const CUE_UNNAMED = at("nobody:cue-unnamed");

const SLOT = Object.fromEntries(CONFIDENCE_FEATURES.map((name, i) => [name, i])) as Record<
  ConfidenceFeature,
  number
>;

function clip(x: number): number {
  return Math.max(-LIMIT, Math.min(LIMIT, x));
}

function logOdds(p: number): number {
  return clip(Math.log(p) - Math.log1p(-p));
}

function on(f: Float64Array, i: number): number {
  return (f[i] ?? 0) !== 0 ? 1 : 0;
}

/**
 * The confidence features of answering with candidate `chosen`, given every candidate's softmax
 * probability `p` (same order). `nobody` is the index of the NOBODY candidate (-1 when absent).
 */
export function decisionFeatures(
  candidates: readonly Candidate[],
  p: readonly number[],
  chosen: number,
  nobody: number,
  into?: Float64Array,
): Float64Array {
  // `into`: a vector to fill (zeroed here first) instead of a new one, for callers that read it at once.
  const x = into?.fill(0) ?? new Float64Array(CONFIDENCE_FEATURES.length);
  const mine = p[chosen] ?? 0;
  let rival = 0;
  for (let i = 0; i < p.length; i++) if (i !== chosen) rival = Math.max(rival, p[i] ?? 0);
  const margin = rival === 0 ? LIMIT : clip(Math.log(mine) - Math.log(rival));
  const none = nobody < 0 ? undefined : (candidates[nobody] as Candidate).features;
  if ((candidates[chosen] as Candidate).entity === NOBODY) {
    x[SLOT.nobody] = 1;
    x[SLOT["nobody:log-odds"]] = logOdds(mine);
    x[SLOT["nobody:margin"]] = margin;
    x[SLOT["nobody:no-cue"]] = none === undefined ? 0 : on(none, NO_CUE);
    x[SLOT["nobody:cue-unnamed"]] = none === undefined ? 0 : on(none, CUE_UNNAMED);
    return x;
  }
  x[SLOT.named] = 1;
  x[SLOT["named:log-odds"]] = logOdds(mine);
  x[SLOT["named:margin"]] = Math.max(0, margin);
  x[SLOT["named:candidates"]] = Math.log(candidates.length);
  return x;
}

/** The probability that an answer is right: a logistic function of its confidence features. */
export function calibrated(weights: Float64Array, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (weights[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-s));
}
