import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article/extract-html.ts";

const BODY =
  "<p>The harbour board voted on Tuesday to build a second ferry terminal on the north quay, ending a two-year argument over where it should go.</p><p>Work will start next spring and take two years, the board said, and the old terminal will stay open throughout.</p>";

interface TitleCase {
  readonly name: string;
  /** What goes in <head>. */
  readonly head: string;
  /** What goes before the story in <body>. */
  readonly top?: string;
  readonly title: string;
  readonly url?: string;
}

const CASES: readonly TitleCase[] = [
  {
    name: "a portal's generic og:title loses to the <h1> and <title> that agree",
    head: '<title>Ferry terminal approved for north quay | Harbour Times</title><meta property="og:title" content="Harbour Times - Latest News &amp; Headlines">',
    top: "<h1>Ferry terminal approved for north quay</h1>",
    title: "Ferry terminal approved for north quay",
  },
  {
    name: "a site suffix is dropped when og:site_name names it",
    head: '<title>Ferry terminal approved for north quay - Harbour Times</title><meta property="og:site_name" content="Harbour Times">',
    title: "Ferry terminal approved for north quay",
  },
  {
    name: "an author suffix is dropped when the page names its author",
    head: '<meta property="og:title" content="Why the north quay won | Jane Roe"><meta name="author" content="Jane Roe">',
    title: "Why the north quay won",
  },
  {
    name: "a site prefix is dropped too",
    head: '<title>Harbour Times | Ferry terminal approved for north quay</title><meta property="og:site_name" content="Harbour Times">',
    title: "Ferry terminal approved for north quay",
  },
  {
    name: "a date, a section and the site after the headline are dropped",
    head: "<title>Terminal aprovado no cais norte - 21/12/2018 - Cidades - Folha</title>",
    title: "Terminal aprovado no cais norte",
  },
  {
    name: "an <h1> naming the section is not the headline",
    head: "<title>Ferry terminal approved for north quay - Harbour Times</title>",
    top: "<h1>Local news</h1>",
    title: "Ferry terminal approved for north quay",
  },
  {
    name: "the <h1> that agrees is taken, not the site logo's <h1> before it",
    head: '<meta property="og:title" content="Ferry terminal approved for north quay">',
    top: "<h1>Harbour Times</h1><h1>Ferry terminal approved for north quay</h1>",
    title: "Ferry terminal approved for north quay",
  },
  {
    name: "a <title> that is only the site's name loses to og:title",
    head: '<title>Harbour Times</title><meta property="og:site_name" content="Harbour Times"><meta property="og:title" content="Ferry terminal approved for north quay">',
    title: "Ferry terminal approved for north quay",
  },
  {
    name: "JSON-LD wrapped in CDATA is read, and its headline wins when <title> confirms it",
    head: '<title>Ferry terminal: the board decides - Harbour Times</title><meta property="og:title" content="The board picks the north quay"><script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","headline":"Ferry terminal: the board decides"}]]></script>',
    top: "<h1>The board picks the north quay</h1>",
    title: "Ferry terminal: the board decides",
  },
  {
    name: "the site's host name counts as its name",
    head: "<title>Ferry terminal approved for north quay | harbourtimes.example</title>",
    title: "Ferry terminal approved for north quay",
    url: "https://www.harbourtimes.example/news/1",
  },
  {
    name: "a headline with a dash inside keeps both halves when nothing names a site",
    head: "<title>Brexit - what happens next for the ferries</title>",
    title: "Brexit - what happens next for the ferries",
  },
];

describe("the headline of a page", () => {
  it.each(CASES)("$name", ({ head, top, title, url }) => {
    const page = `<html><head>${head}</head><body>${top ?? ""}<article>${BODY}</article></body></html>`;
    expect(extractArticle(page, url === undefined ? {} : { url }).title).toBe(title);
  });
});

describe("a hostile title", () => {
  // Titles are compared prefix by prefix: split whole, this one took about 20 s (its length squared).
  it("sets aside a <title> of 100,000 characters of separated words and takes the og:title", () => {
    const head = `<title>${"word - ".repeat(15_000)}</title><meta property="og:title" content="Ferry terminal approved for north quay">`;
    const page = `<html><head>${head}</head><body><article>${BODY}</article></body></html>`;
    expect(extractArticle(page).title).toBe("Ferry terminal approved for north quay");
  });
});
