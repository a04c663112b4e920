import type { Article } from "./article/article.ts";
import type { Entity } from "./people/entity.ts";
import type { Quote } from "./quotes/quote.ts";
import type { TextModel } from "./text/span.ts";

/** Everything newsbrief knows about one article, built in one pass and queried many times. */
export interface Analysis {
  readonly article: Article;
  readonly text: TextModel;
  /** People and organisations, most mentioned first. */
  readonly people: readonly Entity[];
  /** Quotations in article order. */
  readonly quotes: readonly Quote[];
}
