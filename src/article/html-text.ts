import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from "./dom.ts";
import { GAP_MARK } from "./html-pull-quotes.ts";

// Elements that start and end a paragraph. <br> counts: many sites separate paragraphs with it.
const BLOCK = new Set(
  (
    "ADDRESS ARTICLE BLOCKQUOTE BR CENTER DD DIV DL DT FIGURE H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN " +
    "OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL"
  ).split(" "),
);

const SKIP = new Set(
  (
    "SCRIPT STYLE NOSCRIPT TEMPLATE FIGCAPTION IMG PICTURE SOURCE VIDEO AUDIO IFRAME SVG CANVAS " +
    "BUTTON FORM INPUT SELECT TEXTAREA NAV ASIDE"
  ).split(" "),
);

// A prompt line is the prompt alone or followed by a colon: "Related charges were filed" stays.
const PROMPT =
  /^(?:advertisement|read more|read next|related(?: stories| articles| coverage| links)?|more on this story|see also|sign up|subscribe|share this(?: article| story)?|follow us|listen to this article|continue reading)(?:\s*[:|—–]|\s*$)|^(?:sign up|subscribe) (?:for|to) (?:our|the) [\w\s]{0,40}newsletter|^subscribe to (?:continue|keep) reading|^already a subscriber\?/i;

interface Frame {
  readonly node: DomNode;
  readonly exit: boolean;
}

/**
 * The text of an extracted article as paragraphs: every block (paragraph, block quote, heading,
 * list item) becomes one paragraph, whitespace collapsed; link-only lines and prompts dropped.
 * Where a dropped quotation block left its gap mark, the index of the next paragraph goes to `gaps`.
 */
export function paragraphsOf(root: DomElement, gaps: number[] = []): string[] {
  const paragraphs: string[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  const flush = () => {
    let text = collapse(parts.join(""));
    if (text.includes(GAP_MARK)) {
      gaps.push(paragraphs.length);
      text = collapse(text.replaceAll(GAP_MARK, ""));
    }
    if (text !== "" && !isBoilerplateLine(text, linkChars)) paragraphs.push(text);
    parts = [];
    linkChars = 0;
  };
  // An explicit stack: deeply nested markup must not overflow the call stack.
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? "";
      parts.push(value);
      if (linkDepth > 0) linkChars += value.trim().length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIP.has(node.nodeName)) continue;
    const block = BLOCK.has(node.nodeName);
    if (exit) {
      if (node.nodeName === "A") linkDepth--;
      if (block) flush();
      continue;
    }
    if (block) flush();
    if (node.nodeName === "A") linkDepth++;
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return paragraphs;
}

/** Collapses runs of whitespace (incl. no-break spaces) to one space; drops invisible characters. */
export function collapse(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

// A photo caption left in a plain paragraph: "Tillerson. Photo: Ronaldo Schemidt/AFP/Getty Images".
const CAPTION =
  /(?:^|[.!?]\s+)(?:photo|photograph|picture|image)(?:\s+credit)?s?\s*:\s+\S[^"“”]*$/i;

function isBoilerplateLine(text: string, linkChars: number): boolean {
  if (text.length < 300 && linkChars / text.length > 0.7) return true;
  return text.length < 160 && (PROMPT.test(text) || CAPTION.test(text));
}

/** Counts words (runs of letters or digits), for "is there an article here" thresholds. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
