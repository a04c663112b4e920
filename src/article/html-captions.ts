// Photo captions and credits that a page does not mark as <figcaption>: the text of a <figure>
// ("Photo", "View photo", a caption in a <p>) and a short block that holds an image with a line or
// two beside it ("<div><img><p>Rescuers at the quay on Monday. (AP Photo/Jane Roe)</p></div>").
// Neither is article prose, and a caption must never become a briefing's summary.
import { holdsByline } from "./boilerplate-names.ts";
import { ancestorWithTag, type DomElement, type DomNode, ELEMENT_NODE } from "./dom.ts";

/** A block this short around an image is its caption (about 50 words). */
const CAPTION_CHARS = 320;
/** Images smaller than this (by their width or height attribute) are icons, not photos. */
const ICON_PX = 60;
/** A caption sits a few levels around its image; bounded so that hostile markup stays linear. */
const MAX_LEVELS = 8;
const MAX_SIBLINGS = 50;

/** What is removed around an image: a block, never an inline element inside a sentence. */
const BLOCK_TAGS = new Set("DIV P FIGURE SECTION TABLE LI DL CENTER HEADER".split(" "));

/**
 * Removes figures (keeping any block quote inside one: embedded posts are quotations) and the short
 * blocks around images and figures, never an element of `keep` (the page's frame and the article's
 * ancestors).
 */
export function removeCaptions(
  root: DomElement,
  lengths: ReadonlyMap<DomNode, number>,
  keep: ReadonlySet<DomElement>,
): void {
  const figures = Array.from(root.querySelectorAll("figure")).filter(
    (figure) => !keep.has(figure) && figure.querySelector("blockquote") === null,
  );
  const images = Array.from(root.querySelectorAll("img, picture, video")).filter(
    (image) => !isIcon(image) && ancestorWithTag(image, QUOTE_OR_FIGURE) === null,
  );
  const removed = new Set<DomElement>();
  for (const media of [...figures, ...images]) {
    if (ancestorWithin(media, removed)) continue;
    const caption = captionBlock(media, lengths, keep);
    // An author's photo beside the byline is not a caption; Readability reads the byline.
    const byline = caption !== null && holdsByline(caption);
    const target = caption === null || byline ? media : caption;
    if (target.tagName === "FIGURE" || target !== media) {
      target.remove();
      removed.add(target);
    }
  }
}

const QUOTE_OR_FIGURE = new Set(["BLOCKQUOTE", "FIGURE"]);

/** True when an element near above `media` was removed already (with `media` inside it). */
function ancestorWithin(media: DomElement, removed: ReadonlySet<DomElement>): boolean {
  let at = media.parentElement;
  for (let level = 0; at !== null && level < MAX_LEVELS; level++, at = at.parentElement) {
    if (removed.has(at)) return true;
  }
  return false;
}

/**
 * The largest block around an image that is short and has no text before the image: a caption
 * follows its photo, while a standfirst or a paragraph before a photo is article text.
 */
function captionBlock(
  image: DomElement,
  lengths: ReadonlyMap<DomNode, number>,
  keep: ReadonlySet<DomElement>,
): DomElement | null {
  let caption: DomElement | null = null;
  let node: DomNode = image;
  let levels = 0;
  for (
    let at = image.parentElement;
    at !== null && !keep.has(at) && (lengths.get(at) ?? 0) <= CAPTION_CHARS && levels < MAX_LEVELS;
    at = at.parentElement, levels++
  ) {
    if (textBefore(node, lengths)) break;
    if (BLOCK_TAGS.has(at.tagName)) caption = at;
    node = at;
  }
  return caption;
}

/** True when a sibling before `node` holds text (or so many siblings stand before it that it is no caption). */
function textBefore(node: DomNode, lengths: ReadonlyMap<DomNode, number>): boolean {
  let seen = 0;
  for (let at = node.previousSibling; at !== null; at = at.previousSibling) {
    const chars =
      at.nodeType === ELEMENT_NODE ? (lengths.get(at) ?? 0) : (at.textContent?.trim().length ?? 0);
    if (chars > 0 || ++seen > MAX_SIBLINGS) return true;
  }
  return false;
}

function isIcon(image: DomElement): boolean {
  const size = (name: string) => Number.parseInt(image.getAttribute(name) ?? "", 10);
  return size("width") < ICON_PX || size("height") < ICON_PX;
}
