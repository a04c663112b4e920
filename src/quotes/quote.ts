import type { Span } from "../text/span.ts";

/**
 * direct: a whole quotation in quotation marks; partial: quoted words inside reported speech;
 * block: a paragraph-long quotation introduced by "X wrote:" or "Per X:"; indirect: reported speech
 * without quotation marks ("Kelly said that ...").
 */
export type QuoteType = "direct" | "partial" | "block" | "indirect";

/** A quotation of the article. `text === article.text.slice(start, end)`: grounded, never rewritten. */
export interface Quote extends Span {
  readonly text: string;
  readonly type: QuoteType;
  /** The speaker's canonical name, or null when the article does not say who. */
  readonly speaker: string | null;
  readonly speakerId: number | null;
  /** The attribution that names the speaker ("Tillerson said", "according to"), when there is one. */
  readonly cue?: Span & { readonly text: string };
  /** Index of the sentence the quotation starts in. */
  readonly sentence: number;
  /** Index of the paragraph the quotation starts in (analyzeArticle always sets it). */
  readonly paragraph?: number;
}
