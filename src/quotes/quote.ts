import type { Span } from "../text/span.ts";
import type { CueRule } from "./cues.ts";
import type { Contribution } from "./speaker-model.ts";

/** Why a quotation has its speaker: the cue's rule, the strongest features, a withheld guess. */
export interface Attribution {
  /** The grammar rule of the cue, or "none" when no cue names the speaker. */
  readonly rule: CueRule | "none";
  /** The features that weighed most for the model's best candidate, strongest first. */
  readonly reasons: readonly Contribution[];
  /** The best candidate, when its confidence was under the threshold and no name was given. */
  readonly withheld?: { readonly speaker: string; readonly confidence: number };
}

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
  /**
   * How sure the speaker model is that `speaker` is right, 0 to 1 (for null: that the article
   * names no speaker). A speaker under the model's threshold is withheld: `speaker` is then null.
   */
  readonly confidence: number;
  /** How the speaker was chosen, for \`quotes --explain\`. */
  readonly why?: Attribution;
  /** The attribution that names the speaker ("Tillerson said", "according to"), when there is one. */
  readonly cue?: Span & { readonly text: string };
  /** Index of the sentence the quotation starts in. */
  readonly sentence: number;
  /** Index of the paragraph the quotation starts in (analyzeArticle always sets it). */
  readonly paragraph?: number;
}
