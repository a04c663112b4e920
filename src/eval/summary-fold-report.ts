// The validation protocol's part of `npm run eval:summary`: folds, the shipped constants per fold,
// each constant tuned on the other folds, all of them tuned together, and the key points' repeats.

import {
  type ConstantValidation,
  type CrossValidation,
  crossValidate,
  crossValidateEach,
  type Spread,
} from "./summary-cross-validate.ts";
import type { MeanRouge } from "./summary-eval.ts";
import { type ConstantName, type FoldArticle, SHIPPED_CONSTANTS } from "./summary-folds.ts";
import { REPEAT_OVERLAP } from "./summary-key-points.ts";

/** Everything the protocol measured. */
export interface FoldReport {
  readonly folds: number;
  readonly sentences: number;
  /** Articles per fold. */
  readonly foldSizes: readonly number[];
  /** All constants tuned together on the other folds (and the shipped constants per fold). */
  readonly joint: CrossValidation;
  /** Each constant tuned alone on the other folds. */
  readonly each: readonly ConstantValidation[];
  /** Key points in all briefings, and those repeating a summary sentence. */
  readonly keyPoints: { readonly total: number; readonly repeats: number };
}

/** Runs the whole protocol over analysed articles. */
export function runFoldProtocol(
  articles: readonly FoldArticle[],
  sentences: number,
  folds: number,
  keyPoints: FoldReport["keyPoints"],
): FoldReport {
  const foldSizes = Array.from(
    { length: folds },
    (_, fold) => articles.filter((a) => a.fold === fold).length,
  );
  return {
    folds,
    sentences,
    foldSizes,
    joint: crossValidate(articles, sentences, folds),
    each: crossValidateEach(articles, sentences, folds),
    keyPoints,
  };
}

const LABELS: Record<ConstantName, string> = {
  positionHalfLife: "position half-life",
  centrality: "centrality weight",
  quotePenalty: "quote penalty",
  redundancy: "redundancy (MMR)",
  wordsPerSentence: "words per sentence",
};

const signed = (value: number): string => `${value >= 0 ? "+" : ""}${value.toFixed(2)}`;
const value = (v: number): string => (Number.isFinite(v) ? String(Number(v.toFixed(2))) : "none");
const cells = (r: MeanRouge): string =>
  [r.rouge1, r.rouge2, r.rougeLsum].map((v) => signed(v).padStart(8)).join("");
const spread = (s: Spread, measure: keyof MeanRouge): string =>
  `${signed(s.mean[measure])} ± ${s.sd[measure].toFixed(2)}`;
const spreadCells = (s: Spread): string =>
  (["rouge1", "rouge2", "rougeLsum"] as const).map((m) => spread(s, m).padStart(15)).join("");

/** The protocol's report for the terminal. */
export function formatFoldReport(report: FoldReport): string {
  const { joint } = report;
  const lead = `Lead-${report.sentences}`;
  const header = `${"R-1".padStart(8)}${"R-2".padStart(8)}${"R-Lsum".padStart(8)}`;
  const spreadHeader = `${"R-1".padStart(15)}${"R-2".padStart(15)}${"R-Lsum".padStart(15)}`;
  const names = Object.keys(LABELS) as ConstantName[];
  const repeatShare = (100 * report.keyPoints.repeats) / Math.max(report.keyPoints.total, 1);
  return [
    `Folds: ${report.folds} by FNV-1a hash of the id (${report.foldSizes.join(", ")} articles); newsbrief minus ${lead}, in points.`,
    "",
    "Shipped constants on each fold:",
    `  fold articles${header}`,
    ...joint.folds.map(
      (f) => `  ${String(f.fold).padStart(4)} ${String(f.articles).padStart(8)}${cells(f.shipped)}`,
    ),
    `  mean ± sd over folds ${spreadCells(joint.shipped).trimStart()}`,
    "",
    "Each constant tuned alone on the other folds (best mean R-1 gain; the rest as shipped), scored on the held-out fold:",
    `  ${"constant".padEnd(20)}${"shipped".padStart(8)}  ${"chosen per fold".padEnd(28)}${spreadHeader}`,
    ...report.each.map(
      (c) =>
        `  ${LABELS[c.name].padEnd(20)}${value(c.shipped).padStart(8)}  ${c.chosen.map(value).join(" ").padEnd(28)}${spreadCells(c.validation.outOfFold)}`,
    ),
    "",
    `All constants tuned together (${joint.configurations} combinations), scored on the held-out fold:`,
    `  fold ${names.map((n) => LABELS[n].split(" ")[0]?.slice(0, 9).padStart(10)).join("")}${header}`,
    ...joint.folds.map(
      (f) =>
        `  ${String(f.fold).padStart(4)} ${names.map((n) => value(f.chosen[n]).padStart(10)).join("")}${cells(f.heldOut)}`,
    ),
    `  out-of-fold mean ± sd ${spreadCells(joint.outOfFold).trimStart()}`,
    "",
    `Shipped: ${names.map((n) => `${LABELS[n]} ${value(SHIPPED_CONSTANTS[n])}`).join(", ")}.`,
    `Key points repeating a summary sentence (content-word overlap > ${REPEAT_OVERLAP}): ${report.keyPoints.repeats} of ${report.keyPoints.total} (${repeatShare.toFixed(1)}%).`,
    "",
  ].join("\n");
}
