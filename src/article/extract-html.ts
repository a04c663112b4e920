import { Readability } from "@mozilla/readability";
import { NewsbriefError } from "../errors.ts";
import type { Article } from "./article.ts";
import {
  type DomDocument,
  type DomElement,
  measureTree,
  nestingDepth,
  parseDocument,
} from "./dom.ts";
import { countTeasers, isFrontPage, type PageShape } from "./front-page.ts";
import { removeBoilerplate } from "./html-clean.ts";
import { type PageMetadata, readMetadata } from "./html-metadata.ts";
import { collapse, countWords, paragraphsOf } from "./html-text.ts";
import { validateArticleText } from "./validate.ts";

/** Largest HTML document extracted, in characters (the fetcher's byte cap usually bites first). */
export const MAX_HTML_CHARS = 10_000_000;

/** Real pages nest a few dozen levels; thousands is an attack on the parser (quadratic in depth). */
const MAX_NESTING = 2_000;

/** Fewer words than this and there is no article on the page. */
const MIN_WORDS = 25;

// Readability slows down sharply on very deep or very large trees (it walks ancestors and
// descendants per node), so such pages are read without it.
const READABILITY_MAX_DEPTH = 120;
const READABILITY_MAX_ELEMENTS = 20_000;

// A page that says it is not free (JSON-LD) and shows fewer words than this only shows its
// teaser. Paywall markup or a "subscribe to continue" line alone is weaker evidence (free pages
// carry them too), so it needs a shorter text before the page counts as paywalled.
const PAYWALL_WORDS = 200;
const PAYWALL_HINT_WORDS = 100;

/** Where an HTML document came from, for metadata and messages. */
export interface HtmlSource {
  /** The page's final URL. */
  readonly url?: string;
  /** The Content-Language header, used when the page does not declare a language. */
  readonly contentLanguage?: string;
  /** How messages name a document without a URL: a file path, "the HTML you gave". */
  readonly label?: string;
}

/**
 * Extracts the article of an HTML page: main content through Readability on linkedom,
 * paragraphs and block quotes kept as paragraphs, metadata from JSON-LD, Open Graph and <title>.
 */
export function extractArticle(html: string, source: HtmlSource = {}): Article {
  const where = source.url ?? source.label ?? "the HTML page";
  checkMarkup(html, where);
  const document = parseDocument(html);
  const meta = readMetadata(document, source.url);
  const { paywallHint } = removeBoilerplate(document);
  const pageTeasers = document.body === null ? 0 : countTeasers(document.body);
  const main = mainContent(document);
  const title = meta.title ?? cleanOptional(main.title);
  const gaps: number[] = [];
  const paragraphs = main.element === null ? [] : paragraphsOf(main.element, gaps);
  // Readability usually drops the headline from the body; when it does not, it is not body text.
  const shifted = title !== undefined && paragraphs[0] === title ? paragraphs.shift() : undefined;
  const text = paragraphs.join("\n\n");
  checkIsArticle(where, meta, paywallHint, {
    pageTeasers,
    contentTeasers:
      main.element === null
        ? 0
        : main.element === document.body
          ? pageTeasers
          : countTeasers(main.element),
    contentWords: countWords(text),
    declaredArticle: meta.declaredArticle,
  });
  const quoteGaps = gapOffsets(paragraphs, gaps, shifted === undefined ? 0 : 1);
  return {
    text: validateArticleText(text, where),
    ...articleFields(meta, main, source, title),
    ...(quoteGaps.length === 0 ? {} : { quoteGaps }),
  };
}

/** The article's metadata: the page's own, else Readability's, without empty fields. */
function articleFields(
  meta: PageMetadata,
  main: MainContent,
  source: HtmlSource,
  title: string | undefined,
): Omit<Article, "text"> {
  const lang = meta.lang ?? source.contentLanguage?.split(",")[0]?.trim();
  const fields: Record<string, string | undefined> = {
    title,
    byline: meta.byline ?? cleanOptional(main.byline)?.replace(/^by\s+/i, ""),
    siteName: meta.siteName ?? cleanOptional(main.siteName),
    publishedAt: meta.publishedAt,
    url: source.url,
    lang: lang === "" ? undefined : lang,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/** Where in the text each paragraph after a gap starts (gaps count paragraphs before the shift). */
function gapOffsets(
  paragraphs: readonly string[],
  gaps: readonly number[],
  shift: number,
): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    starts.push(at);
    at += paragraph.length + 2;
  }
  return gaps.flatMap((gap) => {
    const start = starts[Math.max(0, gap - shift)];
    return start === undefined ? [] : [start];
  });
}

