/**
 * A conditional logit over candidate sets: each example is a set of candidates (feature vectors),
 * some of them right; the model gives each candidate the probability softmax(w · f) within its
 * set and is fitted to maximise the log of the right candidates' total probability, with an L2
 * penalty. Deterministic: zero start, full-batch Adam steps in a fixed order.
 */

/** One choice to learn from: the candidates' features and which of them are right. */
export interface ChoiceExample {
  readonly candidates: readonly Float64Array[];
  readonly right: readonly boolean[];
  /** How much the example counts (a hand-annotated article can weigh more than a silver one). */
  readonly weight: number;
}

/** Fitting settings. */
export interface FitOptions {
  /** The L2 penalty: one for every weight, or one per weight. */
  readonly l2: number | Float64Array;
  readonly steps: number;
  readonly learningRate: number;
  /** Starting weights (zero when absent). */
  readonly start?: Float64Array;
}

/** Probabilities of one example's candidates under weights `w`. */
export function softmaxOf(w: Float64Array, candidates: readonly Float64Array[]): Float64Array {
  const scores = candidates.map((f) => dot(w, f));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return Float64Array.from(exp, (e) => e / total);
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** The penalised log-likelihood of the examples and its gradient at `w`. */
export function objective(
  w: Float64Array,
  examples: readonly ChoiceExample[],
  l2: number | Float64Array,
): { value: number; gradient: Float64Array } {
  const gradient = new Float64Array(w.length);
  let value = 0;
  for (const ex of examples) {
    const p = softmaxOf(w, ex.candidates);
    let right = 0;
    ex.candidates.forEach((_, i) => {
      if (ex.right[i]) right += p[i] ?? 0;
    });
    if (right <= 0) continue;
    value += ex.weight * Math.log(right);
    ex.candidates.forEach((f, i) => {
      // d/dw log(sum of right p) = E[f | right] - E[f]
      const coef = ex.weight * ((ex.right[i] ? (p[i] ?? 0) / right : 0) - (p[i] ?? 0));
      if (coef === 0) return;
      for (let d = 0; d < f.length; d++) gradient[d] = (gradient[d] ?? 0) + coef * (f[d] ?? 0);
    });
  }
  for (let d = 0; d < w.length; d++) {
    const penalty = typeof l2 === "number" ? l2 : (l2[d] ?? 0);
    value -= (penalty / 2) * (w[d] ?? 0) ** 2;
    gradient[d] = (gradient[d] ?? 0) - penalty * (w[d] ?? 0);
  }
  return { value, gradient };
}

/** Fits the weights by gradient ascent (Adam) on the penalised log-likelihood. */
export function fitChoiceModel(
  examples: readonly ChoiceExample[],
  dimensions: number,
  options: FitOptions,
): Float64Array {
  const w =
    options.start === undefined ? new Float64Array(dimensions) : Float64Array.from(options.start);
  const m = new Float64Array(dimensions);
  const v = new Float64Array(dimensions);
  const total = examples.reduce((n, e) => n + e.weight, 0) || 1;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= options.steps; t++) {
    const { gradient } = objective(w, examples, options.l2);
    for (let d = 0; d < dimensions; d++) {
      const g = (gradient[d] ?? 0) / total;
      m[d] = beta1 * (m[d] ?? 0) + (1 - beta1) * g;
      v[d] = beta2 * (v[d] ?? 0) + (1 - beta2) * g * g;
      const mHat = (m[d] ?? 0) / (1 - beta1 ** t);
      const vHat = (v[d] ?? 0) / (1 - beta2 ** t);
      w[d] = (w[d] ?? 0) + (options.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return w;
}
