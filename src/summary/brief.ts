import type { Analysis } from "../analysis.ts";
import { NewsbriefError } from "../errors.ts";
import { countWords } from "../text/tokens.ts";
import type { Briefing, BriefOptions, BriefStats } from "./briefing.ts";
import { selectKeyPoints } from "./key-points.ts";
import { briefQuotes, rankPeople, toBriefPerson } from "./people.ts";
import { scoreSentences } from "./rank.ts";
import {
  briefSentence,
  chooseSummary,
  DEFAULT_SUMMARY_SETTINGS,
  prepareSummary,
  type SummarySettings,
} from "./summarize.ts";
import { sentenceTerms } from "./terms.ts";
import { briefTitle } from "./title.ts";

export const DEFAULT_SUMMARY_SENTENCES = 3;
/**
 * Words per summary sentence the default budget allows: a reading guard against run-on sentences,
 * not a length target (a tighter budget only moved ROUGE by chance on held-out folds; docs/quality.md).
 */
export const DEFAULT_WORDS_PER_SENTENCE = 40;
/** The default word budget of a summary of the default length. */
export const DEFAULT_SUMMARY_WORDS = DEFAULT_WORDS_PER_SENTENCE * DEFAULT_SUMMARY_SENTENCES;
export const DEFAULT_KEY_POINTS = 5;
export const MAX_SUMMARY_SENTENCES = 10;
/** Words per minute for the reading time. */
const READING_WPM = 230;

/** Builds the briefing of an analysed article: title, extractive summary, key points, people, quotes and stats. */
export function brief(
  analysis: Analysis,
  options: BriefOptions = {},
  settings: SummarySettings = DEFAULT_SUMMARY_SETTINGS,
): Briefing {
  const count = checkCount(options.sentences ?? DEFAULT_SUMMARY_SENTENCES, "sentences", 1);
  const keyPointCount = checkCount(options.keyPoints ?? DEFAULT_KEY_POINTS, "keyPoints", 0);
  const maxWords = checkWords(options.maxWords ?? defaultSummaryWords(count));
  const context = prepareSummary(analysis);
  const { title, candidates } = context;
  const ranking = scoreSentences(candidates, context.graph, settings.rank);
  const summary = chooseSummary(context, ranking, count, maxWords, settings.redundancy);
  const keyPoints = selectKeyPoints(
    candidates,
    ranking,
    summary,
    keyPointCount,
    context.splitQuotes,
  );
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
    summary: summary.map((i) => briefSentence(context, i)),
    keyPoints: keyPoints.map((i) => briefSentence(context, i)),
    people: people.map(toBriefPerson),
    quotes: briefQuotes(analysis, people, keyTerms),
    stats: briefStats(analysis),
  };
}

/** The default word budget of a summary of `count` sentences. */
export function defaultSummaryWords(count: number): number {
  return DEFAULT_WORDS_PER_SENTENCE * count;
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
