// K-fold cross-validation of the summary's constants against Lead-N: for each fold, the combination
// of the grid with the best mean ROUGE-1 gain on the other folds is scored on that fold.
import type { MeanRouge } from "./summary-eval.ts";
import {
  type ConstantName,
  differencesWith,
  type FoldArticle,
  gridSettings,
  meanRouge,
  SHIPPED_CONSTANTS,
  type SummaryConstants,
  TUNING_GRID,
} from "./summary-folds.ts";

/** One fold: the shipped constants' gain over Lead-N, and the constants tuned without it. */
export interface FoldResult {
  readonly fold: number;
  readonly articles: number;
  /** newsbrief (shipped constants) minus Lead-N on this fold, in points. */
  readonly shipped: MeanRouge;
  /** The grid's best constants on the other folds. */
  readonly chosen: SummaryConstants;
  /** newsbrief (chosen constants) minus Lead-N on this fold: out-of-fold. */
  readonly heldOut: MeanRouge;
}

/** Mean and standard deviation over folds. */
export interface Spread {
  readonly mean: MeanRouge;
  readonly sd: MeanRouge;
}

export interface CrossValidation {
  readonly folds: readonly FoldResult[];
  readonly configurations: number;
  readonly shipped: Spread;
  readonly outOfFold: Spread;
}

/** Tunes on all folds but one and scores on that one, for every fold. */
export function crossValidate(
  articles: readonly FoldArticle[],
  sentences: number,
  folds: number,
  grid: Readonly<Record<ConstantName, readonly number[]>> = TUNING_GRID,
): CrossValidation {
  const settings = gridSettings(grid);
  const table = settings.map((constants) => differencesWith(articles, constants, sentences));
  const shippedRows = differencesWith(articles, SHIPPED_CONSTANTS, sentences);
  const results: FoldResult[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => articles[i]?.fold === fold;
    let best = 0;
    let bestGain = Number.NEGATIVE_INFINITY;
    table.forEach((rows, index) => {
      const gain = meanRouge(rows.filter((_, i) => !inFold(i))).rouge1;
      // Strictly better only: ties keep the earlier combination, which starts from the shipped one.
      if (gain > bestGain + 1e-9) {
        bestGain = gain;
        best = index;
      }
    });
    const heldOut = (table[best] ?? []).filter((_, i) => inFold(i));
    if (heldOut.length === 0) continue;
    results.push({
      fold,
      articles: heldOut.length,
      shipped: meanRouge(shippedRows.filter((_, i) => inFold(i))),
      chosen: settings[best] ?? SHIPPED_CONSTANTS,
      heldOut: meanRouge(heldOut),
    });
  }
  return {
    folds: results,
    configurations: settings.length,
    shipped: spread(results.map((r) => r.shipped)),
    outOfFold: spread(results.map((r) => r.heldOut)),
  };
}

function spread(values: readonly MeanRouge[]): Spread {
  const of = (measure: keyof MeanRouge) => {
    const xs = values.map((v) => v[measure]);
    const mean = xs.reduce((sum, x) => sum + x, 0) / Math.max(xs.length, 1);
    const variance = xs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(xs.length - 1, 1);
    return { mean, sd: Math.sqrt(variance) };
  };
  const r1 = of("rouge1");
  const r2 = of("rouge2");
  const rl = of("rougeLsum");
  return {
    mean: { rouge1: r1.mean, rouge2: r2.mean, rougeLsum: rl.mean },
    sd: { rouge1: r1.sd, rouge2: r2.sd, rougeLsum: rl.sd },
  };
}

/** One constant tuned alone, the others as shipped. */
export interface ConstantValidation {
  readonly name: ConstantName;
  readonly shipped: number;
  /** The value chosen on each fold. */
  readonly chosen: readonly number[];
  readonly validation: CrossValidation;
}

/** Cross-validates each constant of the grid on its own, the others held at their shipped values. */
export function crossValidateEach(
  articles: readonly FoldArticle[],
  sentences: number,
  folds: number,
  grid: Readonly<Record<ConstantName, readonly number[]>> = TUNING_GRID,
): ConstantValidation[] {
  const names = Object.keys(grid) as ConstantName[];
  return names.map((name) => {
    const single = Object.fromEntries(
      names.map((other) => [other, other === name ? grid[other] : [SHIPPED_CONSTANTS[other]]]),
    ) as Record<ConstantName, readonly number[]>;
    const validation = crossValidate(articles, sentences, folds, single);
    return {
      name,
      shipped: SHIPPED_CONSTANTS[name],
      chosen: validation.folds.map((fold) => fold.chosen[name]),
      validation,
    };
  });
}
