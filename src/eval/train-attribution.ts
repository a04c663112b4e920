// `npm run train:attribution [-- --dir ../shared/eval/quotes] [--dry-run] [loop options: planOf]`:
// fits the speaker model's weights (src/quotes/attribution-weights.json) to the training data:
// PolNeAR's train split (its gold speaker mentions, silver names) and the tuning part of the
// hand-annotated gold files. Never the validation part, polnear-dev, or the project's own tests.
// Deterministic: the same data gives the same weights.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CONFIDENCE_FEATURES } from "../quotes/confidence.ts";
import { FEATURES } from "../quotes/speaker-features.ts";
import { speakerModel } from "../quotes/speaker-model.ts";
import { fitChoiceModel, softmaxOf } from "./logistic.ts";
import { type GoldArticle, parseGoldArticles } from "./quotes-gold.ts";
import { splitOf } from "./quotes-split.ts";
import { trainConfidence } from "./train-confidence.ts";
import {
  DEFAULT_PLAN,
  FIT,
  type LoopPlan,
  l2Of,
  THIN,
  thinFeatures,
  trainChoice,
} from "./train-loop.ts";
import type { Observation, Source } from "./train-observe.ts";

/**
 * Hand-annotated quotes weigh more than silver ones: they are BBC and CNN articles of every genre
 * like the ones users paste, where PolNeAR is US politics only. 10 rather than 4: validation accuracy
 * 0.907 -> 0.915 at the same wrong-name rate (3.6%); keeping only PolNeAR quotes whose gold mention is
 * a name newsbrief found (dropping silver-name labels) made validation worse (6.1% wrong names).
 */
const GOLD_WEIGHT = 10;
const SOURCES: readonly Source[] = [
  { file: "polnear-train.jsonl", weight: 1, silver: true },
  { file: "gold-dev.jsonl", weight: GOLD_WEIGHT, silver: false },
  { file: "gold-dev2.jsonl", weight: GOLD_WEIGHT, silver: false },
];
async function readSet(dir: string, source: Source): Promise<GoldArticle[]> {
  const path = resolve(dir, source.file);
  const articles = parseGoldArticles(await readFile(path, "utf8"), path);
  // Hand-annotated files: only their tuning part is ever trained on.
  return source.silver ? articles : articles.filter((a) => splitOf(a.id) === "tuning");
}

/** How many parts the articles are cut into to see each answer from a model that did not learn it. */
const FOLDS = 4;

/** A training quotation and its candidates' probabilities under a model fitted without its article. */
export interface HeldOut {
  readonly example: Observation;
  readonly probabilities: Float64Array;
}

/**
 * Every example's candidate probabilities, each from a model fitted without its article's fold
 * (articles of every source dealt to folds in id order): the confidence calibration and the
 * threshold are fitted on answers the model did not learn from, so they hold on unseen articles.
 */
export function outOfFold(
  examples: readonly Observation[],
  plan: LoopPlan = DEFAULT_PLAN,
): HeldOut[] {
  const articles = [...new Set(examples.map((e) => e.article))].sort();
  const foldOf = new Map(articles.map((a, i) => [a, i % FOLDS]));
  const out: HeldOut[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = (e: Observation) => foldOf.get(e.article) === fold;
    const weights = fitChoiceModel(
      examples.filter((e) => !held(e)),
      FEATURES.length,
      { ...FIT, l2: l2Of(plan), steps: FIT.steps * plan.rounds },
    );
    for (const e of examples) {
      if (held(e)) out.push({ example: e, probabilities: softmaxOf(weights, e.candidates) });
    }
  }
  return out;
}

function rounded(names: readonly string[], weights: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((name, i) => {
    out[name] = Math.round((weights[i] ?? 0) * 1e4) / 1e4;
  });
  return out;
}

/**
 * The loop's settings from the command line (the defaults are what the checked-in weights came
 * from): `--rounds N`, `--warm`, `--step S`, `--nobody-l2 X`, `--read-on-l2 X` (docs/quality.md).
 */
export function planOf(argv: readonly string[]): LoopPlan {
  const number = (name: string, fallback: number): number => {
    const at = argv.indexOf(name);
    if (at < 0) return fallback;
    const value = Number(argv[at + 1]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number >= 0`);
    return value;
  };
  return {
    rounds: Math.round(number("--rounds", DEFAULT_PLAN.rounds)),
    warm: argv.includes("--warm"),
    step: Math.min(1, number("--step", DEFAULT_PLAN.step)),
    readOnL2: number("--read-on-l2", DEFAULT_PLAN.readOnL2),
    nobodyL2: number("--nobody-l2", DEFAULT_PLAN.nobodyL2),
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const dirAt = argv.indexOf("--dir");
  const dir = resolve(dirAt >= 0 ? (argv[dirAt + 1] ?? "") : "../shared/eval/quotes");
  const dryRun = argv.includes("--dry-run");
  const plan = planOf(argv);
  const sets = await Promise.all(
    SOURCES.map(async (s) => ({ source: s, articles: await readSet(dir, s) })),
  );
  const { weights, examples } = trainChoice(sets, plan);
  for (const s of thinFeatures(examples, weights)) {
    process.stdout.write(
      `thin evidence (<= ${THIN} tuning quotes): ${s.feature} ${s.weight.toFixed(3)}: fires in ` +
        `${s.gold.fires} tuning quotes (on a right candidate in ${s.gold.right}), ` +
        `${s.silver.fires} polnear-train (${s.silver.right})\n`,
    );
  }
  const held = outOfFold(examples, plan).map(({ example, probabilities }) => ({
    ...example,
    probabilities,
  }));
  const confidence = trainConfidence(held, process.stdout);
  const content = {
    about:
      "Weights of the speaker choice (src/quotes/speaker-model.ts) and of its confidence " +
      "(src/quotes/confidence.ts), fitted by npm run train:attribution on polnear-train and the " +
      "tuning part (id 0-7) of gold-dev and gold-dev2, the confidence on answers seen out of fold; " +
      `threshold: ${confidence.rule}.`,
    threshold: Math.round(confidence.threshold * 1e4) / 1e4,
    weights: rounded(FEATURES, weights),
    calibration: rounded(CONFIDENCE_FEATURES, confidence.calibration),
  };
  speakerModel(content);
  if (dryRun) {
    process.stdout.write(`${JSON.stringify(content, null, 2)}\n`);
    return;
  }
  const out = resolve(import.meta.dirname, "../quotes/attribution-weights.json");
  await writeFile(out, `${JSON.stringify(content, null, 2)}\n`);
  process.stdout.write(`wrote ${out}\n`);
}

if (process.argv[1] !== undefined && /train-attribution\.ts$/.test(process.argv[1])) {
  await main(process.argv.slice(2));
}
