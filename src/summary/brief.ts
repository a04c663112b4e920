import type { Analysis } from "../analysis.ts";
import { NewsbriefError } from "../errors.ts";
import { countWords } from "../text/tokens.ts";
import type { Briefing, BriefOptions, BriefSentence, BriefStats } from "./briefing.ts";
import { type Candidate, findTitle, readCandidates, sentenceAt } from "./candidates.ts";
import { selectKeyPoints } from "./key-points.ts";
import { briefQuotes, rankPeople, toBriefPerson } from "./people.ts";
import { type Ranking, type RankWeights, rankCandidates } from "./rank.ts";
import { selectSentences } from "./select.ts";
import { sentenceTerms } from "./terms.ts";
import { briefTitle } from "./title.ts";

export const DEFAULT_SUMMARY_SENTENCES = 3;
export const DEFAULT_SUMMARY_WORDS = 80;
export const DEFAULT_KEY_POINTS = 5;
export const MAX_SUMMARY_SENTENCES = 10;
/** Words per minute for the reading time. */
const READING_WPM = 230;

/** Tuning knobs beyond the public options, for the evaluation and benchmarks. */
export interface BriefTuning {
  readonly weights?: RankWeights;
  readonly redundancy?: number;
}

/** Builds the briefing of an analysed article: title, extractive summary, key points, people, quotes and stats. */
export function brief(
  analysis: Analysis,
  options: BriefOptions = {},
  tuning: BriefTuning = {},
): Briefing {
  const count = checkCount(options.sentences ?? DEFAULT_SUMMARY_SENTENCES, "sentences", 1);
  const keyPointCount = checkCount(options.keyPoints ?? DEFAULT_KEY_POINTS, "keyPoints", 0);
  const maxWords = checkWords(
    options.maxWords ??
      Math.max(DEFAULT_SUMMARY_WORDS, Math.round((DEFAULT_SUMMARY_WORDS * count) / 3)),
  );
  const title = findTitle(analysis);
  const candidates = readCandidates(analysis, title);
  const ranking = rankCandidates(candidates, tuning.weights);
  const summary = coverSpeakers(
    analysis,
    candidates,
    ranking,
    chooseSummary(candidates, ranking, count, maxWords, tuning.redundancy ?? 0.5),
    maxWords,
  );
  const keyPoints = selectKeyPoints(candidates, ranking, summary, keyPointCount);
  const people = rankPeople(analysis);
  // "Most informative" quotations are the ones that speak to what the headline and summary say.
  const keyTerms = new Set([
    ...(title === null
      ? []
      : sentenceTerms(title.text, { start: 0, end: title.text.length }).terms),
    ...summary.flatMap((i) => candidates[i]?.terms.terms ?? []),
  ]);
  const { article } = analysis;
  return {
    title: briefTitle(title, candidates, ranking),
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.siteName === undefined ? {} : { siteName: article.siteName }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    summary: summary.map((i) => toBriefSentence(candidates, i)),
    keyPoints: keyPoints.map((i) => toBriefSentence(candidates, i)),
    people: people.map(toBriefPerson),
    quotes: briefQuotes(analysis, people, keyTerms),
    stats: briefStats(analysis),
  };
}

function chooseSummary(
  candidates: readonly Candidate[],
  ranking: Ranking,
  count: number,
  maxWords: number,
  redundancy: number,
): number[] {
  const summary = selectSentences(candidates, ranking, {
    count,
    maxWords,
    redundancy,
    maxSimilarity: 0.7,
  });
  return summary.length > 0 ? summary : fallbackSummary(candidates, count);
}

/** Quotations that make someone a main speaker of the story. */
const MAIN_SPEAKER_QUOTES = 2;

/**
 * A summary that names none of the story's main speakers (a background lead while the story is what
 * they said) trades its weakest later sentence for the best sentence that names one of them.
 */
