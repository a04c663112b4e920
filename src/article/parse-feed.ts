import { XMLParser, XMLValidator } from "fast-xml-parser";
import { feedInvalid as invalid } from "./feed-error.ts";
import { absoluteLink, buildItems, type RawItem } from "./feed-items.ts";
import type { Feed, FeedFormat } from "./feed-types.ts";
import { parseJsonFeed } from "./parse-json-feed.ts";
import { decodeEntities, htmlToText } from "./plain-text.ts";

type Node = Record<string, unknown>;

const ARRAYS = new Set(["item", "entry", "link"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // The parser's own limits on DOCTYPE entities stop a "billion laughs" feed; a count limit would
  // also stop ordinary feeds, whose escaped HTML holds hundreds of thousands of &lt; and &amp;.
  processEntities: true,
  // Atom content is kept raw: XHTML content parsed into objects would lose its word order.
  stopNodes: ["feed.entry.content", "feed.entry.summary"],
  isArray: (name) => ARRAYS.has(name),
});

/**
 * Parses RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed text into a Feed; throws FEED_INVALID with
 * the line of the first error for broken XML, and for anything that is not a feed.
 */
export function parseFeed(text: string, url?: string): Feed {
  const source = url ?? "the feed";
  const trimmed = text.replace(/^\ufeff/, "").trimStart();
  if (trimmed.startsWith("{")) return parseJsonFeed(trimmed, url);
  // A bare "&" in a link is the commonest feed bug; escaping it keeps those feeds readable.
  const xml = trimmed.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, "&amp;");
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) throw invalid(source, describeXmlError(valid.err), "bad-xml");
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    throw invalid(source, `its XML could not be parsed (${(error as Error).message})`, "bad-xml");
  }
  if (isNode(root.rss)) return rssFeed(root.rss, "rss", url);
  if (isNode(root.RDF)) return rssFeed(root.RDF, "rdf", url);
  if (isNode(root.feed)) return atomFeed(root.feed, url);
  if (root.html !== undefined) throw invalid(source, "it is a web page", "html-page");
  const name = Object.keys(root).find((key) => !key.startsWith("?")) ?? "nothing";
  throw invalid(source, `its XML holds <${name}>, not <rss>, <rdf:RDF> or <feed>`, "not-feed");
}

function describeXmlError(err: { code: string; msg: string; line: number }): string {
  const unclosed = /^Invalid '\[(.*)\]' found/s.exec(err.msg);
  if (err.code === "InvalidXml" && unclosed?.[1] !== undefined) {
    const tags = unclosed[1].replace(/["\s]/g, "").split(",").join(", ");
    return `it ends with tags left open (${tags}); the feed looks cut off`;
  }
  return `its XML is broken at line ${err.line}: ${err.msg}`;
}

function rssFeed(root: Node, format: FeedFormat, url: string | undefined): Feed {
  const channel = isNode(root.channel) ? root.channel : {};
  // RSS 1.0 puts items beside the channel; RSS 2.0 inside it.
  const nodes = asArray(format === "rdf" ? root.item : channel.item);
  const raws: RawItem[] = nodes.filter(isNode).map((item) => ({
    guid: textOf(item.guid) ?? attr(item, "about"),
    link: rssLink(item.link),
    title: textOf(item.title),
    date: textOf(item.pubDate) ?? textOf(item.date) ?? textOf(item.published),
    summary: textOf(item.description) ?? textOf(item.summary),
    content: textOf(item.encoded),
  }));
  return assemble(
    format,
    textOf(channel.title),
    rssLink(channel.link),
    textOf(channel.description),
    raws,
    url,
  );
}

function atomFeed(root: Node, url: string | undefined): Feed {
  const raws: RawItem[] = asArray(root.entry)
    .filter(isNode)
    .map((entry) => ({
      guid: textOf(entry.id),
      link: atomLink(entry.link),
      title: atomText(entry.title),
      date: textOf(entry.published) ?? textOf(entry.updated) ?? textOf(entry.issued),
      summary: atomText(entry.summary),
      content: atomText(entry.content),
    }));
  return assemble(
    "atom",
    atomText(root.title),
    atomLink(root.link),
    atomText(root.subtitle),
    raws,
    url,
  );
}

function assemble(
  format: FeedFormat,
  title: string | undefined,
  link: string | undefined,
  description: string | undefined,
  raws: readonly RawItem[],
  url: string | undefined,
): Feed {
  const home = absoluteLink(link, url);
  const about = description === undefined ? "" : htmlToText(description);
  return {
    format,
    title: title === undefined ? (home ?? url ?? "Untitled feed") : htmlToText(title),
    ...(home === undefined ? {} : { link: home }),
    ...(about === "" ? {} : { description: about }),
    // A feed read from a file has no URL; its own home link is the next best base.
    items: buildItems(raws, url !== undefined && URL.canParse(url) ? url : home),
  };
}

/** RSS <link> is text, but an <atom:link rel="self"> often sits beside it under the same name. */
function rssLink(value: unknown): string | undefined {
  const links = asArray(value);
  return links.map((l) => textOf(l)).find((l) => l !== undefined) ?? atomLink(value);
}

function atomLink(value: unknown): string | undefined {
  const links = asArray(value).filter(isNode);
  const rel = (link: Node) => attr(link, "rel") ?? "alternate";
  const best =
    links.find((l) => rel(l) === "alternate" && attr(l, "href")) ??
    links.find((l) => rel(l) !== "self");
  return best === undefined ? undefined : attr(best, "href");
}

/** Atom text constructs kept raw: html is escaped markup, xhtml is markup, text is text. */
function atomText(value: unknown): string | undefined {
  const raw = textOf(value);
  if (raw === undefined) return undefined;
  const type = isNode(value) ? attr(value, "type") : undefined;
  const unwrapped = unwrapCdata(raw);
  return type === "xhtml" ? htmlToText(unwrapped) : htmlToText(decodeEntities(unwrapped));
}

/** Replaces CDATA sections by their content, in one pass. */
function unwrapCdata(text: string): string {
  if (!text.includes("<![CDATA[")) return text;
  const parts: string[] = [];
  let at = 0;
  for (
    let open = text.indexOf("<![CDATA[", at);
    open !== -1;
    open = text.indexOf("<![CDATA[", at)
  ) {
    const end = text.indexOf("]]>", open + 9);
    if (end === -1) break;
    parts.push(text.slice(at, open), text.slice(open + 9, end));
    at = end + 3;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value["#text"]);
  return undefined;
}

function attr(node: Node, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
