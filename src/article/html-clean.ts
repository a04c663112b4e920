import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from "./dom.ts";

// Elements that are never article text. Pull quotes repeat the article's own words, and a
// repeated quotation would be attributed twice, so they go too.
const NEVER_TEXT =
  "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, " +
  "textarea, nav, footer, aside, figcaption, dialog, [role=navigation], [role=complementary], " +
  "[role=banner], [role=contentinfo], [hidden], [aria-hidden=true]";

// Class or id words of boxes around an article: captions, related links, sharing, promotions.
const BOILERPLATE =
  /(?:^|[\s_-])(?:related|recommended|more-stories|morestories|read-?more|newsletter|promo|advert|advertisement|ad-slot|ad-container|ads|sponsored|social|share|sharing|signup|sign-up|outbrain|taboola|comments?|breadcrumbs?|caption|credits?|tags|topics|sidebar|popular|trending|most-read|pull-?quote|inline-related|also-read)(?:$|[\s_-])/i;

const PAYWALL_CLASS =
  /paywall|subscriber-only|subscribers-only|premium-content|meteredcontent|piano-|regwall|locked-content/i;

const PAYWALL_TEXT =
  /subscribe to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log ?in|sign in)|this (?:article|story|content) is (?:only )?(?:for|available to) (?:paying )?subscribers/i;

/** Signals from the page's markup that the article is behind a paywall. */
export interface CleanResult {
  readonly paywallHint: boolean;
}

/**
 * Removes what is never article text (scripts, navigation, captions, related-link boxes,
 * share bars, pull quotes) from a parsed page, and notes paywall markers on the way.
 */
export function removeBoilerplate(document: DomDocument): CleanResult {
  const bodyText = document.body?.textContent ?? "";
  const paywallHint = PAYWALL_TEXT.test(bodyText) || hasPaywallMarkup(document);
  removeAll(document.querySelectorAll(NEVER_TEXT));
  const boxes = Array.from(document.querySelectorAll("[class], [id]")).filter((box) => {
    const label = `${box.getAttribute("class") ?? ""} ${box.getAttribute("id") ?? ""}`;
    return BOILERPLATE.test(label) && !PAYWALL_CLASS.test(label);
  });
  if (boxes.length === 0 || document.body === null) return { paywallHint };
  const lengths = textLengths(document.body);
  const bodyLength = lengths.get(document.body) ?? 0;
  // A box holding most of the page is the article itself, whatever its class says.
  for (const box of boxes) if ((lengths.get(box) ?? 0) < bodyLength * 0.3) box.remove();
  return { paywallHint };
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

/** Text length under every element, in one post-order walk (textContent per box would be quadratic). */
function textLengths(root: DomNode): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  const stack: { node: DomNode; parent: DomNode | undefined; visited: boolean }[] = [
    { node: root, parent: undefined, visited: false },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!top.visited) {
      top.visited = true;
      lengths.set(top.node, 0);
      const children = top.node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i]!;
        if (child.nodeType === ELEMENT_NODE)
          stack.push({ node: child, parent: top.node, visited: false });
        else if (child.nodeType === TEXT_NODE)
          lengths.set(top.node, (lengths.get(top.node) ?? 0) + (child.textContent?.length ?? 0));
      }
      continue;
    }
    stack.pop();
    if (top.parent !== undefined) {
      lengths.set(top.parent, (lengths.get(top.parent) ?? 0) + (lengths.get(top.node) ?? 0));
    }
  }
  return lengths;
}

function removeAll(elements: ArrayLike<DomElement>): void {
  // Copied first: removing while iterating a live list would skip elements.
  for (const element of Array.from(elements)) element.remove();
}
