/** A news article as newsbrief reads it: plain text with paragraphs kept, plus what the page said about itself. */
export interface Article {
  /** The article body as plain text; paragraphs are separated by a blank line. Offsets point into this. */
  readonly text: string;
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  /** ISO 8601 timestamp, when the page gives one. */
  readonly publishedAt?: string;
  /** The final URL after redirects, when the article came from the web. */
  readonly url?: string;
  /** BCP 47 language tag, when known. */
  readonly lang?: string;
  /**
   * Offsets of paragraphs that followed a quotation block the page had and extraction dropped (a
   * pull quote repeating the article): an introduction before such a gap ("Per Vox's Dara Lind:")
   * introduces nothing, so the paragraph after it is no block quotation.
   */
  readonly quoteGaps?: readonly number[];
}
