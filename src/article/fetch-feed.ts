import { decodeBody } from "./charset.ts";
import { parseDocument } from "./dom.ts";
import { feedInvalid } from "./feed-error.ts";
import type { FeedResult } from "./feed-types.ts";
import type { FetchedResource, Fetcher } from "./fetcher.ts";
import { parseFeed } from "./parse-feed.ts";

/** A feed fetch: the fetcher, and the validators of the previous answer for a conditional GET. */
export interface FeedRequest {
  readonly fetcher: Fetcher;
  readonly etag?: string;
  readonly lastModified?: string;
}

const FEED_LINK_TYPES = /^application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json)$/i;

/**
 * Fetches and parses a feed (RSS 2.0, RSS 1.0, Atom, JSON Feed). With the previous ETag or
 * Last-Modified it sends a conditional GET; a 304 comes back as `{ status: "not-modified" }`.
 * Given a web page instead of a feed, it follows the page's <link rel="alternate"> feed once.
 */
export async function fetchFeed(url: string, request: FeedRequest): Promise<FeedResult> {
  const first = await fetchOnce(url, request);
  if (first.notModified) return notModified(first);
  const text = decode(first);
  if (!isWebPage(text)) return parsed(first, text);
  const linked = discoverFeedLink(text, first.url);
  if (linked === undefined) {
    throw feedInvalid(first.url, "it is a web page that links to no feed", "html-page");
  }
  // The validators belonged to the page's URL, not to the linked feed's.
  const feed = await fetchOnce(linked, { fetcher: request.fetcher });
  const feedText = decode(feed);
  if (isWebPage(feedText)) throw feedInvalid(linked, "it is a web page", "html-page");
  return parsed(feed, feedText);
}

/** The first feed a web page advertises with <link rel="alternate" type="application/rss+xml">. */
export function discoverFeedLink(html: string, base: string): string | undefined {
  const links = parseDocument(html).querySelectorAll("link[href]");
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (!rel.includes("alternate") || !FEED_LINK_TYPES.test(link.getAttribute("type") ?? ""))
      continue;
    try {
      return new URL(link.getAttribute("href") ?? "", base).href;
    } catch {}
  }
  return undefined;
}

/** True for an HTML page; an Atom feed with XHTML content is not one. */
function isWebPage(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, "");
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(
    head,
  );
}

function fetchOnce(url: string, request: FeedRequest): Promise<FetchedResource> {
  return request.fetcher.fetch(url, {
    expect: "feed",
    ...(request.etag === undefined ? {} : { etag: request.etag }),
    ...(request.lastModified === undefined ? {} : { lastModified: request.lastModified }),
  });
}

function decode(resource: FetchedResource): string {
  const kind = resource.contentType.mime.includes("json") ? "text" : "xml";
  return decodeBody(resource.body, resource.contentType.charset, kind);
}

function validators(resource: FetchedResource): { etag?: string; lastModified?: string } {
  return {
    ...(resource.etag === undefined ? {} : { etag: resource.etag }),
    ...(resource.lastModified === undefined ? {} : { lastModified: resource.lastModified }),
  };
}

function notModified(resource: FetchedResource): FeedResult {
  return { status: "not-modified", url: resource.url, ...validators(resource) };
}

function parsed(resource: FetchedResource, text: string): FeedResult {
  const feed = parseFeed(text, resource.url);
  return { status: "ok", url: resource.url, feed, ...validators(resource) };
}
