// Issue 17: the seed article through a link, with Vox's paragraph marked up as a block quote.
// "Per Vox's Dara Lind:" introduces the block after it, never the paragraph after that one, which
// names its own speaker ("Finally, Kelly said that ...").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Article } from "../../../src/article/article.ts";
import { extractArticle } from "../../../src/article/extract-html.ts";
import { whoSaid } from "../../../src/quotes/who-said.ts";

const seedPage = readFileSync(
  join(import.meta.dirname, "..", "..", "fixtures", "html", "seed-article.html"),
  "utf8",
);
const vox = /<p>(It can take years after[^<]*)<\/p>/;
const repeated =
  "Both officials emphasized America’s responsibility to keep illegal firearms from crossing the border into Mexico.";

/** The seed page with the paragraph after "Per Vox's Dara Lind:" marked up another way. */
const VARIANTS: Record<string, string> = {
  blockquote: seedPage.replace(vox, "<blockquote>$1</blockquote>"),
  "pull-quote": seedPage.replace(vox, '<blockquote class="pull-quote"><p>$1</p></blockquote>'),
  "repeating pull-quote": seedPage.replace(
    vox,
    `<blockquote class="pull-quote"><p>${repeated}</p></blockquote>`,
  ),
};

const page = (variant: string) =>
  extractArticle(VARIANTS[variant] ?? "", { url: "https://nymag.example/x" });

function speakersOf(article: Article, phrase: string): Array<string | null> {
  const answer = whoSaid(analyzeArticle(article), phrase);
  if (answer.kind !== "phrase") return [];
  return [...new Set(answer.matches.map((m) => m.quote.speaker))];
}

describe("the seed as a page with Vox's paragraph as a block quote", () => {
  it("builds each variant of the page from the seed page", () => {
    for (const html of Object.values(VARIANTS)) expect(html).not.toBe(seedPage);
    expect(seedPage).toContain(repeated);
  });

  it.each([
    ["a plain <blockquote>", "blockquote"],
    ['a <blockquote class="pull-quote">', "pull-quote"],
  ])("keeps the Vox paragraph as Dara Lind's block when it is %s", (_, variant) => {
    const article = page(variant);
    expect(article.text).toContain(
      "Basically, it’s a “deport first and ask questions later” strategy.",
    );
    expect(speakersOf(article, "deport first")).toEqual(["Dara Lind"]);
    expect(speakersOf(article, "no use of military force")).toEqual(["John Kelly"]);
  });

  it("drops a pull quote that repeats an article sentence, and Kelly keeps his words", () => {
    const article = page("repeating pull-quote");
    expect(article.text.split(repeated).length - 1).toBe(1);
    expect(speakersOf(article, "no use of military force")).toEqual(["John Kelly"]);
    expect(whoSaid(analyzeArticle(article), "Dara Lind").kind).not.toBe("speaker");
  });
});

describe("a colon introduction", () => {
  const intro = "The report drew a sharp answer. Per Harbourwatch’s Mia Brandt:";
  const block =
    "The council has spent three years promising a new ferry terminal and has not laid a single stone, while the old quay crumbles into the water.";
  const own =
    "Finally, Mayor Ana Ruiz said that there would be “no new money for ferries this year, whatever the report says.”";

  it("takes a following paragraph without a speaker of its own as the introduced block", () => {
    const article = { text: [intro, block, own].join("\n\n") };
    expect(speakersOf(article, "promising a new ferry terminal")).toEqual(["Mia Brandt"]);
    expect(speakersOf(article, "no new money for ferries")).toEqual(["Ana Ruiz"]);
  });

  it("leaves a paragraph that names its own speaker to that speaker", () => {
    const article = { text: [intro, own].join("\n\n") };
    expect(speakersOf(article, "no new money for ferries")).toEqual(["Ana Ruiz"]);
  });

  it("introduces nothing when the page's block after it was a pull quote that was dropped", () => {
    const html = `<html><body><article><p>${"The harbour board met on Tuesday to discuss the ferry terminal and the state of the old quay. ".repeat(3)}</p><p>${intro}</p><blockquote class="pull-quote"><p>The harbour board met on Tuesday to discuss the ferry terminal</p></blockquote><p>${block}</p></article></body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain(block);
    expect(speakersOf(article, "promising a new ferry terminal")).not.toContain("Mia Brandt");
  });
});
