import type { Span } from "../text/span.ts";

/** A sentence of the article chosen for the briefing: a verbatim slice with its offsets. */
export interface BriefSentence extends Span {
  readonly text: string;
}

export interface BriefPerson {
  readonly name: string;
  readonly kind: "person" | "organization";
  readonly role?: string;
  /** Every statement attributed to the person, quoted or reported. */
  readonly quoteCount: number;
  /** How many of them are reported speech without quotation marks. */
  readonly reportedCount: number;
}

/** A quotation shown in the briefing, verbatim, with its speaker. */
export interface BriefQuote extends Span {
  readonly text: string;
  readonly speaker: string;
  readonly role?: string;
  readonly type: "direct" | "partial" | "block" | "indirect";
  /** How sure the speaker model is of the speaker, 0 to 1. */
  readonly confidence: number;
}

export interface BriefStats {
  readonly words: number;
  readonly readingMinutes: number;
  readonly quotes: number;
  readonly speakers: number;
  readonly url?: string;
}

/** The platform-neutral briefing every adapter renders. */
export interface Briefing {
  readonly title: string;
  readonly url?: string;
  readonly siteName?: string;
  readonly publishedAt?: string;
  readonly summary: readonly BriefSentence[];
  readonly keyPoints: readonly BriefSentence[];
  readonly people: readonly BriefPerson[];
  readonly quotes: readonly BriefQuote[];
  readonly stats: BriefStats;
}

export interface BriefOptions {
  /** Sentences in the summary (default 3). */
  readonly sentences?: number;
  /** Word budget of the summary (default 80). */
  readonly maxWords?: number;
  /** Key points after the summary (default up to 5). */
  readonly keyPoints?: number;
}
