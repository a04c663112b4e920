// A front page or a section index is many short teasers, each a headline linking to another page,
// with no article body of its own. Briefing it would summarise unrelated teasers, so it is told
// apart from an article by what its main content is made of: on an article page Readability's pick
// is the body, with at most a few headline links in it; on a front page its pick is a block of
// teasers, a headline link for every blurb of a sentence or two.
import { ancestorWithTag, type DomElement, textLengths } from "./dom.ts";

/** What the front-page test weighs. */
export interface PageShape {
  /** Distinct pages linked from a headline anywhere on the cleaned page. */
  readonly pageTeasers: number;
  /** The same, inside the main content. */
  readonly contentTeasers: number;
  /** Words of the main content's text (link-only lines are already dropped from it). */
  readonly contentWords: number;
  /** JSON-LD or Open Graph says the page is an article. */
  readonly declaredArticle: boolean;
}

const BLOCKS = new Set("P LI H1 H2 H3 H4 H5 H6 DT DD TD DIV ARTICLE SECTION".split(" "));
const MIN_HEADLINE_WORDS = 4;
const MIN_HEADLINE_CHARS = 12;
/** A link is its block's headline when the block holds little text besides it. */
const HEADLINE_SHARE = 0.6;

/** Fewer headline links than this in the main content is an article with a few links. */
const MIN_TEASERS = 5;
/** An article holds more words than this per headline link in it; a teaser's blurb, fewer. */
const WORDS_PER_TEASER = 30;
/** A page with this many headline links and almost no text of its own is an index. */
const INDEX_TEASERS = 10;
const INDEX_MAX_WORDS = 50;

/**
 * Counts the distinct pages that headline links under `root` point to: links of four words or more
 * that make up most of their block's text ("<h3><a>Budget passes after all-night session</a></h3>").
 * Linear: text lengths come from one walk of the tree.
 */
export function countTeasers(root: DomElement): number {
  const lengths = textLengths(root);
  const targets = new Set<string>();
  for (const link of Array.from(root.querySelectorAll("a[href]"))) {
    const linkChars = lengths.get(link) ?? 0;
    // Four words take a dozen characters at least; most links on a page are shorter.
    if (linkChars < MIN_HEADLINE_CHARS) continue;
    const href = link.getAttribute("href")?.trim() ?? "";
    if (href === "" || /^(?:#|javascript:|mailto:|tel:)/i.test(href)) continue;
    const words = (link.textContent ?? "").match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < MIN_HEADLINE_WORDS) continue;
    const block = ancestorWithTag(link, BLOCKS);
    const blockChars = block === null ? 0 : (lengths.get(block) ?? 0);
    if (linkChars >= HEADLINE_SHARE * blockChars) targets.add(withoutFragment(href));
  }
  return targets.size;
}

/**
 * The link without its fragment: "/story#comments" and "/story" are one page. Cut at the first "#"
 * (a pattern like /#.*$/ was tried again from every "#" before a line break, quadratic on a run).
 */
function withoutFragment(href: string): string {
  const hash = href.indexOf("#");
  return hash === -1 ? href : href.slice(0, hash);
}

/**
 * True for a page of teasers: a main content of headline links with a blurb each, or a page of
 * many headline links with next to no text. A page that declares itself an article needs twice
 * the evidence.
 */
export function isFrontPage(shape: PageShape): boolean {
  const strictness = shape.declaredArticle ? 2 : 1;
  const { contentTeasers, contentWords } = shape;
  if (
    contentTeasers >= MIN_TEASERS * strictness &&
    contentWords < (WORDS_PER_TEASER / strictness) * contentTeasers
  ) {
    return true;
  }
  return shape.pageTeasers >= INDEX_TEASERS * strictness && contentWords < INDEX_MAX_WORDS;
}
