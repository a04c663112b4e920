import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/** One page the article server answers with. */
export interface Page {
  readonly status?: number;
  readonly html?: string;
  /** Content-Type of the answer (default HTML). */
  readonly contentType?: string;
  /** Wait this long before answering, like a slow news site. */
  readonly delayMs?: number;
}

/** A news site on 127.0.0.1 with pages we wrote, and the paths it was asked for. */
export interface ArticleServer {
  url(path: string): string;
  readonly requested: string[];
  close(): Promise<void>;
}

/** Starts an HTTP server answering each path from `pages` (404 for the rest). */
export async function startArticleServer(pages: Record<string, Page>): Promise<ArticleServer> {
  const requested: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    requested.push(path);
    const page = pages[path] ?? { status: 404, html: "<p>Not found</p>" };
    const answer = () => {
      const body = page.html ?? "";
      res.writeHead(page.status ?? 200, {
        "content-type": page.contentType ?? "text/html; charset=utf-8",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    };
    if (page.delayMs === undefined) return answer();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, page.delayMs);
    timers.add(timer);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    requested,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A news page: the title and paragraphs as a publisher's HTML would carry them. */
export function articleHtml(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title><meta property="og:site_name" content="Loopback News"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>${escapeHtml(title)}</h1>${body}</article>
<footer>© Loopback News</footer></body></html>`;
}

/** The seed article (title on the first line, paragraphs after blank lines) as a news page. */
export function seedArticleHtml(): string {
  const path = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "seeds",
    "tillerson-kelly-mexico-no-mass-deportations.txt",
  );
  const [title = "", ...paragraphs] = readFileSync(path, "utf8")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return articleHtml(title, paragraphs);
}

/** An RSS 2.0 feed listing the given pages of this site. */
export function rssFeed(site: string, items: readonly { title: string; url: string }[]): string {
  const entries = items
    .map(
      (item, i) =>
        `<item><title>${escapeHtml(item.title)}</title><link>${escapeHtml(item.url)}</link><guid>${escapeHtml(item.url)}</guid><pubDate>Mon, 0${i + 1} Jun 2026 08:00:00 GMT</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeHtml(site)}</title><link>https://loopback.example/</link><description>Test feed</description>${entries}</channel></rss>`;
}
