import type { ArticleScore } from "./quotes-score.ts";
import { sameSpeaker } from "./speaker-names.ts";

/** The scores of a whole gold file. */
export interface QuoteTotals {
  readonly articles: number;
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly speakerTotal: number;
  readonly speakerRight: number;
  readonly speakerAccuracy: number;
  /** Matched quotes given a speaker, those given the wrong one, and that share. */
  readonly attributed: number;
  readonly wrongNames: number;
  readonly wrongNameRate: number;
  readonly endToEndPrecision: number;
  readonly endToEndRecall: number;
  readonly endToEndF1: number;
  readonly queries: number;
  readonly queryAccuracy: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Adds up article scores: micro-averaged over quotes, query accuracy averaged over queries. */
export function totalScores(scores: readonly ArticleScore[]): QuoteTotals {
  const sum = (pick: (s: ArticleScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const gold = sum((s) => s.gold);
  const predicted = sum((s) => s.predicted);
  const matched = sum((s) => s.matched.length);
  const endToEnd = sum((s) => s.endToEnd);
  const queries = scores.flatMap((s) => s.queries);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  const e2eP = ratio(endToEnd, predicted);
  const e2eR = ratio(endToEnd, gold);
  return {
    articles: scores.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: f1(precision, recall),
    speakerTotal: sum((s) => s.speakerTotal),
    speakerRight: sum((s) => s.speakerRight),
    speakerAccuracy: ratio(
      sum((s) => s.speakerRight),
      sum((s) => s.speakerTotal),
    ),
    attributed: sum((s) => s.attributed),
    wrongNames: sum((s) => s.wrongNames),
    wrongNameRate: ratio(
      sum((s) => s.wrongNames),
      sum((s) => s.attributed),
    ),
    endToEndPrecision: e2eP,
    endToEndRecall: e2eR,
    endToEndF1: f1(e2eP, e2eR),
    queries: queries.length,
    queryAccuracy: ratio(
      queries.reduce((n, q) => n + q.score, 0),
      queries.length,
    ),
  };
}

const fixed = (n: number) => n.toFixed(3);
const percent = (n: number) => `${(100 * n).toFixed(1)}%`;

/** A labelled group of articles (a gold file, or a split of the dev data) and its totals. */
export interface TotalsRow {
  readonly label: string;
  readonly totals: QuoteTotals;
}

/** One line per gold set and split: extraction, speaker accuracy, wrong-name rate, end to end, queries. */
export function formatSummary(rows: readonly TotalsRow[]): string {
  const width = Math.max(10, ...rows.map((r) => r.label.length));
  const header = `${"set".padEnd(width)}  articles  quotes   P      R      F1     speaker          wrong names      e2e-F1  queries`;
  const lines = rows.map(({ label, totals: t }) =>
    [
      label.padEnd(width),
      String(t.articles).padStart(10),
      String(t.gold).padStart(8),
      `   ${fixed(t.precision)}  ${fixed(t.recall)}  ${fixed(t.f1)}`,
      `  ${fixed(t.speakerAccuracy)} ${`(${t.speakerRight}/${t.speakerTotal})`.padEnd(9)}`,
      `  ${percent(t.wrongNameRate).padStart(5)} ${`(${t.wrongNames}/${t.attributed})`.padEnd(9)}`,
      `  ${fixed(t.endToEndF1)}`,
      `   ${t.queries === 0 ? "-" : fixed(t.queryAccuracy)}`,
    ].join(""),
  );
  return `${[header, "-".repeat(header.length), ...lines].join("\n")}\n`;
}

/** The per-article table and the totals, for people. */
export function formatReport(scores: readonly ArticleScore[], totals: QuoteTotals): string {
  const idWidth = Math.min(48, Math.max(7, ...scores.map((s) => s.id.length)));
  const header = `${"article".padEnd(idWidth)}  gold  pred  match  P      R      F1     speaker  e2e-F1  queries`;
  const rows = scores.map((s) => {
    const p = ratio(s.matched.length, s.predicted);
    const r = ratio(s.matched.length, s.gold);
    const e2e = f1(ratio(s.endToEnd, s.predicted), ratio(s.endToEnd, s.gold));
    const q = s.queries.length === 0 ? "-" : `${fixed(avg(s.queries.map((x) => x.score)))}`;
    return [
      s.id.slice(-idWidth).padEnd(idWidth),
      String(s.gold).padStart(4),
      String(s.predicted).padStart(5),
      String(s.matched.length).padStart(6),
      ` ${fixed(p)}  ${fixed(r)}  ${fixed(f1(p, r))}`,
      `${s.speakerRight}/${s.speakerTotal}`.padStart(8),
      `  ${fixed(e2e)}`,
      `  ${q}`,
    ].join("");
  });
  const lines = [
    header,
    "-".repeat(header.length),
    ...rows,
    "",
    `articles ${totals.articles}, gold quotes ${totals.gold}, scored predictions ${totals.predicted}, matched ${totals.matched}`,
    `extraction   P ${fixed(totals.precision)}  R ${fixed(totals.recall)}  F1 ${fixed(totals.f1)}`,
    `speaker      accuracy ${fixed(totals.speakerAccuracy)} (${totals.speakerRight}/${totals.speakerTotal} matched quotes with a gold speaker)`,
    `wrong names  ${percent(totals.wrongNameRate)} (${totals.wrongNames}/${totals.attributed} matched quotes given a speaker)`,
    `end-to-end   P ${fixed(totals.endToEndPrecision)}  R ${fixed(totals.endToEndRecall)}  F1 ${fixed(totals.endToEndF1)}`,
    `queries      accuracy ${totals.queries === 0 ? "-" : fixed(totals.queryAccuracy)} (${totals.queries} queries)`,
  ];
  return `${lines.join("\n")}\n`;
}

function avg(values: readonly number[]): number {
  return ratio(
    values.reduce((a, b) => a + b, 0),
    values.length,
  );
}

/** Every error of every article (missed, spurious, wrong speaker, failed query), for tuning. */
export function formatErrors(scores: readonly ArticleScore[]): string {
  const out: string[] = [];
  const clip = (s: string) => JSON.stringify(s.length > 90 ? `${s.slice(0, 87)}...` : s);
  for (const s of scores) {
    const lines: string[] = [];
    for (const g of s.missed) lines.push(`  missed   ${g.start} ${clip(g.text)} (${g.speaker})`);
    for (const p of s.spurious) lines.push(`  spurious ${p.start} ${clip(p.text)} (${p.speaker})`);
    for (const m of s.matched) {
      if (!sameSpeaker(m.predicted.speaker, m.gold.speaker)) {
        lines.push(
          `  speaker  ${m.gold.start} ${clip(m.gold.text)} gold=${m.gold.speaker} got=${m.predicted.speaker} (${m.predicted.confidence.toFixed(2)})`,
        );
      }
    }
    for (const q of s.queries) {
      if (q.score < 1)
        lines.push(`  query    ${clip(q.query.ask)} ${fixed(q.score)} got=${q.answer}`);
    }
    if (lines.length > 0) out.push(s.id, ...lines);
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
