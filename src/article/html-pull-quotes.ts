// Pull quotes repeat the article's own words, so they are dropped: a quotation counted twice would
// be attributed twice. But a block marked as a pull quote right after "Per Vox's Dara Lind:" is the
// quoted block that introduction announces, and dropping it would hand the introduction the next
// paragraph ("Finally, Kelly said that ...") as Dara Lind's. So such a block is kept unless its
// words are found elsewhere on the page; when it is dropped, a gap mark takes its place, and the
// paragraph after an introduction whose block was dropped is no block quote of it.
import type { DomDocument, DomElement } from "./dom.ts";

/** Stands for a dropped quotation block in the extracted paragraphs; never article text. */
export const GAP_MARK = "\uE000";

/** Words in a row that, found elsewhere on the page, make a block a repeat. */
const SHINGLE_WORDS = 6;
/** Pull quotes looked at on one page: real pages have one or two; hostile ones, thousands. */
const MAX_LOOKS = 20;
/** Empty elements skipped looking for the introduction before a block. */
const MAX_EMPTY_SIBLINGS = 20;
/** Shingles of a block looked up (enough to find a repeated sentence, bounded for long blocks). */
const MAX_SHINGLES = 60;

/** What becomes of a box named as a pull quote. */
export type PullQuoteFate = "keep" | "gap" | "drop";

/**
 * Keep a pull quote that a colon introduction announces and that repeats nothing; replace it by a
 * gap mark when it follows an introduction but repeats the page; drop it otherwise.
 */
export function pullQuoteFate(box: DomElement, page: PageText): PullQuoteFate {
  // Each look reads text around the box: bounded so that thousands of boxes stay linear.
  if (page.looked++ >= MAX_LOOKS || !followsIntroduction(box)) return "drop";
  page.normalised ??= normalise(page.text);
  const own = normalise(box.textContent ?? "");
  const rest = page.normalised.replace(own, " ");
  return repeats(own, rest) ? "gap" : "keep";
}

/** The page's text, normalised once for every pull quote looked at, and how many were. */
export interface PageText {
  readonly text: string;
  normalised?: string;
  looked: number;
}

/** Replaces a dropped block by a paragraph holding only the gap mark. */
export function markGap(document: DomDocument, box: DomElement): void {
  const mark = document.createElement("p");
  mark.append(document.createTextNode(GAP_MARK));
  box.replaceWith(mark);
}

/** The element before the box (or before its first ancestor that has one) ends with a colon. */
function followsIntroduction(box: DomElement): boolean {
  for (let at: DomElement | null = box; at !== null; at = at.parentElement) {
    let before = at.previousElementSibling;
    for (let skipped = 0; before !== null && (before.textContent ?? "").trim() === ""; skipped++) {
      if (skipped >= MAX_EMPTY_SIBLINGS) return false;
      before = before.previousElementSibling;
    }
    if (before !== null) return /:\s*$/.test(before.textContent ?? "");
  }
  return false;
}

function repeats(own: string, rest: string): boolean {
  const words = own.split(" ").filter((w) => w !== "");
  if (words.length < SHINGLE_WORDS) return words.length > 0 && rest.includes(` ${own} `);
  const step = Math.max(1, Math.floor((words.length - SHINGLE_WORDS + 1) / MAX_SHINGLES));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += step) {
    if (rest.includes(` ${words.slice(i, i + SHINGLE_WORDS).join(" ")} `)) return true;
  }
  return false;
}

/** Lower case, letters and digits only, single spaces, padded: " a b c ". */
function normalise(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}
