import type { Analysis } from "../analysis.ts";
import type { Entity } from "../people/entity.ts";
import type { Span } from "../text/span.ts";
import { countBySpeaker, isReported } from "./counts.ts";
import { closestNames, findSpeaker } from "./find-speaker.ts";
import { findPhrase, MAX_PHRASE_WORDS, normalTokens, type PhraseHit } from "./phrase-match.ts";
import type { Quote } from "./quote.ts";

/** A speaker of the article and how many statements it has: all of them, and the reported ones. */
export interface SpeakerCount {
  readonly entity: Entity;
  readonly quoteCount: number;
  /** How many of them are reported speech without quotation marks ("Kelly said that ..."). */
  readonly reportedCount: number;
}

/** A quotation that matches a phrase, with the sentence around the match. */
export interface PhraseMatch {
  readonly quote: Quote;
  readonly sentence: Span & { readonly text: string };
}

/** The answer to a who-said query; every quote in it is a verbatim slice of the article. */
export type WhoSaidAnswer =
  | { readonly kind: "speakers"; readonly speakers: readonly SpeakerCount[] }
  | { readonly kind: "speaker"; readonly entity: Entity; readonly quotes: readonly Quote[] }
  | { readonly kind: "phrase"; readonly phrase: string; readonly matches: readonly PhraseMatch[] }
  | { readonly kind: "none"; readonly query: string; readonly suggestions: readonly string[] };

/** How to read a who-said query: decide automatically, or force a speaker or a phrase lookup. */
export type WhoSaidMode = "auto" | "speaker" | "phrase";

export interface WhoSaidOptions {
  readonly mode?: WhoSaidMode;
}

const MAX_SUGGESTIONS = 5;

/** A query in quotation marks asks for a phrase, whatever it says. */
function unquote(query: string): { text: string; quoted: boolean } {
  const trimmed = query.trim();
  const m = /^["“”'‘’«»](.*)["“”'‘’«»]$/su.exec(trimmed);
  return m === null
    ? { text: trimmed, quoted: false }
    : { text: (m[1] ?? "").trim(), quoted: true };
}

/**
 * Answers a who-said query against an analysis without re-reading the article: no query lists the
 * speakers, a name, alias or role returns that speaker's quotes in article order, a phrase (any
 * quote style, punctuation-insensitive, small typos forgiven) returns who said it. A query that
 * matches nothing says so, with the closest speakers or phrases.
 */
export function whoSaid(
  analysis: Analysis,
  query?: string,
  options: WhoSaidOptions = {},
): WhoSaidAnswer {
  const counts = countBySpeaker(analysis.quotes);
  const { text, quoted } = unquote(query ?? "");
  if (text === "") return listSpeakers(analysis, counts);
  const mode = options.mode ?? "auto";
  if (mode !== "phrase" && !(mode === "auto" && quoted)) {
    const entity = findSpeaker(analysis.people, text, counts);
    if (entity !== undefined) {
      const quotes = analysis.quotes.filter((q) => q.speakerId === entity.id);
      if (quotes.length > 0 || mode === "speaker") return { kind: "speaker", entity, quotes };
    }
  }
  if (mode !== "speaker") {
    const matches = findPhraseMatches(analysis, text);
    if (matches.length > 0) return { kind: "phrase", phrase: text, matches };
  }
  return { kind: "none", query: text, suggestions: suggest(analysis, text, mode) };
}

function listSpeakers(analysis: Analysis, counts: ReadonlyMap<number, number>): WhoSaidAnswer {
  const reported = countBySpeaker(analysis.quotes, isReported);
  const speakers = analysis.people
    .filter((entity) => counts.has(entity.id))
    .map((entity) => ({
      entity,
      quoteCount: counts.get(entity.id) ?? 0,
      reportedCount: reported.get(entity.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.quoteCount - a.quoteCount ||
        firstQuote(analysis, a.entity) - firstQuote(analysis, b.entity),
    );
  return { kind: "speakers", speakers };
}

function firstQuote(analysis: Analysis, entity: Entity): number {
  return analysis.quotes.find((q) => q.speakerId === entity.id)?.start ?? Number.POSITIVE_INFINITY;
}

/** Quotations holding the phrase: word-for-word matches first, then near ones, each in article order. */
function findPhraseMatches(analysis: Analysis, phrase: string): PhraseMatch[] {
  const words = normalTokens(phrase)
    .slice(0, MAX_PHRASE_WORDS)
    .map((t) => t.word);
  if (words.length === 0) return [];
  const hits: Array<{ quote: Quote; hit: PhraseHit }> = [];
  for (const quote of analysis.quotes) {
    const hit = findPhrase(words, normalTokens(quote.text, quote.start));
    if (hit !== undefined) hits.push({ quote, hit });
  }
  const best = Math.min(...hits.map((h) => h.hit.typos));
  const kept = hits.filter((h) => h.hit.typos === best);
  // Reported speech that repeats a quotation's words adds nothing once the quotation matched.
  const quoted = kept.filter((h) => h.quote.type !== "indirect");
  return kept
    .filter(
      (h) =>
        h.quote.type !== "indirect" ||
        !quoted.some((q) => q.quote.start < h.quote.end && h.quote.start < q.quote.end),
    )
    .map(({ quote, hit }) => ({ quote, sentence: sentenceAround(analysis, hit) }));
}

function sentenceAround(analysis: Analysis, hit: PhraseHit): Span & { readonly text: string } {
  const sentence = analysis.text.sentences.find((s) => s.start <= hit.start && hit.start < s.end);
  const span = sentence ?? hit;
  return { start: span.start, end: span.end, text: analysis.text.text.slice(span.start, span.end) };
}

/** The closest speakers by name, or the quotations sharing most words with the query. */
function suggest(analysis: Analysis, query: string, mode: WhoSaidMode): string[] {
  const names = mode === "phrase" ? [] : closestNames(analysis.people, query, MAX_SUGGESTIONS);
  if (names.length > 0 || mode === "speaker") return names;
  const wanted = new Set(normalTokens(query).map((t) => t.word));
  const scored = analysis.quotes
    .map((quote) => {
      const words = normalTokens(quote.text);
      const shared = new Set(words.filter((w) => wanted.has(w.word)).map((w) => w.word)).size;
      return { quote, shared };
    })
    .filter((s) => s.shared > 0 && s.shared * 2 >= Math.min(wanted.size, 4))
    .sort((a, b) => b.shared - a.shared || a.quote.start - b.quote.start);
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => snippet(s.quote.text));
}

function snippet(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text : `${words.slice(0, 12).join(" ")}…`;
}
