import { NewsbriefError } from "../errors.ts";

/** A parsed Content-Type header. */
export interface ContentType {
  /** Lower-case media type without parameters, "" when the header is missing. */
  readonly mime: string;
  readonly charset?: string;
}

/** What a request expects back, which decides the acceptable media types. */
export type Expected = "article" | "feed";

const ARTICLE_TYPES = new Set(["", "text/html", "application/xhtml+xml", "text/plain"]);
const FEED_TYPES = new Set([
  "",
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/xml",
  "text/xml",
  "application/feed+json",
  "application/json",
  "text/plain",
  // A web page: the feed reader looks in it for a <link rel="alternate"> to the feed.
  "text/html",
  "application/xhtml+xml",
]);

/** Parses a Content-Type header value ("text/html; charset=ISO-8859-1"). */
export function parseContentType(header: string | undefined): ContentType {
  if (header === undefined) return { mime: "" };
  const [type = "", ...params] = header.split(";");
  const mime = type.trim().toLowerCase();
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (match?.[1] !== undefined) return { mime, charset: match[1] };
  }
  return { mime };
}

/** True for media types that are XML feeds by name. */
export function isFeedMime(mime: string): boolean {
  return /^application\/(rss|atom|rdf)\+xml$/.test(mime) || mime === "application/feed+json";
}

/** Throws a clear "not an article" or "not a feed" error when the media type cannot be read. */
export function checkContentType(type: ContentType, expected: Expected, url: string): void {
  if (expected === "article" && ARTICLE_TYPES.has(type.mime)) return;
  if (expected === "feed" && (FEED_TYPES.has(type.mime) || type.mime.endsWith("+xml"))) return;
  const what = describeMime(type.mime);
  if (expected === "feed") {
    throw new NewsbriefError(
      "FEED_INVALID",
      `${url} is ${what}, not a feed. Give the address of an RSS, Atom or JSON feed.`,
      { details: { input: url, reason: "not-feed" } },
    );
  }
  const hint = isFeedMime(type.mime)
    ? "To follow a feed, use /digest add with it."
    : "Paste the article's text instead, or link to the article's web page.";
  throw new NewsbriefError(
    "ARTICLE_UNREADABLE",
    `${url} is ${what}, not an article page. ${hint}`,
    {
      details: { input: url, reason: "not-article" },
    },
  );
}

function describeMime(mime: string): string {
  if (mime === "application/pdf") return "a PDF document";
  if (mime.startsWith("image/")) return `an image (${mime})`;
  if (mime.startsWith("video/")) return `a video (${mime})`;
  if (mime.startsWith("audio/")) return `an audio file (${mime})`;
  if (isFeedMime(mime) || mime === "application/xml" || mime === "text/xml")
    return `a feed (${mime})`;
  if (mime === "application/json") return "JSON data";
  if (/zip|octet-stream|x-tar|gzip/.test(mime)) return `a download (${mime})`;
  return `a ${mime} file`;
}
