import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fetcher } from "../../../src/article/fetcher.ts";
import { loadArticle } from "../../../src/article/load-article.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { failure, loopbackFetcher } from "../../fakes/loopback-fetcher.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "html");
const bytes = (name: string) => readFileSync(join(fixtures, name));

const PASTED =
  "  The minister resigned on Tuesday.\r\n\r\n“I have done my duty,” she said.  \n\nMore follows.\n";

let server: TestServer;
let fetcher: Fetcher;
let dir: string;

beforeAll(async () => {
  server = await startTestServer({
    "/bridge": serve("text/html; charset=utf-8", bytes("harbour-bridge-wire.html")),
    // The page's <meta> declares windows-1252; the header says nothing about the charset.
    "/council": serve("text/html", bytes("council-budget-1252.html")),
    // No <meta> charset at all: only the header says ISO-8859-1.
    "/ferry": serve("text/html; charset=ISO-8859-1", bytes("ferry-strike-latin1.html")),
    "/ferry-unlabelled": serve("text/html", bytes("ferry-strike-latin1.html")),
    "/plain": serve("text/plain; charset=utf-8", PASTED),
    "/xhtml": serve(
      "application/xhtml+xml",
      `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="de"><head><title>Wahl</title></head><body><p>${"Die Wahl fand am Sonntag statt und die Beteiligung war hoch. ".repeat(4)}</p></body></html>`,
    ),
    "/no-type": serve(undefined, bytes("magazine-longread.html")),
    "/paywall": serve("text/html", bytes("paywall-teaser.html")),
  });
  fetcher = loopbackFetcher();
  dir = await mkdtemp(join(tmpdir(), "newsbrief-load-"));
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe("loadArticle", () => {
  it("returns pasted text unchanged, so offsets point into exactly what the user gave", async () => {
    const article = await loadArticle(PASTED);
    expect(article).toEqual({ text: PASTED });
  });

  it("extracts pasted HTML", async () => {
    const article = await loadArticle(bytes("harbour-bridge-wire.html").toString("utf8"));
    expect(article.title).toContain("Port Alder harbour bridge");
    expect(article.url).toBeUndefined();
  });

  it("fetches a link and extracts the article with its final URL", async () => {
    const article = await loadArticle(server.url("/bridge"), { fetcher });
    expect(article.url).toBe(server.url("/bridge"));
    expect(article.text).toContain("said council leader Margaret Ellison");
  });

  it("accepts a link in the angle brackets chat platforms wrap around it", async () => {
    const article = await loadArticle(`<${server.url("/bridge")}>`, { fetcher });
    expect(article.siteName).toBe("Northern Wire News");
  });

  it("decodes a Windows-1252 page declared by its <meta> tag", async () => {
    const article = await loadArticle(server.url("/council"), { fetcher });
    expect(article.title).toBe("Valmont council approves €12m café quarter despite protests");
    expect(article.text).toContain(
      "“This town has waited twenty years for someone to do something with that building,” said the council’s deputy leader, José Ferreira. “Leaving it empty is not a plan — it is a failure.”",
    );
  });

  it.each(["/ferry", "/ferry-unlabelled"])("decodes the ISO-8859-1 page at %s", async (path) => {
    const article = await loadArticle(server.url(path), { fetcher });
    expect(article.text).toContain("said the union's regional organiser, Ángel Muñoz.");
    expect(article.text).toContain("to £42 for a return crossing");
  });

  it("takes a text/plain answer as the article text, unchanged", async () => {
    const article = await loadArticle(server.url("/plain"), { fetcher });
    expect(article).toEqual({ text: PASTED, url: server.url("/plain") });
  });

  it("reads XHTML pages and their language", async () => {
    const article = await loadArticle(server.url("/xhtml"), { fetcher });
    expect(article.lang).toBe("de");
    expect(article.text).toContain("Die Wahl fand am Sonntag statt");
  });

  it("reads a page served without a Content-Type", async () => {
    const article = await loadArticle(server.url("/no-type"), { fetcher });
    expect(article.title).toBe("The last lighthouse keepers");
  });

  it("reports a paywalled link as behind a paywall", async () => {
    const error = await failure(loadArticle(server.url("/paywall"), { fetcher }));
    expect(error.code).toBe("ARTICLE_UNREADABLE");
    expect(error.details.reason).toBe("paywall");
    expect(error.message).toContain(server.url("/paywall"));
  });

  it("never reads a local file unless told to (chat input must not reach the disk)", async () => {
    const path = join(dir, "secret.txt");
    await writeFile(path, "Private words that must stay on this machine.");
    expect(await loadArticle(path)).toEqual({ text: path });
    expect(await loadArticle(path, { readFiles: true })).toEqual({
      text: "Private words that must stay on this machine.",
    });
  });

  it("refuses file:// links even when files may be read", async () => {
    const error = await failure(loadArticle("file:///etc/passwd", { fetcher, readFiles: true }));
    expect(error.code).toBe("URL_NOT_ALLOWED");
  });

  it("reads an HTML file when files are allowed, detecting its charset", async () => {
    const article = await loadArticle(join(fixtures, "council-budget-1252.html"), {
      readFiles: true,
    });
    expect(article.byline).toBe("Renée Dubois");
    expect(article.text).toContain("“café quarter”");
  });

  it.each([
    ["empty text", "", "INPUT_EMPTY"],
    ["only spaces", " \n\t ", "INPUT_EMPTY"],
    ["binary junk", "\u0000\u0001\u0002PK\u0003\u0004".repeat(50), "INPUT_INVALID"],
    ["an empty HTML page", "<html><body></body></html>", "ARTICLE_UNREADABLE"],
  ])("gives a clear error for %s", async (_name, input, code) => {
    const error = await failure(loadArticle(input));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("reads text whose paragraphs are separated by form feeds and vertical tabs", async () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the council report.`);
    const article = await loadArticle(`${text.join("\f")}\v${text.join("\v")}`);
    expect(article.text.split(/[\f\v]/)).toHaveLength(80);
  });

  it("asks for a fetcher when given a link without one", async () => {
    const error = await failure(loadArticle("https://news.example/a"));
    expect(error.code).toBe("INTERNAL");
  });
});
