// Reading the training articles for `npm run train:attribution`: each quotation newsbrief finds
// that a gold quotation matches, with its candidates' features and which candidates are right.
import { analyzeArticle } from "../analyze.ts";
import type { PeopleReading } from "../people/read-people.ts";
import { type SpeakerModel, TRAINED_MODEL } from "../quotes/speaker-model.ts";
import { NOBODY } from "../quotes/subject.ts";
import type { Span } from "../text/span.ts";
import type { ChoiceExample } from "./logistic.ts";
import type { GoldArticle, GoldQuote } from "./quotes-gold.ts";
import { normalizeSpan, spansMatch } from "./quotes-score.ts";
import { sameSpeaker } from "./speaker-names.ts";

/** A training file, how much each of its examples weighs, and whether its names are silver. */
export interface Source {
  readonly file: string;
  readonly weight: number;
  readonly silver: boolean;
}

/** One quotation seen in training: its candidates, which are right, and which set it came from. */
export interface Observation extends ChoiceExample {
  readonly gold: boolean;
  /** The article's id, for cross-fitting the threshold. */
  readonly article: string;
}

/** The training articles' quotations read with `weights`. */
export function readAll(sets: readonly TrainingSet[], weights: Float64Array): Observation[] {
  const model: SpeakerModel = { ...TRAINED_MODEL, weights };
  return sets.flatMap(({ source, articles }) => articles.flatMap((a) => observe(a, source, model)));
}

/** A training file's source and the articles trained on. */
export interface TrainingSet {
  readonly source: Source;
  readonly articles: GoldArticle[];
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
