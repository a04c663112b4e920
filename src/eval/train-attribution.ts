// `npm run train:attribution [-- --dir ../shared/eval/quotes] [--dry-run]`: fits the speaker model's
// weights (src/quotes/attribution-weights.json) to the training data: PolNeAR's train split (its
// gold speaker mentions, silver names) and the tuning part of the hand-annotated gold files. Never
// the validation part, polnear-dev, or the project's own tests. Deterministic: the same data gives
// the same weights.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { analyzeArticle } from "../analyze.ts";
import type { PeopleReading } from "../people/read-people.ts";
import { CONFIDENCE_FEATURES } from "../quotes/confidence.ts";
import { FEATURES } from "../quotes/speaker-features.ts";
import { type SpeakerModel, speakerModel, TRAINED_MODEL } from "../quotes/speaker-model.ts";
import { NOBODY } from "../quotes/subject.ts";
import type { Span } from "../text/span.ts";
import { type ChoiceExample, fitChoiceModel, softmaxOf } from "./logistic.ts";
import { type GoldArticle, type GoldQuote, parseGoldArticles } from "./quotes-gold.ts";
import { normalizeSpan, spansMatch } from "./quotes-score.ts";
import { splitOf } from "./quotes-split.ts";
import { sameSpeaker } from "./speaker-names.ts";
import { trainConfidence } from "./train-confidence.ts";

/** A training file, how much each of its examples weighs, and whether its names are silver. */
export interface Source {
  readonly file: string;
  readonly weight: number;
  readonly silver: boolean;
}

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
/** Rounds of fit-then-reread: the previous speaker is a feature, so it is re-read with the new weights. */
const ROUNDS = 3;
const FIT = { l2: 1, steps: 1500, learningRate: 0.05 };
/** One quotation seen in training: its candidates, which are right, and which set it came from. */
export interface Observation extends ChoiceExample {
  readonly gold: boolean;
  /** The article's id, for cross-fitting the threshold. */
  readonly article: string;
}

async function readSet(dir: string, source: Source): Promise<GoldArticle[]> {
  const path = resolve(dir, source.file);
  const articles = parseGoldArticles(await readFile(path, "utf8"), path);
  // Hand-annotated files: only their tuning part is ever trained on.
  return source.silver ? articles : articles.filter((a) => splitOf(a.id) === "tuning");
}

/** Character spans of each entity's names in the text (pronouns and descriptions left out). */
function nameSpans(people: PeopleReading): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  for (const ref of people.refs) {
    if (ref.entity < 0 || ref.form === "pronoun" || ref.form === "role") continue;
    const first = people.lexemes[ref.first];
    const last = people.lexemes[ref.last];
    if (first === undefined || last === undefined) continue;
    const list = out.get(ref.entity) ?? [];
    list.push({ start: first.start, end: last.end });
    out.set(ref.entity, list);
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** Whether an entity is the gold quote's speaker: by name, or (PolNeAR) by the gold mention. */
function isSpeaker(
  gold: GoldQuote,
  entity: number,
  names: ReadonlyMap<number, string>,
  spans: ReadonlyMap<number, Span[]>,
): boolean {
  if (entity === NOBODY) return gold.speaker === null;
  const mention = gold.speaker_mention;
  if (mention !== undefined && (spans.get(entity) ?? []).some((s) => overlaps(s, mention))) {
    return true;
  }
  return gold.speaker !== null && sameSpeaker(names.get(entity) ?? null, gold.speaker);
}

/** The quotations of one article as training examples, read with the current model. */
export function observe(article: GoldArticle, source: Source, model: SpeakerModel): Observation[] {
  const seen: Array<{ span: Span; candidates: Array<{ entity: number; features: Float64Array }> }> =
    [];
  let names: ReadonlyMap<number, string> = new Map();
  let spans: ReadonlyMap<number, Span[]> = new Map();
  analyzeArticle(
    { text: article.text },
    {
      attribution: {
        model,
        observe: (span, candidates) => seen.push({ span, candidates: [...candidates] }),
      },
      onPeople: (people, canonical) => {
        names = canonical;
        spans = nameSpans(people);
      },
    },
  );
  const text = article.text;
  const golds = article.quotes.map((g) => ({ g, span: normalizeSpan(text, g) }));
  const out: Observation[] = [];
  for (const { span, candidates } of seen) {
    const mine = normalizeSpan(text, span);
    const gold = golds.find((x) => spansMatch(x.span, mine))?.g;
    if (gold === undefined) continue;
    let right = candidates.map((c) => isSpeaker(gold, c.entity, names, spans));
    if (!right.some(Boolean)) {
      // Nobody around is the speaker: abstaining is the right answer, but silver names are too
      // noisy to say so when the gold mention is not a name newsbrief found.
      if (source.silver && gold.speaker !== null) continue;
      right = candidates.map((c) => c.entity === NOBODY);
    }
    out.push({
      candidates: candidates.map((c) => c.features),
      right,
      weight: source.weight,
      gold: !source.silver,
      article: article.id,
    });
  }
  return out;
}

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
export function outOfFold(examples: readonly Observation[]): HeldOut[] {
  const articles = [...new Set(examples.map((e) => e.article))].sort();
  const foldOf = new Map(articles.map((a, i) => [a, i % FOLDS]));
  const out: HeldOut[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = (e: Observation) => foldOf.get(e.article) === fold;
    const weights = fitChoiceModel(
      examples.filter((e) => !held(e)),
      FEATURES.length,
      { ...FIT, steps: FIT.steps * ROUNDS },
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

/** Trains the choice over ROUNDS of fit-then-reread; returns its weights and the last reading. */
function trainChoice(sets: ReadonlyArray<{ source: Source; articles: GoldArticle[] }>): {
  weights: Float64Array;
  examples: Observation[];
} {
  // From zero, not from the checked-in weights: a retrain gives the same weights whatever was checked in.
  let weights: Float64Array = new Float64Array(FEATURES.length);
  let model: SpeakerModel = { ...TRAINED_MODEL, weights };
  let examples: Observation[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    examples = sets.flatMap(({ source, articles }) =>
      articles.flatMap((a) => observe(a, source, model)),
    );
    weights = fitChoiceModel(examples, FEATURES.length, { ...FIT, start: weights });
    // The threshold does not change what is read: later quotations read on from the best guess.
    model = { ...model, weights };
    const right = argmaxRight(examples, weights);
    process.stdout.write(
      `round ${round}: ${examples.length} quotes; tuning part argmax right ${right}\n`,
    );
  }
  return { weights, examples };
}

async function main(argv: readonly string[]): Promise<void> {
  const dirAt = argv.indexOf("--dir");
  const dir = resolve(dirAt >= 0 ? (argv[dirAt + 1] ?? "") : "../shared/eval/quotes");
  const dryRun = argv.includes("--dry-run");
  const sets = await Promise.all(
    SOURCES.map(async (s) => ({ source: s, articles: await readSet(dir, s) })),
  );
  const { weights, examples } = trainChoice(sets);
  const held = outOfFold(examples).map(({ example, probabilities }) => ({
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
