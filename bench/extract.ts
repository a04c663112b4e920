// Benchmark of HTML-to-article extraction (linkedom parse, clean-up, Readability, paragraphs) per
// page. `npx tsx bench/extract.ts`: the HTML fixtures, plus heavier pages built from them the way
// real news sites pad an article (menus, sidebars, comment threads, inline scripts). Prints the
// median and p95 per page, and for the heaviest page how the time splits between the stages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { decodeBody } from "../src/article/charset.ts";
import { parseDocument } from "../src/article/dom.ts";
import { extractArticle } from "../src/article/extract-html.ts";
import { medianMs, quantile, timingSummary } from "./stats.ts";

const fixtures = join(import.meta.dirname, "..", "tests", "fixtures", "html");

/** One page to extract. */
export interface BenchPage {
  readonly name: string;
  readonly html: string;
}

/** What the extraction benchmark measured. */
export interface ExtractBenchResult {
  readonly pages: number;
  readonly medianKb: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** The heaviest page, and the time of each stage on it. */
  readonly heaviest: {
    readonly name: string;
    readonly kb: number;
    readonly elements: number;
    readonly parseMs: number;
    readonly readabilityMs: number;
    readonly extractMs: number;
  };
}

/** The fixture pages that hold an article, plus padded versions of them. */
export function loadPages(): BenchPage[] {
  const pages = readdirSync(fixtures)
    .filter((name) => name.endsWith(".html"))
    .map((name) => ({
      name,
      html: decodeBody(readFileSync(join(fixtures, name)), undefined, "html"),
    }))
    .filter((page) => extracts(page.html));
  const padded = pages.flatMap((page) => [
    { name: `${page.name} + site chrome`, html: pad(page.html, 1) },
    { name: `${page.name} + heavy chrome`, html: pad(page.html, 4) },
  ]);
  return [...pages, ...padded];
}

function extracts(html: string): boolean {
  try {
    extractArticle(html);
    return true;
  } catch {
    return false;
  }
}

/** Wraps a page's body in menus, sidebars, comments and scripts, `weight` times over. */
function pad(html: string, weight: number): string {
  const links = (n: number, cls: string) =>
    Array.from(
      { length: n },
      (_, i) => `<li class="${cls}"><a href="/s/${i}">Section ${i}</a></li>`,
    ).join("");
  const menu = `<nav class="mega-menu"><ul>${links(120 * weight, "menu-item")}</ul></nav>`;
  const cards = Array.from(
    { length: 25 * weight },
    (_, i) =>
      `<div class="card"><img src="/i/${i}.jpg"><h3><a href="/r/${i}">Related story ${i}</a></h3><span class="ago">${i}h ago</span></div>`,
  ).join("");
  const comments = Array.from(
    { length: 60 * weight },
    (_, i) =>
      `<div class="comment"><div class="who"><b>reader${i}</b></div><div class="said"><p>Comment ${i}: I have lived here thirty years and never seen anything like it.</p></div></div>`,
  ).join("");
  const script = `<script>window.__state = ${JSON.stringify({ ids: Array.from({ length: 2000 * weight }, (_, i) => i) })};</script>`;
  return html
    .replace(/<body([^>]*)>/i, `<body$1><header>${menu}</header>${script}`)
    .replace(
      /<\/body>/i,
      `<aside class="sidebar">${cards}</aside><section id="comments">${comments}</section><footer>${menu}</footer></body>`,
    );
}

/** Runs the benchmark over pages: each page's median of several runs, then median and p95 over pages. */
export function benchExtract(pages: readonly BenchPage[]): ExtractBenchResult {
  for (const page of pages) extractArticle(page.html); // warm up the JIT
  const samples = pages.map((page) => ({ page, ms: medianMs(() => extractArticle(page.html), 7) }));
  const heaviest = [...pages].sort((a, b) => b.html.length - a.html.length)[0]!;
  const document = parseDocument(heaviest.html);
  const readability = () =>
    new Readability(parseDocument(heaviest.html) as never, { serializer: (n) => n }).parse();
  const parseMs = medianMs(() => parseDocument(heaviest.html), 5);
  return {
    pages: pages.length,
    medianKb: quantile(
      pages.map((p) => p.html.length / 1024),
      0.5,
    ),
    ...timingSummary(samples.map((s) => s.ms)),
    heaviest: {
      name: heaviest.name,
      kb: heaviest.html.length / 1024,
      elements: document.querySelectorAll("*").length,
      parseMs,
      readabilityMs: medianMs(readability, 5) - parseMs,
      extractMs: medianMs(() => extractArticle(heaviest.html), 5),
    },
  };
}

/** The result as lines for a terminal. */
export function formatExtractBench(result: ExtractBenchResult): string {
  const h = result.heaviest;
  return [
    `extract (HTML -> article, linkedom + Readability) on ${result.pages} pages, median ${result.medianKb.toFixed(0)} KB`,
    `  median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms, max ${result.maxMs.toFixed(2)} ms per page`,
    `  heaviest: ${h.name}, ${h.kb.toFixed(0)} KB, ${h.elements} elements`,
    `    linkedom parse ${h.parseMs.toFixed(2)} ms, Readability alone ${h.readabilityMs.toFixed(2)} ms, newsbrief's whole extraction ${h.extractMs.toFixed(2)} ms`,
    "",
  ].join("\n");
}

if (process.argv[1] !== undefined && /bench\/extract\.ts$/.test(process.argv[1])) {
  process.stdout.write(formatExtractBench(benchExtract(loadPages())));
}
