// Measures newsbrief's summaries against reference summaries with ROUGE, and the Lead-N baseline
// (the first N sentences by newsbrief's own splitter) on the same articles in the same run.
import { analyzeArticle } from "../analyze.ts";
import type { Article } from "../article/article.ts";
import { NewsbriefError } from "../errors.ts";
import { brief } from "../summary/brief.ts";
import { segmentText } from "../text/segment.ts";
import { type RougeMeasure, type RougeScores, scoreRougeMax } from "./rouge.ts";

/** One article with its reference summaries (one sentence per line). */
export interface SummaryRecord {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly references: readonly string[];
}

/** Mean F1 of each measure over the articles, in ROUGE points (0-100). */
export type MeanRouge = Readonly<Record<RougeMeasure, number>>;

export interface SummaryEvaluation {
  readonly articles: number;
  readonly sentences: number;
  readonly newsbrief: MeanRouge;
  readonly lead: MeanRouge;
  /** newsbrief minus Lead-N, in points. */
  readonly difference: MeanRouge;
  /** Mean words per summary: newsbrief's, Lead-N's and the references'. */
  readonly words: { readonly newsbrief: number; readonly lead: number; readonly reference: number };
  /** Mean time to analyse and brief one article, in milliseconds. */
  readonly msPerArticle: number;
}

/** Turns one article into summary sentences; the default is newsbrief's own briefing. */
export type Summarizer = (article: Article, sentences: number) => readonly string[];

const MEASURES: readonly RougeMeasure[] = ["rouge1", "rouge2", "rougeLsum"];

/** newsbrief's summary sentences for an article. */
export const newsbriefSummarizer: Summarizer = (article, sentences) =>
  brief(analyzeArticle(article), { sentences }).summary.map((s) => s.text);

/** The first `sentences` sentences of the article, by newsbrief's splitter. */
export function leadSentences(text: string, sentences: number): string[] {
  return segmentText(text)
    .sentences.slice(0, sentences)
    .map((s) => text.slice(s.start, s.end));
}

/** Parses a JSONL file of `{id, text, title?, reference | references}` records, naming the line of any bad one. */
export function parseSummaryRecords(content: string, source: string): SummaryRecord[] {
  const records: SummaryRecord[] = [];
  const lines = content.split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    records.push(parseRecord(line, `${source} line ${i + 1}`, String(i + 1)));
  });
  if (records.length === 0) {
    throw new NewsbriefError(
      "INPUT_EMPTY",
      `${source} has no records: expected one JSON object per line.`,
      {
        details: { input: source },
      },
    );
  }
  return records;
}

function parseRecord(line: string, where: string, fallbackId: string): SummaryRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw invalid(where, "is not valid JSON");
  }
  if (typeof value !== "object" || value === null) throw invalid(where, "is not a JSON object");
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string" || record.text.trim() === "")
    throw invalid(where, 'has no "text"');
  const references = Array.isArray(record.references)
    ? record.references.filter((r): r is string => typeof r === "string" && r.trim() !== "")
    : typeof record.reference === "string" && record.reference.trim() !== ""
      ? [record.reference]
      : [];
  if (references.length === 0) throw invalid(where, 'has no "reference" or "references"');
  const id =
    typeof record.id === "string" || typeof record.id === "number" ? String(record.id) : fallbackId;
  const title =
    typeof record.title === "string" && record.title.trim() !== "" ? record.title : undefined;
  return { id, text: record.text, references, ...(title === undefined ? {} : { title }) };
}

function invalid(where: string, what: string): NewsbriefError {
  return new NewsbriefError(
    "INPUT_INVALID",
    `${where} ${what}: each line must be {"id","text","reference"} or {"id","text","references":[...]}.`,
    { details: { input: where } },
  );
}

function wordsIn(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + (line.match(/\S+/g)?.length ?? 0), 0);
}

function addScores(total: Record<RougeMeasure, number>, scores: RougeScores): void {
  for (const measure of MEASURES) total[measure] += scores[measure].f1;
}

function mean(total: Record<RougeMeasure, number>, count: number): MeanRouge {
  const result = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  for (const measure of MEASURES) result[measure] = (100 * total[measure]) / count;
  return result;
}

/** Scores newsbrief's summaries and Lead-N against the references of every record. */
export function evaluateSummaries(
  records: readonly SummaryRecord[],
  sentences: number,
  summarize: Summarizer = newsbriefSummarizer,
): SummaryEvaluation {
  const ours = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  const lead = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  const words = { newsbrief: 0, lead: 0, reference: 0 };
  let elapsedMs = 0;
  for (const record of records) {
    const started = performance.now();
    const summary = summarize(
      { text: record.text, ...(record.title === undefined ? {} : { title: record.title }) },
      sentences,
    );
    elapsedMs += performance.now() - started;
    const baseline = leadSentences(record.text, sentences);
    addScores(ours, scoreRougeMax(record.references, summary.join("\n")));
    addScores(lead, scoreRougeMax(record.references, baseline.join("\n")));
    words.newsbrief += wordsIn(summary);
    words.lead += wordsIn(baseline);
    words.reference += wordsIn(record.references[0]?.split("\n") ?? []);
  }
  const n = records.length;
  const newsbrief = mean(ours, n);
  const leadMean = mean(lead, n);
  return {
    articles: n,
    sentences,
    newsbrief,
    lead: leadMean,
    difference: {
      rouge1: newsbrief.rouge1 - leadMean.rouge1,
      rouge2: newsbrief.rouge2 - leadMean.rouge2,
      rougeLsum: newsbrief.rougeLsum - leadMean.rougeLsum,
    },
    words: { newsbrief: words.newsbrief / n, lead: words.lead / n, reference: words.reference / n },
    msPerArticle: elapsedMs / n,
  };
}

/** A table of the evaluation for the terminal. */
export function formatEvaluation(evaluation: SummaryEvaluation): string {
  const { newsbrief, lead, difference, words } = evaluation;
  const cell = (value: number): string => value.toFixed(2).padStart(8);
  const signed = (value: number): string =>
    `${value >= 0 ? "+" : ""}${value.toFixed(2)}`.padStart(8);
  const label = `Lead-${evaluation.sentences}`;
  return [
    `ROUGE F1 (rouge-score compatible, stemmed) on ${evaluation.articles} articles, ${evaluation.sentences} sentences`,
    "",
    `${"".padEnd(12)}${"R-1".padStart(8)}${"R-2".padStart(8)}${"R-Lsum".padStart(8)}${"words".padStart(8)}`,
    `${"newsbrief".padEnd(12)}${cell(newsbrief.rouge1)}${cell(newsbrief.rouge2)}${cell(newsbrief.rougeLsum)}${words.newsbrief.toFixed(1).padStart(8)}`,
    `${label.padEnd(12)}${cell(lead.rouge1)}${cell(lead.rouge2)}${cell(lead.rougeLsum)}${words.lead.toFixed(1).padStart(8)}`,
    `${"difference".padEnd(12)}${signed(difference.rouge1)}${signed(difference.rouge2)}${signed(difference.rougeLsum)}`,
    "",
    `references: ${words.reference.toFixed(1)} words on average; newsbrief took ${evaluation.msPerArticle.toFixed(2)} ms per article (analysis + briefing)`,
    "",
  ].join("\n");
}