/** Refuses a front page, a paywalled teaser and a page without article text. */
function checkIsArticle(
  where: string,
  meta: PageMetadata,
  paywallHint: boolean,
  shape: PageShape,
): void {
  // A page that says it is paywalled is an article, however little of it shows.
  if (!meta.paywalled && isFrontPage(shape)) throw frontPageError(where);
  const words = shape.contentWords;
  const paywallLimit = meta.paywalled ? PAYWALL_WORDS : paywallHint ? PAYWALL_HINT_WORDS : 0;
  if (words < paywallLimit) throw paywallError(where, words);
  if (words < MIN_WORDS) throw emptyError(where);
}

/** Refuses markup too large or too deeply nested to parse in reasonable time. */
function checkMarkup(html: string, where: string): void {
  if (html.length > MAX_HTML_CHARS) {
    throw new NewsbriefError(
      "INPUT_TOO_LARGE",
      `${capitalise(where)} is too large to read (${html.length.toLocaleString("en")} characters of HTML).`,
      { details: { input: where, reason: "too-large" } },
    );
  }
  if (nestingDepth(html, MAX_NESTING) >= MAX_NESTING) {
    throw new NewsbriefError(
      "ARTICLE_UNREADABLE",
      `${capitalise(where)} nests its markup more than ${MAX_NESTING.toLocaleString("en")} levels deep, which no article page does. Paste the article's text instead.`,
      { details: { input: where, reason: "too-deep" } },
    );
  }
}

interface MainContent {
  readonly element: DomElement | null;
  readonly title?: string | null | undefined;
  readonly byline?: string | null | undefined;
  readonly siteName?: string | null | undefined;
}

/** Readability's pick of the main content; the whole body when it finds nothing or gives up. */
function mainContent(document: DomDocument): MainContent {
  if (document.body === null) return { element: null };
  const size = measureTree(document.body);
  if (size.maxDepth > READABILITY_MAX_DEPTH || size.elements > READABILITY_MAX_ELEMENTS) {
    return { element: document.body };
  }
  try {
    const reader = new Readability<DomElement>(document as never, {
      serializer: (node) => node as unknown as DomElement,
      maxElemsToParse: 200_000,
      charThreshold: 300,
      disableJSONLD: true,
    });
    const result = reader.parse();
    if (result?.content) {
      return {
        element: result.content,
        title: result.title,
        byline: result.byline,
        siteName: result.siteName,
      };
    }
  } catch {
    // Readability refuses huge or odd documents; the plain body is still worth reading.
  }
  return { element: document.body };
}

function cleanOptional(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const flat = collapse(value);
  return flat === "" ? undefined : flat;
}

function paywallError(where: string, words: number): NewsbriefError {
  return new NewsbriefError(
    "ARTICLE_UNREADABLE",
    `${capitalise(where)} is behind a paywall: only ${words} words of it are readable. Paste the article's text instead.`,
    { details: { input: where, reason: "paywall" } },
  );
}

function frontPageError(where: string): NewsbriefError {
  return new NewsbriefError(
    "FRONT_PAGE",
    `${capitalise(where)} looks like a front page listing many stories: give the link of one story.`,
    { details: { input: where, reason: "front-page" } },
  );
}

function emptyError(where: string): NewsbriefError {
  return new NewsbriefError(
    "ARTICLE_UNREADABLE",
    `Found no article text on ${where}: it may be a home page, a video, or a page that needs JavaScript. Paste the article's text instead.`,
    { details: { input: where, reason: "empty" } },
  );
}

/** "the HTML page" starts a sentence capitalised; a URL or a file path stays as it is. */
function capitalise(text: string): string {
  return text.startsWith("the ") ? `T${text.slice(1)}` : text;
}
