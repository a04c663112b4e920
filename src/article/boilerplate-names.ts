import { type DomElement, type DomNode, ELEMENT_NODE } from "./dom.ts";

// Class and id names of boxes around an article: captions, related links, sharing, promotions,
// comments. A name is read as a whole token made of words ("c-related__list" is c, related, list;
// "newsletterSignup" is newsletter, signup), and it names a boilerplate box only when a boilerplate
// word is its head: nothing after it but words for the box itself ("related-stories-module"), and
// nothing before it that says the element merely has or lacks one ("ads-enabled", "no_caption",
// "layout--with-sidebar" are wrappers, not ads, captions or sidebars).

const BOILERPLATE_WORDS = new Set(
  (
    "related recommended recommendations readmore moreon morestories newsletter newsletters promo " +
    "promos promotion promotional advert adverts advertisement advertisements advertising ad ads " +
    "adslot adunit sponsored sponsor sponsors social share shares sharing sharebar sharetools " +
    "signup subscribe subscription outbrain taboola comment comments disqus breadcrumb breadcrumbs " +
    "caption captions credit credits tags topics sidebar popular trending mostread mostpopular " +
    "pullquote alsoread bio biography attribution attr"
  ).split(" "),
);

/** Words for the box itself, which may follow the head word: "share-bar", "related_list_item". */
const BOX_WORDS = new Set(
  (
    "container box wrapper wrap list links link module block section widget unit slot slots bar " +
    "area items item stories story articles content text title heading inner outer holder panel " +
    "rail feed carousel tools buttons button icons icon label zone placeholder card cards grid " +
    "row col column top bottom left right header footer body region component group cta form " +
    "banner desktop mobile inline sticky small large fluid overlay popup modal tease teaser teasers headline headlines entry entries more"
  ).split(" "),
);

/** Words that make the rest a state of the element, not its kind: "no-caption", "has-sidebar". */
const STATE_WORDS = new Set(
  "no non not without with has have hasnt is isnt hide hidden show shows enable enabled disable disabled".split(
    " ",
  ),
);

/** Elements of a short box looked at for the author's name. */
const BYLINE_SCAN_ELEMENTS = 40;

/**
 * True when a short box holds the author's name (rel or itemprop "author", class "byline" or
 * "author"): it is the byline, not boilerplate or a caption. Walks at most a few dozen elements
 * (linkedom matches a selector anew on every querySelector call, too slow for every box).
 */
export function holdsByline(box: DomElement): boolean {
  const stack: DomNode[] = [box];
  for (let seen = 0; stack.length > 0 && seen < BYLINE_SCAN_ELEMENTS; seen++) {
    const node = stack.pop() as DomElement;
    const words = (name: string) => (node.getAttribute(name) ?? "").toLowerCase().split(/\s+/);
    if (words("rel").includes("author") || words("itemprop").includes("author")) return true;
    if (words("class").some((word) => word === "byline" || word === "author")) return true;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      if (children[i]!.nodeType === ELEMENT_NODE) stack.push(children[i]!);
    }
  }
  return false;
}

/** True when a class list or an id names a box of boilerplate (see the file comment). */
export function isBoilerplateName(classes: string | null, id: string | null): boolean {
  const tokens = `${classes ?? ""} ${id ?? ""}`.split(/\s+/);
  return tokens.some((token) => token !== "" && token.length <= 80 && isBoilerplateToken(token));
}

/** True when a class list or an id names a pull quote ("pull-quote", "pullquote", "c-pullQuote"). */
export function isPullQuoteName(classes: string | null, id: string | null): boolean {
  return /pull[-_ ]?quote/i.test(
    `${classes ?? ""} ${id ?? ""}`.replace(/([a-z])([A-Z])/g, "$1 $2"),
  );
}

function isBoilerplateToken(token: string): boolean {
  const words = token
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  for (let i = 0; i < words.length; i++) {
    if (STATE_WORDS.has(words[i]!)) return false;
    // A head word may be one word ("related") or two run together ("read-more", "most-read").
    for (const length of [2, 1]) {
      const head = words.slice(i, i + length).join("");
      if (BOILERPLATE_WORDS.has(head) && words.slice(i + length).every(isBoxWord)) return true;
    }
  }
  return false;
}

function isBoxWord(word: string): boolean {
  return BOX_WORDS.has(word) || BOILERPLATE_WORDS.has(word) || /^(?:\d+|[a-z])$/.test(word);
}
