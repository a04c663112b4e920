import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article/extract-html.ts";
import { segmentText } from "../../../src/text/segment.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "html");
const html = (name: string) => readFileSync(join(fixtures, name), "utf8");

interface Expected {
  readonly page: string;
  readonly meta: Record<string, string>;
  /** Whole paragraphs the article must contain, exactly. */
  readonly paragraphs: readonly string[];
  /** Words of navigation, captions, related links, ads... that must not be in the text. */
  readonly absent: readonly string[];
}

const PAGES: readonly Expected[] = [
  {
    page: "harbour-bridge-wire.html",
    meta: {
      // The <h1>, which <title> and og:title confirm, over a longer JSON-LD headline none confirms.
      title: "Port Alder harbour bridge to close for two years",
      byline: "Helen Marsh, Tom Okafor",
      siteName: "Northern Wire News",
      publishedAt: "2024-03-05T09:30:00+00:00",
      lang: "en-GB",
    },
    paragraphs: [
      "The harbour bridge in Port Alder will close to all traffic for up to two years after engineers found serious corrosion in its main cables, the city council has said.",
      "“We did not take this decision lightly,” said council leader Margaret Ellison. “The safety of the people who use the bridge has to come first, and the engineers were clear that we could not wait.”",
      // The block quote is its own paragraph.
      "“If we had found this in five years’ time, we would be talking about a bridge that had to come down,” the council’s chief engineer, Dr Priya Natarajan, told the transport committee.",
      "Local MP Daniel Forsyth said he would raise the closure in Parliament. “This is a lifeline for thousands of families, and they deserve to know exactly how long this will take,” he said.",
    ],
    absent: [
      "Photo: Northern Wire",
      "Share on Facebook",
      "Related stories",
      "Ferry timetable doubled",
      "Read more",
      "Hundreds of UK bridges",
      "Advertisement",
      "Most read",
      "All rights reserved",
      "Sign up for our morning briefing",
      "__analytics",
      "Sport",
      "Terms of use",
    ],
  },
  {
    page: "magazine-longread.html",
    meta: {
      title: "The last lighthouse keepers",
      byline: "Ruth Abernethy",
      siteName: "Coastline Magazine",
      publishedAt: "2023-09-30T06:00:00Z",
      lang: "en",
    },
    paragraphs: [
      '"I thought I would last a month," he says, sitting in the kitchen of the cottage where he has lived since the light was automated. "I stayed twenty-four years."',
      '"The worst winter was 1979," she says. "We had no boat for thirty-one days. We were eating tinned peaches for breakfast, dinner and tea."',
      'Rennie still walks to the headland most evenings to watch the light come on. "It doesn\'t need me," he says. "But I like to make sure."',
    ],
    absent: [
      "Photograph: Coastline archive",
      "Sign up for the Coastline newsletter",
      "See also",
      "fog horn",
      "More from Features",
      "Advertisement",
      "We use cookies",
      "About us",
    ],
  },
  {
    page: "seed-article.html",
    meta: {
      title: "In Mexico, Trump Administration Promises There Will Be ‘No Mass Deportations’",
      siteName: "Daily Intelligencer",
      publishedAt: "2017-02-23T18:49:00-05:00",
    },
    paragraphs: seedParagraphs(),
    absent: ["Photo: Ronaldo Schemidt", "Related", "wall will cost more", "New York Media"],
  },
];

function seedParagraphs(): string[] {
  const seed = readFileSync(
    join(
      import.meta.dirname,
      "..",
      "..",
      "..",
      "seeds",
      "tillerson-kelly-mexico-no-mass-deportations.txt",
    ),
    "utf8",
  );
  // The first two blocks of the seed are its headline and a photo caption.
  return seed
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .slice(2);
}

describe("extractArticle on pages written like real news sites", () => {
  it.each(PAGES)("reads $page: metadata, paragraphs and quotes, no boilerplate", (expected) => {
    const article = extractArticle(html(expected.page), { url: "https://news.example/story" });
    expect(article).toMatchObject({ ...expected.meta, url: "https://news.example/story" });
    const paragraphs = article.text.split("\n\n");
    for (const paragraph of expected.paragraphs) expect(paragraphs).toContain(paragraph);
    for (const words of expected.absent) expect(article.text).not.toContain(words);
  });

  it.each(PAGES)("gives $page paragraphs the text segmenter sees the same way", (expected) => {
    const article = extractArticle(html(expected.page));
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs.every((p) => p === p.trim() && !p.includes("\n") && p !== "")).toBe(true);
    expect(segmentText(article.text).paragraphs.length).toBe(paragraphs.length);
  });

  it("keeps the seed article's text word for word, in order", () => {
    const article = extractArticle(html("seed-article.html"));
    expect(article.text).toBe(seedParagraphs().join("\n\n"));
  });

  it("drops a pull quote that repeats the article, so the quotation appears once", () => {
    const text = extractArticle(html("magazine-longread.html")).text;
    expect(text.split("I thought I would last a month").length - 1).toBe(1);
  });

  it("refuses a paywalled teaser with a paywall error", () => {
    expect(() =>
      extractArticle(html("paywall-teaser.html"), { url: "https://ledger.example/x" }),
    ).toThrow(
      expect.objectContaining({
        code: "ARTICLE_UNREADABLE",
        details: expect.objectContaining({ reason: "paywall" }),
        message: expect.stringContaining("Paste the article's text"),
      }),
    );
  });

  it("does not take a short free story for a paywall because the site shows a log-in prompt", () => {
    const story = `<p>${"The harbour ferry will run an extra evening sailing from Monday, the operator said. ".repeat(12)}</p>`;
    const page = `<html><body><header>Already a subscriber? <a href="/login">Log in</a></header><div class="piano-offer"></div><article>${story}</article></body></html>`;
    expect(extractArticle(page).text).toContain("extra evening sailing");
  });

  it("takes a teaser under paywall markup for a paywall even without JSON-LD", () => {
    const teaser =
      "<p>The fund's partners were told on Monday that its largest investor wanted out.</p>";
    const page = `<html><body><article>${teaser.repeat(3)}<div class="paywall"><p>Subscribe to continue reading.</p></div></article></body></html>`;
    expect(() => extractArticle(page)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ reason: "paywall" }) }),
    );
  });

  it("says a section front with only links is a front page, not an article", () => {
    expect(() => extractArticle(html("section-front.html"))).toThrow(
      expect.objectContaining({ code: "FRONT_PAGE" }),
    );
  });

  it("says a page with no text and few links holds no article", () => {
    const page = `<html><body><nav><a href="/">Home</a></nav><div id="app"><a href="/login">Log in</a></div></body></html>`;
    expect(() => extractArticle(page)).toThrow(
      expect.objectContaining({
        code: "ARTICLE_UNREADABLE",
        details: expect.objectContaining({ reason: "empty" }),
      }),
    );
  });
});

