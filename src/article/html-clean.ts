import { holdsByline, isBoilerplateName, isPullQuoteName } from "./boilerplate-names.ts";
import { type DomDocument, type DomElement, textLengths } from "./dom.ts";
import { removeCaptions } from "./html-captions.ts";
import { markGap, type PageText, pullQuoteFate } from "./html-pull-quotes.ts";
import { countWords } from "./html-text.ts";

// Elements that never hold article text, whatever they wrap.
const NEVER_TEXT =
  "script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, " +
  "textarea, figcaption";

// Boxes that are not article text, unless the article is inside one (a whole page in an ASP.NET
// <form>, an article in an <aside> of a feature layout).
const NOT_TEXT_BOXES =
  "form, nav, footer, aside, dialog, [role=navigation], [role=complementary], [role=banner], " +
  "[role=contentinfo], [hidden], [aria-hidden=true]";

// Never removed for their class or tag: the document's frame and the elements that say "content".
const FRAME = "html, body, main, article, [role=main]";

const BYLINE_BOX_CHARS = 200;

/** A parent with less paragraph text than this is no evidence of where the article is. */
const MIN_ANCHOR_CHARS = 400;

const PAYWALL_CLASS =
  /paywall|subscriber-only|subscribers-only|premium-content|meteredcontent|piano-|regwall|locked-content/i;

const PAYWALL_TEXT =
  /subscribe to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log ?in|sign in)|this (?:article|story|content) is (?:only )?(?:for|available to) (?:paying )?subscribers/i;

/** Signals from the page's markup that the article is behind a paywall. */
export interface CleanResult {
  readonly paywallHint: boolean;
}

/**
 * Removes what is never article text (scripts, navigation, captions, related-link boxes, share
 * bars, pull quotes) from a parsed page, and notes paywall markers on the way. It never removes
 * the document's frame (html, body, main, article) nor an element around the article's paragraphs.
 */
export function removeBoilerplate(document: DomDocument): CleanResult {
  const bodyText = document.body?.textContent ?? "";
  const paywallHint = PAYWALL_TEXT.test(bodyText) || hasPaywallMarkup(document);
  const keep = protectedElements(document);
  proseHeadingsToParagraphs(document);
  removeAll(document.querySelectorAll(NEVER_TEXT), keep);
  removeAll(document.querySelectorAll(NOT_TEXT_BOXES), keep);
  const root = document.documentElement ?? document.body;
  if (root === null) return { paywallHint };
  // One walk serves both passes; after captions go, lengths only overstate: it errs towards keeping.
  const lengths = textLengths(root);
  removeCaptions(root, lengths, keep);
  const boxes = Array.from(document.querySelectorAll("[class], [id]")).filter((box) => {
    const classes = box.getAttribute("class");
    const id = box.getAttribute("id");
    return (
      !keep.has(box) &&
      isBoilerplateName(classes, id) &&
      !PAYWALL_CLASS.test(`${classes ?? ""} ${id ?? ""}`)
    );
  });
  if (boxes.length === 0) return { paywallHint };
  const pageLength = lengths.get(root) ?? 0;
  const page: PageText = { text: root.textContent ?? "", looked: 0 };
  for (const box of boxes) {
    const length = lengths.get(box) ?? 0;
    // A box holding most of the page is the article itself, whatever its class says; a short one
    // naming the author ("credit-bar") is the byline, which Readability reads and drops itself.
    if (length >= pageLength * 0.3) continue;
    if (length < BYLINE_BOX_CHARS && holdsByline(box)) continue;
    const fate = isPullQuoteName(box.getAttribute("class"), box.getAttribute("id"))
      ? pullQuoteFate(box, page)
      : "drop";
    if (fate === "gap") markGap(document, box);
    else if (fate === "drop") box.remove();
  }
  return { paywallHint };
}

// A standfirst set as a heading ("<h2>The mother of a woman who ... before her death.</h2>") is a
// sentence of the article; Readability drops a box whose only text is a heading, so it becomes a <p>.
const PROSE_HEADING_WORDS = 12;

function proseHeadingsToParagraphs(document: DomDocument): void {
  const headings = document.querySelectorAll("h2, h3, h4, h5, h6");
  for (const heading of Array.from(headings)) {
    const text = heading.textContent?.trim() ?? "";
    if (!/[.!?…]["'”’)]*$/.test(text) || countWords(text) < PROSE_HEADING_WORDS) continue;
    const paragraph = document.createElement("p");
    paragraph.append(...Array.from(heading.childNodes));
    heading.replaceWith(paragraph);
  }
}

/** The frame elements, and the parent holding the most paragraph text with all its ancestors. */
function protectedElements(document: DomDocument): Set<DomElement> {
  const keep = new Set(Array.from(document.querySelectorAll(FRAME)));
  if (document.documentElement !== null) keep.add(document.documentElement);
  if (document.body !== null) keep.add(document.body);
  for (let at = contentAnchor(document); at !== null; at = at.parentElement) keep.add(at);
  return keep;
}

/** The element whose own <p> children hold the most text: where the article's body is. */
function contentAnchor(document: DomDocument): DomElement | null {
  const chars = new Map<DomElement, number>();
  const paragraphs = document.querySelectorAll("p");
  let best: DomElement | null = null;
  let bestChars = MIN_ANCHOR_CHARS - 1;
  for (let i = 0; i < paragraphs.length; i++) {
    const parent = paragraphs[i]!.parentElement;
    if (parent === null) continue;
    const total = (chars.get(parent) ?? 0) + (paragraphs[i]!.textContent?.trim().length ?? 0);
    chars.set(parent, total);
    if (total > bestChars) {
      best = parent;
      bestChars = total;
    }
  }
  return best;
}

function hasPaywallMarkup(document: DomDocument): boolean {
  const boxes = document.querySelectorAll("[class], [id], [data-paywall]");
  for (let i = 0; i < boxes.length && i < 20_000; i++) {
    const box = boxes[i]!;
    if (box.getAttribute("data-paywall") !== null) return true;
    const label = `${box.getAttribute("class") ?? ""} ${box.getAttribute("id") ?? ""}`;
    if (PAYWALL_CLASS.test(label)) return true;
  }
  return false;
}

function removeAll(elements: ArrayLike<DomElement>, keep: ReadonlySet<DomElement>): void {
  // Copied first: removing while iterating a live list would skip elements.
  for (const element of Array.from(elements)) if (!keep.has(element)) element.remove();
}
