// `npm run eval:pages -- [dir] [--verbose] [--json]`: briefs every saved real page (default
// ../shared/eval/pages beside the checkout) the way a user's link is briefed: each page is served by a
// local HTTP server, fetched through the real fetcher, extracted, analysed and briefed. Reports the
// title against expected-metadata.json, crashes and errors, and summary or key-point sentences that
// look like captions, credits, promos, bylines or bios. The pages are read in place, never copied.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { analyzeArticle } from "../src/analyze.ts";
import { createFetcher } from "../src/article/fetcher.ts";
import { loadArticle } from "../src/article/load-article.ts";
import { isNewsbriefError } from "../src/errors.ts";
import { brief } from "../src/summary/brief.ts";
import { captionTexts, flagSentence } from "./pages-flags.ts";

/** What one page gave. */
export interface PageResult {
  readonly name: string;
  readonly expectedTitle: string;
  readonly title?: string;
  readonly titleRight: boolean;
  /** A NewsbriefError code, or "CRASH" for anything else thrown. */
  readonly error?: string;
  readonly errorMessage?: string;
  readonly summary: readonly string[];
  readonly keyPoints: readonly string[];
  readonly flagged: readonly { sentence: string; reasons: readonly string[] }[];
  readonly speakers: readonly string[];
}

interface Expected {
  readonly title: string;
  readonly siteName?: string | null;
}

/** Briefs every page folder of `dir` through a loopback server and the real fetcher. */
export async function evaluatePages(dir: string): Promise<PageResult[]> {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const server = await serve(dir);
  const { port } = server.address() as AddressInfo;
  const fetcher = createFetcher({
    allowPrivateUrls: true,
    connectTimeoutMs: 2_000,
    timeoutMs: 20_000,
    maxBytes: 5 * 1024 * 1024,
  });
  try {
    const results: PageResult[] = [];
    for (const name of names) {
      const expected = JSON.parse(
        readFileSync(join(dir, name, "expected-metadata.json"), "utf8"),
      ) as Expected;
      const html = readFileSync(join(dir, name, "source.html"), "latin1");
      results.push(await evaluatePage(name, `http://127.0.0.1:${port}/${name}/`, expected, html));
    }
    return results;
  } finally {
    await fetcher.close();
    server.close();
  }

  async function evaluatePage(
    name: string,
    url: string,
    expected: Expected,
    html: string,
  ): Promise<PageResult> {
    const base = { name, expectedTitle: expected.title, titleRight: false };
    const none = { summary: [], keyPoints: [], flagged: [], speakers: [] };
    try {
      const briefing = brief(analyzeArticle(await loadArticle(url, { fetcher })));
      const summary = briefing.summary.map((s) => s.text);
      const keyPoints = briefing.keyPoints.map((s) => s.text);
      const captions = captionTexts(html);
      const flagged = [...summary, ...keyPoints]
        .map((sentence) => ({ sentence, reasons: flagSentence(sentence, captions) }))
        .filter((f) => f.reasons.length > 0);
      return {
        ...base,
        title: briefing.title,
        titleRight: titleMatches(briefing.title, expected),
        summary,
        keyPoints,
        flagged,
        speakers: briefing.people.filter((p) => p.quoteCount > 0).map((p) => p.name),
      };
    } catch (error) {
      const code = isNewsbriefError(error) ? error.code : "CRASH";
      return { ...base, ...none, error: code, errorMessage: (error as Error).message };
    }
  }
}

/**
 * The expected title, or the expected title without a trailing " - Site" that names the site (the
 * reference keeps one such suffix, which a careful reader drops); quote marks compared as straight.
 */
export function titleMatches(title: string, expected: Expected): boolean {
  // Typographic quotes and straight ones are the same headline.
  const flat = (s: string) =>
    s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();
  const want = flat(expected.title);
  const site = expected.siteName?.trim();
  const bare = want.replace(/\s+[|–—-]\s+([^|–—-]+)$/, (whole, tail: string) =>
    site !== undefined && site !== "" && tail.trim().toLowerCase() === site.toLowerCase()
      ? ""
      : whole,
  );
  return flat(title) === want || flat(title) === bare;
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = (request.url ?? "/").split("/")[1] ?? "";
    try {
      const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, ""), "source.html"));
      // No charset: newsbrief finds it in the page itself, as with many real servers.
      response.writeHead(200, { "content-type": "text/html" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/** The report: one block per page, then the totals. */
export function formatReport(results: readonly PageResult[], verbose: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const mark = r.error !== undefined ? "ERR " : r.titleRight ? "ok  " : "TITLE";
    lines.push(`${mark} ${r.name}: ${r.error ?? ""}${r.title ?? r.errorMessage ?? ""}`);
    if (!r.titleRight && r.error === undefined) lines.push(`      expected: ${r.expectedTitle}`);
    for (const f of r.flagged) lines.push(`      ? [${f.reasons.join(",")}] ${clip(f.sentence)}`);
    if (verbose) {
      for (const s of r.summary) lines.push(`      S ${clip(s)}`);
      for (const s of r.keyPoints) lines.push(`      K ${clip(s)}`);
      if (r.speakers.length > 0) lines.push(`      speakers: ${r.speakers.join(", ")}`);
    }
  }
  const briefed = results.filter((r) => r.error === undefined);
  const sentences = briefed.reduce((n, r) => n + r.summary.length + r.keyPoints.length, 0);
  const flagged = briefed.reduce((n, r) => n + r.flagged.length, 0);
  lines.push(
    "",
    `pages ${results.length}, briefed ${briefed.length}, crashes ${results.filter((r) => r.error === "CRASH").length}, other errors ${results.filter((r) => r.error !== undefined && r.error !== "CRASH").length}`,
    `titles right ${results.filter((r) => r.titleRight).length}/${results.length}`,
    `flagged sentences ${flagged}/${sentences} (summary and key points)`,
  );
  return lines.join("\n");
}

/** ../shared/eval/pages beside the checkout (or beside its parent, for a worktree). */
function defaultDir(): string {
  const root = join(import.meta.dirname, "..");
  const near = [join(root, "..", "shared"), join(root, "..", "..", "shared")];
  return join(near.find((path) => existsSync(path)) ?? near[0]!, "eval", "pages");
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

const isEntryPoint = process.argv[1]?.endsWith("pages.ts") === true;
if (isEntryPoint) {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((a) => !a.startsWith("--")) ?? defaultDir());
  const results = await evaluatePages(dir);
  process.stdout.write(
    args.includes("--json")
      ? `${JSON.stringify(results, null, 2)}\n`
      : `${formatReport(results, args.includes("--verbose"))}\n`,
  );
}
