import type { Analysis } from "../analysis.ts";
import type { Entity } from "../people/entity.ts";
import type { Span } from "../text/span.ts";
import type { Quote } from "./quote.ts";

/** A speaker of the article and how many quotations it has. */
export interface SpeakerCount {
  readonly entity: Entity;
  readonly quoteCount: number;
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

/**
 * Answers a who-said query against an analysis: no query lists the speakers, a name or role
 * returns that speaker's quotes, a phrase returns who said it.
 */
export function whoSaid(
  analysis: Analysis,
  query?: string,
  _options: WhoSaidOptions = {},
): WhoSaidAnswer {
  // Arrives with the who-said-what core (issue 2).
  const speakers = new Map<number, number>();
  for (const quote of analysis.quotes) {
    if (quote.speakerId !== null)
      speakers.set(quote.speakerId, (speakers.get(quote.speakerId) ?? 0) + 1);
  }
  if (query === undefined || query.trim() === "") {
    return {
      kind: "speakers",
      speakers: analysis.people
        .filter((entity) => speakers.has(entity.id))
        .map((entity) => ({ entity, quoteCount: speakers.get(entity.id) ?? 0 })),
    };
  }
  return { kind: "none", query, suggestions: [] };
}
