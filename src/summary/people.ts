// The briefing's people (speakers and key people, most important first) and "what they said":
// the most informative quotation of each main speaker, always a verbatim slice of the article.
import type { Analysis } from "../analysis.ts";
import type { Entity } from "../people/entity.ts";
import { countBySpeaker, isReported } from "../quotes/counts.ts";
import type { Quote } from "../quotes/quote.ts";
import type { BriefPerson, BriefQuote } from "./briefing.ts";
import { sentenceTerms } from "./terms.ts";

/** How many people and quotations a briefing shows at most. */
export const MAX_PEOPLE = 8;
export const MAX_SPEAKER_QUOTES = 5;

const TYPE_WEIGHT: Record<Quote["type"], number> = {
  direct: 1,
  block: 0.8,
  partial: 0.5,
  indirect: 0.4,
};

/** A quotation counts for three mentions: who speaks matters more than who is named. */
function importance(entity: Entity, quoteCount: number): number {
  return entity.mentions.length + 3 * quoteCount;
}

/** Entities worth listing: anyone quoted, and people named more than once or given a role. */
function isKey(entity: Entity, quoteCount: number): boolean {
  if (quoteCount > 0) return true;
  if (entity.kind !== "person") return false;
  return entity.mentions.length >= 2 || entity.role !== undefined;
}

/** An entity of the article with the number of statements attributed to it, and the reported ones. */
export interface RankedPerson {
  readonly entity: Entity;
  readonly quoteCount: number;
  readonly reportedCount: number;
}

/** Orders the article's speakers and key people by importance, most important first. */
export function rankPeople(analysis: Analysis, limit = MAX_PEOPLE): RankedPerson[] {
  const counts = countBySpeaker(analysis.quotes);
  const reported = countBySpeaker(analysis.quotes, isReported);
  const firstSeen = (entity: Entity): number =>
    entity.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
  return analysis.people
    .filter((entity) => isKey(entity, counts.get(entity.id) ?? 0))
    .map((entity) => ({
      entity,
      quoteCount: counts.get(entity.id) ?? 0,
      reportedCount: reported.get(entity.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        importance(b.entity, b.quoteCount) - importance(a.entity, a.quoteCount) ||
        firstSeen(a.entity) - firstSeen(b.entity),
    )
    .slice(0, limit);
}

/** The briefing's view of a ranked person: name, kind, role and quote count. */
export function toBriefPerson({ entity, quoteCount, reportedCount }: RankedPerson): BriefPerson {
  return {
    name: entity.name,
    kind: entity.kind,
    ...(entity.role === undefined ? {} : { role: entity.role }),
    quoteCount,
    reportedCount,
  };
}

/**
 * How much a quotation tells: whole quotations over fragments, enough words to carry a claim, and
 * words that the rest of the briefing (headline, summary) is about.
 */
export function quoteInformativeness(
  analysis: Analysis,
  quote: Quote,
  keyTerms: ReadonlySet<string>,
): number {
  const { words, terms, numbers } = sentenceTerms(analysis.text.text, quote);
  const distinct = new Set(terms);
  let onTopic = 0;
  for (const term of distinct) if (keyTerms.has(term)) onTopic++;
  let score = TYPE_WEIGHT[quote.type] + Math.min(distinct.size, 15) / 15 + Math.min(onTopic, 5) / 5;
  if (numbers > 0) score += 0.1;
  if (words < 5) score -= 1;
  if (words > 70) score -= (words - 70) / 70;
  return score;
}

/** The most informative quotation of each main speaker, in the order of `people`. */
export function briefQuotes(
  analysis: Analysis,
  people: readonly RankedPerson[],
  keyTerms: ReadonlySet<string>,
  limit = MAX_SPEAKER_QUOTES,
): BriefQuote[] {
  const bySpeaker = new Map<number, Quote[]>();
  for (const quote of analysis.quotes) {
    if (quote.speakerId === null) continue;
    const list = bySpeaker.get(quote.speakerId) ?? [];
    list.push(quote);
    bySpeaker.set(quote.speakerId, list);
  }
  const result: BriefQuote[] = [];
  for (const { entity } of people) {
    if (result.length >= limit) break;
    const quotes = bySpeaker.get(entity.id);
    if (quotes === undefined) continue;
    const best = bestQuote(analysis, quotes, keyTerms);
    result.push({
      start: best.start,
      end: best.end,
      text: best.text,
      speaker: entity.name,
      ...(entity.role === undefined ? {} : { role: entity.role }),
      type: best.type,
      confidence: Math.round(best.confidence * 100) / 100,
    });
  }
  return result;
}

function bestQuote(
  analysis: Analysis,
  quotes: readonly Quote[],
  keyTerms: ReadonlySet<string>,
): Quote {
  // Their own words in quotation marks speak for them better than a reporter's paraphrase.
  const quoted = quotes.filter((q) => q.type !== "indirect");
  const pool = quoted.length > 0 ? quoted : quotes;
  let best = pool[0] as Quote;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const quote of pool) {
    const score = quoteInformativeness(analysis, quote, keyTerms);
    if (score > bestScore) {
      best = quote;
      bestScore = score;
    }
  }
  return best;
}
