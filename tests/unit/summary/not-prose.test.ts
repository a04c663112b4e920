import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Article } from "../../../src/article/article.ts";
import { extractArticle } from "../../../src/article/extract-html.ts";
import { brief } from "../../../src/summary/brief.ts";
import { findTitle, readCandidates } from "../../../src/summary/candidates.ts";
import { isFurnitureSentence } from "../../../src/summary/not-prose.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures");
const ferryStrike = readFileSync(join(fixtures, "summary", "ferry-strike-furniture.txt"), "utf8");

function chosen(article: Article): string[] {
  const briefing = brief(analyzeArticle(article));
  return [...briefing.summary, ...briefing.keyPoints].map((s) => s.text);
}

/** Whether any sentence of `passage` (which may be split into several) may be chosen. */
function eligible(article: Article, passage: string): boolean {
  const analysis = analyzeArticle(article);
  const at = article.text.indexOf(passage);
  return readCandidates(analysis, findTitle(analysis)).some(
    (c) => c.eligible && c.sentence.start >= at && c.sentence.end <= at + passage.length,
  );
}

describe("summary and key points are article prose", () => {
  it("opens with the wire lead, not the photo caption and slideshow counter before it", () => {
    const [first] = brief(analyzeArticle({ text: ferryStrike })).summary;
    expect(first?.text).toMatch(/^(?:PORT KEEL, Maine \(AP\) — )?A strike by ferry crews/);
  });

  it.each([
    ["a slideshow counter with its caption", "1 / 6 Commuters queue"],
    ["a byline in another language", "Por Dana Whitlock"],
    ["a bracketed newsletter promo", "[Start your day"],
    ["a caption in brackets", "(Commuters at the Port Keel"],
    ["a contributed-reporting note", "Rhys Calder contributed reporting"],
    ["the author's bio", "Dana Whitlock is a reporter"],
  ])("never chooses %s", (_, start) => {
    const sentences = chosen({ text: ferryStrike, byline: "Dana Whitlock" });
    expect(sentences.length).toBeGreaterThan(3);
    expect(sentences.filter((s) => s.startsWith(start))).toEqual([]);
  });

  const lead =
    "The city council voted on Tuesday to close the old harbour bridge for two years of repairs, after engineers found corrosion in its main cables.";
  const article = (paragraphs: string[]) => ({ text: [lead, ...paragraphs].join("\n\n") });

  it.each([
    [
      "an agency-credited caption",
      "Engineers inspect the cables of the harbour bridge on Monday. (AP Photo/Lena Hart)",
    ],
    [
      "a photo counter",
      "Photo 2 of 12: Engineers inspect the cables of the harbour bridge on Monday.",
    ],
    [
      "an editor's note",
      "Editor's note: This story has been updated with the council's vote on the bridge.",
    ],
    [
      "a note about republication",
      "This article was originally published by the Harbour Times and is republished with permission.",
    ],
    [
      "a promo for the site's app",
      "Get the harbour bridge updates in your inbox every morning with our free app.",
    ],
    [
      "a bio with a social handle",
      "Maria Lind is on Twitter at mlind and writes about the harbour bridge.",
    ],
    [
      "a sentence that announces a list",
      "Here are the three things the council must now decide about the harbour bridge:",
    ],
    [
      "a views disclaimer",
      "The views expressed in this commentary about the bridge are the author's own.",
    ],
    [
      "a closing bio with words between the article and the job",
      "Dana Whitlock is a  Port Keel-based senior reporter for the Harbour Times.",
    ],
  ])("marks %s as not eligible", (_, sentence) => {
    const text = article([
      sentence,
      "The repairs will cost 40 million dollars, the council said in a statement on Tuesday evening.",
    ]);
    expect(eligible(text, sentence)).toBe(false);
  });

  it.each([
    [
      "a person described as a professor mid-article",
      "Amira Osei is a professor of engineering who has studied the bridge's cables for a decade.",
    ],
    [
      "a parenthesis inside a sentence",
      "The bridge (which opened in 1931) carries 30,000 vehicles a day across the harbour mouth.",
    ],
    [
      "a numbered list item",
      "3 of the 4 main cables showed corrosion deep enough to need replacing, the engineers said.",
    ],
  ])("keeps %s eligible", (_, sentence) => {
    const text = article([
      sentence,
      "The repairs will cost 40 million dollars, the council said.",
      "Ferries will run extra sailings while the bridge is closed, the operator said on Tuesday.",
    ]);
    expect(eligible(text, sentence)).toBe(true);
  });

  it.each([
    ["[Read more about the harbour bridge]  .  ", true],
    ["  (Engineers on the bridge on Monday.)", true],
    ["[Read more] about the harbour bridge.", false],
    ["(Engineers) inspect the bridge . x", false],
  ])(
    "takes a sentence for a bracketed aside only when brackets, spaces and a stop are all of it: %j",
    (sentence, is) => {
      expect(isFurnitureSentence(sentence)).toBe(is);
    },
  );

  it("does not drop the lead when a dateline-like update comes after prose", () => {
    const text = article([
      "The repairs will cost 40 million dollars, the council said in a statement on Tuesday evening after a long meeting in the town hall that ran well past midnight and heard from dozens of residents and business owners.",
      "UPDATE — The council later said the ferry timetable would be doubled during the closure.",
    ]);
    expect(eligible(text, lead)).toBe(true);
  });

  it("opens a page's briefing with the wire lead, without its photo captions or counters", () => {
    const page = readFileSync(join(fixtures, "html", "wire-photo-captions.html"), "utf8");
    const sentences = chosen(extractArticle(page));
    expect(sentences[0]).toMatch(/^(?:PORT KEEL, Maine \(AP\) — )?A cargo ship/);
    for (const junk of ["Tugboats work", "Passengers wait", "1 / 5", "Lena Hart"]) {
      expect(sentences.join(" ")).not.toContain(junk);
    }
  });

  it("takes a headline from the text when the page's title is only the site's name", () => {
    const text =
      "Harbour bridge to close for two years\n\n" +
      lead +
      "\n\nThe repairs will cost 40 million dollars, the council said.";
    const briefing = brief(
      analyzeArticle({ text, title: "Harbour Times", siteName: "Harbour Times" }),
    );
    expect(briefing.title).toBe("Harbour bridge to close for two years");
  });
});
