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
}
