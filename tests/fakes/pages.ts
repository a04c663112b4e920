// The one page builder for tests: news pages and feeds as a publisher would serve them, from text
// written for the tests (and the seed article the repository ships).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** The seed article's text, as the repository ships it: title on the first line, then paragraphs. */
export const seedText = readFileSync(
  join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"),
  "utf8",
);

/** Escapes text for HTML and XML content and attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export interface NewsPageOptions {
  /** The publisher's name, in og:site_name and the footer (default "Loopback News"). */
  readonly site?: string;
  /** The page's <title>, when it differs from the headline ("Headline | Site"). */
  readonly headTitle?: string;
  /** ISO time for article:published_time. */
  readonly publishedAt?: string;
}

/** A news page: the headline in <h1> and the paragraphs in <article>, between navigation and footer. */
export function newsPage(
  title: string,
  paragraphs: readonly string[],
  options: NewsPageOptions = {},
): string {
  const site = escapeXml(options.site ?? "Loopback News");
  const published =
    options.publishedAt === undefined
      ? ""
      : `<meta property="article:published_time" content="${escapeXml(options.publishedAt)}">`;
  const body = paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeXml(options.headTitle ?? title)}</title>
<meta property="og:site_name" content="${site}">${published}</head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>${escapeXml(title)}</h1>
${body}
</article></main><footer>© ${site}</footer></body></html>`;
}

/** Splits text into its paragraphs (blank-line separated, trimmed, none empty). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The seed article as a news page: its first line is the headline. */
export function seedPage(): string {
  const [title = "", ...paragraphs] = paragraphsOf(seedText);
  return newsPage(title, paragraphs);
}

/** One entry of a feed. */
export interface FeedEntry {
  readonly title: string;
  readonly link: string;
  /** Defaults to the link. */
  readonly guid?: string;
  /** ISO time. */
  readonly publishedAt?: string;
  /** The summary, as text. */
  readonly summary?: string;
  /** The full story, as HTML (content:encoded in RSS, content in Atom). */
  readonly contentHtml?: string;
}

export interface FeedChannel {
  readonly format: "rss" | "atom";
  readonly title: string;
  /** The site's home page. */
  readonly link: string;
  readonly entries: readonly FeedEntry[];
}

/** An RSS 2.0 or Atom feed of the given entries. */
export function feedXml(feed: FeedChannel): string {
  return feed.format === "atom" ? atom(feed) : rss(feed);
}

function rss(feed: FeedChannel): string {
  const items = feed.entries.map((e) => {
    const guid = e.guid === undefined ? "" : ` isPermaLink="false"`;
    return [
      `<item><title>${escapeXml(e.title)}</title><link>${escapeXml(e.link)}</link>`,
      `<guid${guid}>${escapeXml(e.guid ?? e.link)}</guid>`,
      e.publishedAt === undefined
        ? ""
        : `<pubDate>${new Date(e.publishedAt).toUTCString()}</pubDate>`,
      e.summary === undefined ? "" : `<description>${escapeXml(e.summary)}</description>`,
      e.contentHtml === undefined
        ? ""
        : `<content:encoded>${escapeXml(e.contentHtml)}</content:encoded>`,
      "</item>",
    ].join("");
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.link)}</link><description>News</description>
${items.join("\n")}
</channel></rss>`;
}

function atom(feed: FeedChannel): string {
  const entries = feed.entries.map((e) =>
    [
      `<entry><title>${escapeXml(e.title)}</title><link href="${escapeXml(e.link)}"/>`,
      `<id>${escapeXml(e.guid ?? e.link)}</id>`,
      e.publishedAt === undefined ? "" : `<updated>${escapeXml(e.publishedAt)}</updated>`,
      e.summary === undefined ? "" : `<summary>${escapeXml(e.summary)}</summary>`,
      e.contentHtml === undefined
        ? ""
        : `<content type="html">${escapeXml(e.contentHtml)}</content>`,
      "</entry>",
    ].join(""),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(feed.title)}</title><id>${escapeXml(feed.link)}</id><updated>2025-01-01T00:00:00Z</updated>
${entries.join("\n")}
</feed>`;
}
