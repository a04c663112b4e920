import { parseHTML } from "linkedom";

// The slice of the DOM API newsbrief uses, typed here because the project compiles without lib.dom.

/** A node of a parsed HTML document. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly previousSibling: DomNode | null;
}

/** An element of a parsed HTML document. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  append(...nodes: DomNode[]): void;
  replaceWith(node: DomNode): void;
}

/** A parsed HTML document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  createElement(tagName: string): DomElement;
  createTextNode(text: string): DomNode;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

// Elements that never nest (void) or close themselves implicitly: they do not deepen the tree.
const FLAT_TAGS = new Set(
  (
    "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th " +
    "option optgroup thead tbody tfoot colgroup rt rp html head body"
  ).split(" "),
);

/**
 * How deeply the markup nests elements, estimated in one linear scan without building a tree;
 * stops counting at `limit`. Parsing is quadratic in nesting depth, so this runs first.
 */
export function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let at = html.indexOf("<");
  while (at !== -1) {
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(at, at + 64));
    const close = tag === null ? at : html.indexOf(">", at);
    // No ">" left means no tag can follow: the scan ends instead of retrying at every "<".
    if (close === -1) break;
    if (tag !== null && !FLAT_TAGS.has(tag[2]!.toLowerCase()) && html[close - 1] !== "/") {
      depth = tag[1] === "/" ? Math.max(0, depth - 1) : depth + 1;
      if (depth > deepest) deepest = depth;
      if (deepest >= limit) return deepest;
    }
    at = html.indexOf("<", close + 1);
  }
  return deepest;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses an HTML string into a server-side DOM (linkedom: fast, no layout, no scripts run). */
export function parseDocument(html: string): DomDocument {
  // linkedom builds no <html> or <body> around a fragment, so a fragment gets them here.
  const whole = /<html[\s>]/i.test(html.slice(0, 4096));
  const source = whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const document = parseHTML(source).document as unknown as DomDocument;
  if (document.documentElement === null && whole) return parseDocument(`<body>${html}</body>`);
  return document;
}

/** Size and depth of a tree, measured in one walk without recursion. */
export function measureTree(root: DomNode): { elements: number; maxDepth: number } {
  let elements = 0;
  let maxDepth = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    elements++;
    if (depth > maxDepth) maxDepth = depth;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return { elements, maxDepth };
}

/**
 * Length of the text under every element (whitespace at the ends of text nodes not counted), in one
 * post-order walk: textContent per element would be quadratic.
 */
export function textLengths(root: DomNode): Map<DomNode, number> {
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
          lengths.set(
            top.node,
            (lengths.get(top.node) ?? 0) + (child.textContent?.trim().length ?? 0),
          );
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

/**
 * The nearest ancestor (from the parent up, at most `maxLevels` up) whose tag is in `tags`. A
 * selector-free closest(): linkedom matches a selector string anew on every call.
 */
export function ancestorWithTag(
  element: DomElement,
  tags: ReadonlySet<string>,
  maxLevels = 64,
): DomElement | null {
  let at = element.parentElement;
  for (let level = 0; at !== null && level < maxLevels; level++, at = at.parentElement) {
    if (tags.has(at.tagName)) return at;
  }
  return null;
}
