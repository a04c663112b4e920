import type { Analysis } from "../analysis.ts";
import type { Quote } from "../quotes/quote.ts";
import { whoSaid } from "../quotes/who-said.ts";
import type { Span } from "../text/span.ts";
import type { GoldArticle, GoldQuery, GoldQuote } from "./quotes-gold.ts";
import { sameSpeaker } from "./speaker-names.ts";

/** A gold quote and the prediction it was matched to. */
export interface QuotePair {
  readonly gold: GoldQuote;
  readonly predicted: Quote;
}

/** A who-said query of the gold and the share of it newsbrief got right (0 to 1). */
export interface QueryResult {
  readonly query: GoldQuery;
  readonly score: number;
  readonly answer: string;
}

/** How one article scored, with the errors kept for inspection. */
export interface ArticleScore {
  readonly id: string;
  readonly gold: number;
  /** Predictions that count: direct and partial ones not ignored as ambiguous. */
  readonly predicted: number;
  readonly matched: readonly QuotePair[];
  readonly missed: readonly GoldQuote[];
  readonly spurious: readonly Quote[];
  readonly speakerTotal: number;
  readonly speakerRight: number;
  /** Matched quotes given a (non-null) speaker, and how many of those name the wrong one. */
  readonly attributed: number;
  readonly wrongNames: number;
  readonly endToEnd: number;
  readonly queries: readonly QueryResult[];
}

const EDGE = /[\s\p{P}]/u;

/** Shrinks a span past whitespace, quotation marks and punctuation at both edges. */
export function normalizeSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && EDGE.test(text[start] ?? "")) start++;
  while (end > start && EDGE.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when two normalised spans share at least half of the longer one. */
export function spansMatch(a: Span, b: Span): boolean {
  const shared = overlap(a, b);
  return shared > 0 && shared * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/** Pairs predictions with gold quotes one to one, greedily by overlap. */
export function matchQuotes(
  text: string,
  gold: readonly GoldQuote[],
  predicted: readonly Quote[],
): QuotePair[] {
  const goldSpans = gold.map((g) => normalizeSpan(text, g));
  const predSpans = predicted.map((p) => normalizeSpan(text, p));
  const candidates: Array<{ g: number; p: number; shared: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++) {
      const a = goldSpans[g] as Span;
      const b = predSpans[p] as Span;
      if (spansMatch(a, b)) candidates.push({ g, p, shared: overlap(a, b) });
    }
  }
  candidates.sort((x, y) => y.shared - x.shared || x.g - y.g || x.p - y.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: QuotePair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
    usedGold.add(c.g);
    usedPred.add(c.p);
    pairs.push({ gold: gold[c.g] as GoldQuote, predicted: predicted[c.p] as Quote });
  }
  return pairs.sort((a, b) => a.gold.start - b.gold.start);
}

function mostlyInside(text: string, quote: Span, regions: readonly Span[]): boolean {
  const span = normalizeSpan(text, quote);
  const length = Math.max(1, span.end - span.start);
  return regions.some((region) => overlap(span, region) * 2 >= length);
}

/** Scores one article's analysis against its gold annotation, following the shared protocol. */
export function scoreArticle(gold: GoldArticle, analysis: Analysis): ArticleScore {
  const text = gold.text;
  const scorable = analysis.quotes.filter((q) => q.type === "direct" || q.type === "partial");
  const matched = matchQuotes(text, gold.quotes, scorable);
  const matchedPred = new Set(matched.map((pair) => pair.predicted));
  const matchedGold = new Set(matched.map((pair) => pair.gold));
  // A prediction that matches no gold quote but sits in an ambiguous region is neither right nor wrong.
  const spurious = scorable.filter(
    (q) => !matchedPred.has(q) && !mostlyInside(text, q, gold.ambiguous),
  );
  const withSpeaker = matched.filter((pair) => pair.gold.speaker !== null);
  const attributed = matched.filter((pair) => pair.predicted.speaker !== null);
  return {
    id: gold.id,
    gold: gold.quotes.length,
    predicted: matched.length + spurious.length,
    matched,
    missed: gold.quotes.filter((q) => !matchedGold.has(q)),
    spurious,
    speakerTotal: withSpeaker.length,
    speakerRight: withSpeaker.filter((p) => sameSpeaker(p.predicted.speaker, p.gold.speaker))
      .length,
    attributed: attributed.length,
    wrongNames: attributed.filter((p) => !sameSpeaker(p.predicted.speaker, p.gold.speaker)).length,
    endToEnd: matched.filter((p) => sameSpeaker(p.predicted.speaker, p.gold.speaker)).length,
    queries: gold.queries.map((query) => scoreQuery(query, gold, analysis)),
  };
}

function scoreQuery(query: GoldQuery, gold: GoldArticle, analysis: Analysis): QueryResult {
  const answer = whoSaid(analysis, query.ask);
  if ("quote_ids" in query) {
    const wanted = query.quote_ids
      .map((id) => gold.quotes[id])
      .filter((q): q is GoldQuote => q !== undefined);
    if (answer.kind !== "speaker" || wanted.length === 0) {
      return { query, score: 0, answer: answer.kind };
    }
    const found = matchQuotes(gold.text, wanted, answer.quotes).length;
    return { query, score: found / wanted.length, answer: answer.entity.name };
  }
  if (answer.kind !== "phrase" || answer.matches.length === 0) {
    return { query, score: 0, answer: answer.kind };
  }
  const speaker = answer.matches[0]?.quote.speaker ?? null;
  return {
    query,
    score: sameSpeaker(speaker, query.speaker) ? 1 : 0,
    answer: speaker ?? "(nobody)",
  };
}