describe("extractArticle on odd markup", () => {
  const words =
    "The mayor said the new timetable would start in May and cost less than the old one did. ";

  it("reads an HTML fragment without <html> or <body>", () => {
    const article = extractArticle(`<p>${words.repeat(3)}</p><p>"It works," she said.</p>`);
    expect(article.text.split("\n\n")).toEqual([words.repeat(3).trim(), '"It works," she said.']);
  });

  it("splits paragraphs separated only by <br> tags", () => {
    const body = `<div>${words}<br><br>${words}<br>"Second," he said.</div>`;
    const article = extractArticle(`<html><body>${body}</body></html>`);
    expect(article.text.split("\n\n")).toEqual([words.trim(), words.trim(), '"Second," he said.']);
  });

  it("collapses whitespace and no-break spaces inside a paragraph and drops invisible characters", () => {
    const article = extractArticle(
      `<p>${words.repeat(3)}</p><p>Two\u00a0\u00a0words\n\t and\u200b soft\u00adhyphen.</p>`,
    );
    expect(article.text.split("\n\n")[1]).toBe("Two words and softhyphen.");
  });

  it("drops a photo credit left in a plain paragraph, but not a sentence that mentions a photo", () => {
    const article = extractArticle(
      `<p>${words.repeat(3)}</p><p>The mayor at the launch. Photo: Jane Doe/Harbour Press</p><p>"Look at this photo: it says everything," she said.</p>`,
    );
    expect(article.text).not.toContain("Jane Doe");
    expect(article.text).toContain('"Look at this photo: it says everything," she said.');
  });

  it("takes the title from <title> without the site name when nothing better is given", () => {
    const article = extractArticle(
      `<html><head><title>Rail strike called off | The Daily Post</title></head><body><p>${words.repeat(4)}</p></body></html>`,
    );
    expect(article.title).toBe("Rail strike called off");
  });

  it("ignores broken JSON-LD and still reads Open Graph metadata", () => {
    const article = extractArticle(
      `<html><head><script type="application/ld+json">{"@type": "NewsArticle", headline: </script><meta property="og:title" content="From Open Graph"></head><body><p>${words.repeat(4)}</p></body></html>`,
    );
    expect(article.title).toBe("From Open Graph");
  });

  it("finds the NewsArticle inside a JSON-LD @graph", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", name: "Page" },
        {
          "@type": ["NewsArticle"],
          headline: "From the graph",
          author: "By Ada Byrne",
          datePublished: "2024-01-02T03:04:05Z",
        },
      ],
    });
    const article = extractArticle(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><p>${words.repeat(4)}</p></body></html>`,
    );
    expect(article).toMatchObject({
      title: "From the graph",
      byline: "Ada Byrne",
      publishedAt: "2024-01-02T03:04:05Z",
    });
  });

  it("refuses markup nested thousands of levels deep instead of hanging the parser", () => {
    const deep = `<html><body>${"<div>".repeat(5000)}<p>${words}</p>${"</div>".repeat(5000)}</body></html>`;
    expect(() => extractArticle(deep)).toThrow(
      expect.objectContaining({ code: "ARTICLE_UNREADABLE" }),
    );
  });

  it("reads a page nested a few hundred levels deep without Readability", () => {
    const deep = `<html><body>${"<div>".repeat(300)}<p>${words.repeat(4)}</p>${"</div>".repeat(300)}</body></html>`;
    expect(extractArticle(deep).text).toBe(words.repeat(4).trim());
  });

  it("refuses HTML over ten million characters as too large", () => {
    const huge = `<html><body>${"<p>x</p>".repeat(1_300_000)}</body></html>`;
    expect(() => extractArticle(huge)).toThrow(
      expect.objectContaining({ code: "INPUT_TOO_LARGE" }),
    );
  });
});
