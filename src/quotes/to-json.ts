import type { Analysis } from "../analysis.ts";
import type { Entity } from "../people/entity.ts";
import type { Quote, QuoteType } from "./quote.ts";
import { voicesOf } from "./voices.ts";
import type { WhoSaidAnswer } from "./who-said.ts";

/** A person, organisation, group or document as the CLI prints it. */
export interface PersonJson {
  readonly name: string;
  /**
   * What speaks: a person or an organisation the article names, or an unnamed group ("protesters
   * chanted") or document ("the statement said") whose quotations have no speaker. A document
   * issued by an organisation in focus speaks for it, and is not listed on its own.
   */
  readonly type: "person" | "organisation" | "group" | "document";
  readonly aliases: readonly string[];
  readonly role?: string;
}

/** A quotation as the CLI prints it: offsets into the input, the verbatim text, the speaker. */
export interface QuoteJson {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly type: QuoteType;
  /** How sure the speaker model is of `speaker` (of no speaker, when null), 0 to 1. */
  readonly confidence: number;
  readonly cue?: string;
}

/** What `newsbrief quotes --json` prints for one article. */
export interface QuotesJson {
  readonly people: readonly PersonJson[];
  readonly quotes: readonly QuoteJson[];
}

/** The JSON form of an entity. */
export function personJson(entity: Entity): PersonJson {
  return {
    name: entity.name,
    type: entity.kind === "organization" ? "organisation" : "person",
    aliases: [...entity.aliases],
    ...(entity.role === undefined ? {} : { role: entity.role }),
  };
}

/** The JSON form of a quotation. */
export function quoteJson(quote: Quote): QuoteJson {
  return {
    start: quote.start,
    end: quote.end,
    text: quote.text,
    speaker: quote.speaker,
    type: quote.type,
    confidence: Math.round(quote.confidence * 100) / 100,
    ...(quote.cue === undefined ? {} : { cue: quote.cue.text }),
  };
}

/** The people and quotations of an analysis, in the CLI's public JSON shape. */
export function quotesJson(analysis: Analysis): QuotesJson {
  const voices = voicesOf(analysis.quotes).map((v) => ({
    name: v.name,
    type: v.type,
    aliases: [],
  }));
  return {
    people: [...analysis.people.map(personJson), ...voices],
    quotes: analysis.quotes.map(quoteJson),
  };
}

/** A who-said answer in JSON: the kind, then the speaker, phrase matches, speakers or suggestions. */
export function whoSaidJson(answer: WhoSaidAnswer): Record<string, unknown> {
  switch (answer.kind) {
    case "speakers":
      return {
        kind: "speakers",
        speakers: answer.speakers.map((s) => ({
          ...personJson(s.entity),
          quotes: s.quoteCount,
          reported: s.reportedCount,
        })),
      };
    case "speaker":
      return {
        kind: "speaker",
        speaker: personJson(answer.entity),
        quotes: answer.quotes.map(quoteJson),
      };
    case "phrase":
      return {
        kind: "phrase",
        phrase: answer.phrase,
        matches: answer.matches.map((m) => ({ ...quoteJson(m.quote), sentence: m.sentence.text })),
      };
    case "none":
      return { kind: "none", query: answer.query, suggestions: [...answer.suggestions] };
  }
}