function coverSpeakers(
  analysis: Analysis,
  candidates: readonly Candidate[],
  ranking: Ranking,
  summary: readonly number[],
  maxWords: number,
): number[] {
  const naming = sentencesNamingMainSpeakers(analysis);
  const named = sentencesNamingAnyone(analysis);
  if (summary.length < 2 || naming.size === 0 || summary.some((i) => named.has(i))) {
    return [...summary];
  }
  const scoreOf = (i: number) => ranking.scores[i] ?? Number.NEGATIVE_INFINITY;
  let best: number | null = null;
  for (const i of naming) {
    const c = candidates[i];
    if (c === undefined || c.dangling || c.quoteLed || scoreOf(i) === Number.NEGATIVE_INFINITY)
      continue;
    if (best === null || scoreOf(i) > scoreOf(best)) best = i;
  }
  if (best === null) return [...summary];
  // The lead stays; the weakest later sentences make room, one at a time, until the budget holds.
  const wordsOf = (i: number) => candidates[i]?.terms.words ?? 0;
  const kept = [...summary];
  let words = kept.reduce((sum, i) => sum + wordsOf(i), 0) + wordsOf(best);
  do {
    const weakest = kept.slice(1).reduce((a, b) => (scoreOf(b) < scoreOf(a) ? b : a));
    kept.splice(kept.indexOf(weakest), 1);
    words -= wordsOf(weakest);
  } while (words > maxWords && kept.length > 1);
  if (words > maxWords) return [...summary];
  return [...kept, best].sort((a, b) => a - b);
}

function sentencesNamingMainSpeakers(analysis: Analysis): Set<number> {
  const naming = new Set<number>();
  for (const { entity, quoteCount } of rankPeople(analysis, 3)) {
    if (entity.kind !== "person" || quoteCount < MAIN_SPEAKER_QUOTES) continue;
    for (const mention of entity.mentions) {
      if (mention.form === "pronoun") continue;
      const index = sentenceAt(analysis.text.sentences, mention.start);
      if (index !== -1) naming.add(index);
    }
  }
  return naming;
}

function sentencesNamingAnyone(analysis: Analysis): Set<number> {
  const named = new Set<number>();
  for (const entity of analysis.people) {
    if (entity.kind !== "person") continue;
    for (const mention of entity.mentions) {
      if (mention.form !== "name" && mention.form !== "surname" && mention.form !== "title")
        continue;
      const index = sentenceAt(analysis.text.sentences, mention.start);
      if (index !== -1) named.add(index);
    }
  }
  return named;
}

function checkWords(value: number): number {
  if (!Number.isFinite(value) || value < 1) {
    throw new NewsbriefError(
      "INPUT_INVALID",
      `The briefing option maxWords must be a positive number of words, not ${value}.`,
      { details: { input: "maxWords", reason: "out-of-range" } },
    );
  }
  return value;
}

function checkCount(value: number, name: string, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_SUMMARY_SENTENCES) {
    throw new NewsbriefError(
      "INPUT_INVALID",
      `The briefing option ${name} must be a whole number from ${min} to ${MAX_SUMMARY_SENTENCES}, not ${value}.`,
      { details: { input: name, reason: "out-of-range" } },
    );
  }
  return value;
}

/** When no sentence qualifies (a one-line text, a list of headings), the first sentences still say something. */
function fallbackSummary(candidates: readonly Candidate[], count: number): number[] {
  return candidates
    .filter((c) => c.terms.words > 0)
    .slice(0, count)
    .map((c) => c.sentence.index);
}

function toBriefSentence(candidates: readonly Candidate[], index: number): BriefSentence {
  const candidate = candidates[index] as Candidate;
  return { start: candidate.sentence.start, end: candidate.sentence.end, text: candidate.text };
}

function briefStats(analysis: Analysis): BriefStats {
  const words = countWords(analysis.text.text);
  const speakers = new Set(
    analysis.quotes.flatMap((q) => (q.speakerId === null ? [] : [q.speakerId])),
  );
  return {
    words,
    readingMinutes: Math.max(1, Math.round(words / READING_WPM)),
    quotes: analysis.quotes.length,
    speakers: speakers.size,
    ...(analysis.article.url === undefined ? {} : { url: analysis.article.url }),
  };
}
