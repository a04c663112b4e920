// A local news site for digest tests and the benchmark, on the one HTTP fake: feeds (RSS 2.0 or
// Atom) whose items a test changes between runs, conditional GET with ETags, failures on demand,
// a home page that links its feed, and a page for every story.
import { createHash } from "node:crypto";
import { type Story, story } from "../fixtures/digest/stories.ts";
import { type RouteHandler, send, startTestServer, type TestServer } from "./http-server.ts";
import { escapeXml, feedXml, newsPage, paragraphsOf } from "./pages.ts";

export interface ServedItem {
  readonly story: Story;
  /** Defaults to "urn:story:<n>"; a test rewrites it to mimic a CMS migration. */
  readonly guid?: string;
  /** Defaults to the story's page on this site. */
  readonly link?: string;
  readonly publishedAt?: string;
}

export interface FeedPlan {
  readonly format: "rss" | "atom";
  readonly items: readonly ServedItem[];
  /** Answer with this status and no feed (500, 404...). */
  readonly status?: number;
  /** Serve XML that does not parse. */
  readonly broken?: boolean;
  /** Put each story's full text in the feed (content:encoded / Atom content), not just its lead. */
  readonly fullText?: boolean;
}

export interface NewsSite extends TestServer {
  /** Serves (or replaces) a feed at this path. */
  setFeed(path: string, plan: FeedPlan): void;
  /** Serves a home page at "/" that links to this feed (<link rel="alternate">). */
  setHome(feedPath: string): void;
}

const SITE = "City Desk";
const BROKEN = '<?xml version="1.0"?><rss><channel><title>Broken</title><item><title>Half';

/** Starts the local news site: /story/<n> is story n's page; feeds and home page on demand. */
export async function startNewsSite(): Promise<NewsSite> {
  const server = await startTestServer({}, { fallback: storyPage });
  return Object.assign(server, {
    setFeed: (path: string, plan: FeedPlan) => server.route(path, feedRoute(plan, server.origin)),
    setHome: (feedPath: string) =>
      server.route("/", (_req, res) =>
        send(res, 200, "text/html; charset=utf-8", homePage(feedPath)),
      ),
  });
}

const storyPage: RouteHandler = (req, res) => {
  const match = /^\/story\/(\d+)$/.exec((req.url ?? "/").split("?")[0] ?? "");
  if (match === null) return send(res, 404, "text/plain", "not found");
  const s = story(Number(match[1]));
  send(
    res,
    200,
    "text/html; charset=utf-8",
    newsPage(s.title, paragraphsOf(s.text), {
      site: SITE,
      headTitle: `${s.title} | ${SITE}`,
      publishedAt: s.publishedAt,
    }),
  );
};

function feedRoute(plan: FeedPlan, origin: string): RouteHandler {
  return (req, res) => {
    if (plan.status !== undefined) return send(res, plan.status, "text/plain", "server error");
    const body = plan.broken ? BROKEN : renderFeed(plan, origin);
    const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
    const type = plan.format === "atom" ? "application/atom+xml" : "application/rss+xml";
    if (req.headers["if-none-match"] === etag) return send(res, 304, type, "", { etag });
    send(res, 200, type, body, { etag });
  };
}

function renderFeed(plan: FeedPlan, origin: string): string {
  return feedXml({
    format: plan.format,
    title: SITE,
    link: `${origin}/`,
    entries: plan.items.map(({ story: s, guid, link, publishedAt }) => ({
      title: s.title,
      link: link ?? `${origin}/story/${s.n}`,
      guid: guid ?? `urn:story:${s.n}`,
      publishedAt: publishedAt ?? s.publishedAt,
      summary: paragraphsOf(s.text)[0] ?? "",
      ...(plan.fullText
        ? {
            contentHtml: paragraphsOf(s.text)
              .map((p) => `<p>${escapeXml(p)}</p>`)
              .join(""),
          }
        : {}),
    })),
  });
}

function homePage(feedPath: string): string {
  return `<!doctype html><html><head><title>${SITE}</title>
<link rel="alternate" type="application/rss+xml" title="${SITE}" href="${escapeXml(feedPath)}"></head>
<body><h1>${SITE}</h1><p>Local news.</p></body></html>`;
}
