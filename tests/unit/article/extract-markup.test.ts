// Pages whose markup names wrappers like boilerplate ("ads-enabled", "no_caption", a form around the
// whole page): the clean-up must never take the article with it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article/extract-html.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "html");
const html = (name: string) => readFileSync(join(fixtures, name), "utf8");

interface MarkupCase {
  readonly page: string;
  readonly markup: string;
  /** Paragraphs the article must hold, exactly. */
  readonly kept: readonly string[];
  /** Words of boilerplate that must still be gone. */
  readonly absent: readonly string[];
}

const CASES: readonly MarkupCase[] = [
  {
    page: "root-element-classes.html",
    markup: "<html>, <body>, <main> and <article> with ad, social, sidebar and related classes",
    kept: [
      "The Brennock valley reservoir has fallen to its lowest level since records began in 1921, and a hosepipe ban for 180,000 homes starts on Friday, Dale Water said on Tuesday.",
      "The company said it would repair the tunnel by the end of August and lift the ban once the reservoir is back above half full.",
    ],
    absent: ["Advertisement", "Most read", "Council tax", "All rights reserved"],
  },
  {
    page: "wrapper-named-like-boilerplate.html",
    markup:
      "a standfirst in a 'no_caption' header and the body in a 'share-wrapper', beside a long comment thread",
    kept: [
      "Services on two lines will run at half frequency for weeks while the operator borrows carriages from other cities.",
      "A fire at the Westgate tram depot destroyed twelve carriages overnight, the city’s transport authority said on Sunday. No one was hurt.",
      "The depot houses a third of the city’s fleet. Lines 3 and 5 will run every 12 minutes instead of every six until at least the end of next month.",
    ],
    absent: ["Share on Facebook", "disaster waiting to happen", "season ticket", "Comments"],
  },
  {
    page: "form-wrapped-page.html",
    markup: "a whole page inside one <form> (ASP.NET)",
    kept: [
      "Ridge County will open three new cooling centres on Monday as forecasters predict a week of temperatures above 100 degrees, the county’s emergency management office said.",
      "Buses on all county routes will be free for anyone travelling to a centre, the transit agency said.",
    ],
    absent: ["Search", "VIEWSTATE"],
  },
];

describe("extraction never deletes the document", () => {
  it.each(CASES)("reads the article of a page with $markup", ({ page, kept, absent }) => {
    const article = extractArticle(html(page), { url: "https://news.example/story" });
    const paragraphs = article.text.split("\n\n");
    for (const paragraph of kept) expect(paragraphs).toContain(paragraph);
    for (const words of absent) expect(article.text).not.toContain(words);
  });

  it("reads a page whose only element classes are boilerplate words", () => {
    const story =
      "<p>The river ferry will run until midnight from Friday, the harbour board said today.</p>";
    const page = `<html class="ads"><body class="comments"><div class="related">${story.repeat(4)}</div></body></html>`;
    expect(extractArticle(page).text).toContain("The river ferry will run until midnight");
  });

  it("keeps a standfirst set as a heading in an image block marked 'no_caption', without the photo credit", () => {
    const item = (words: string) =>
      `<div class="list_item list_item_text"><p>${words.repeat(3)}</p></div>`;
    const standfirst =
      "Ferry passengers will have a second terminal by 2027, the harbour board decided after a two-year row.";
    const page = `<html><body><div class="list"><div class="list_item list_item_image no_caption"><h2>${standfirst}</h2><div class="media"><img src="/q.jpg" alt=""><p class="print"><a href="/q.jpg">View this image ›</a></p></div><p class="photo_caption_w_attr"><span class="attribution">Harbour Board</span></p></div>${item("The board voted on Tuesday to build the terminal on the north quay. ")}${item("Work on the new quay will start next spring and take two years, the board said. ")}${item("Ferry operators said the second terminal would end the queues of summer. ")}</div></body></html>`;
    const paragraphs = extractArticle(page).text.split("\n\n");
    expect(paragraphs[0]).toBe(standfirst);
    expect(paragraphs).not.toContain("Harbour Board");
  });

  it("still removes a caption, a related box and a newsletter box named by whole class words", () => {
    const story = `<p>${"The city will plant four thousand trees along its ring road this winter, the mayor said. ".repeat(3)}</p>`;
    const page = `<html><body><article>${story}<div class="image-caption">Trees on the ring road in 1990</div><div class="c-related__list"><p>Read our other stories about the ring road and its long history here.</p></div><div id="newsletterSignup"><p>Get the morning briefing in your inbox every weekday at seven.</p></div>${story}</article></body></html>`;
    const text = extractArticle(page).text;
    expect(text).toContain("four thousand trees");
    expect(text).not.toContain("Trees on the ring road in 1990");
    expect(text).not.toContain("other stories");
    expect(text).not.toContain("morning briefing");
  });
});
