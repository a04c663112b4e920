import { parseHTML } from "linkedom";

// The slice of the DOM API newsbrief uses, typed here because the project compiles without lib.dom.

/** A node of a parsed HTML document. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** An element of a parsed HTML document. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

/** A parsed HTML document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
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
