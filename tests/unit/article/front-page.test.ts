import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/article/dom.ts";
import { extractArticle } from "../../../src/article/extract-html.ts";
import { countTeasers } from "../../../src/article/front-page.ts";
import { friendlyMessage } from "../../../src/bot/error-reply.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "html");
const html = (name: string) => readFileSync(join(fixtures, name), "utf8");

const FRONT_PAGE = expect.objectContaining({
  code: "FRONT_PAGE",
  message:
    "https://ledger.example/ looks like a front page listing many stories: give the link of one story.",
  details: expect.objectContaining({ reason: "front-page" }),
});

const headlines = Array.from(
  { length: 12 },
  (_, i) => `<li><a href="/story/${i}">Council story number ${i} about the harbour plans</a></li>`,
).join("");

describe("a front page or an index is not briefed as one article", () => {
  it.each([
    ["a home page of headline cards with a blurb each", "home-page-teasers.html"],
    ["a section index of headlines and blurbs", "section-index-blurbs.html"],
    ["a section front of headline links only", "section-front.html"],
  ])("refuses %s with a clear message", (_, page) => {
    expect(() => extractArticle(html(page), { url: "https://ledger.example/" })).toThrow(
      FRONT_PAGE,
    );
  });

  it("tells a chat user to give the link of one story", () => {
    let error: unknown;
    try {
      extractArticle(html("home-page-teasers.html"));
    } catch (caught) {
      error = caught;
    }
    expect(friendlyMessage(error)).toBe(
      "That looks like a front page listing many stories: give the link of one story.",
    );
  });

  it("still reads an article followed by a list of headlines to other stories", () => {
    const story = [
      "The harbour board voted on Tuesday to build a second ferry terminal on the north quay, ending a two-year argument over where it should go.",
      "Work will start next spring and take two years, the board said. The old terminal will stay open throughout, and fares will not rise to pay for the work.",
      "“This is the right place, and it is the right time,” said the board’s chair, Amira Osei. Ferry operators welcomed the decision.",
    ];
    const page = `<html><body><article><h1>Second ferry terminal for north quay</h1>${story.map((p) => `<p>${p}</p>`).join("")}</article><ul>${headlines}</ul></body></html>`;
    expect(extractArticle(page).text.split("\n\n")).toEqual(story);
  });

  it("still reads a short article that declares itself one, beside many headline links", () => {
    const story =
      "The north quay ferry terminal will open a week late because a crane failed its inspection, the harbour board said on Friday. Passengers should use the old terminal until then.";
    const page = `<html><head><meta property="og:type" content="article"></head><body><article><p>${story}</p></article><div>${headlines}</div></body></html>`;
    expect(extractArticle(page).text).toBe(story);
  });

  it("reads a listicle whose items are linked headlines with real paragraphs under each", () => {
    const item = (i: number) =>
      `<h2><a href="/game/${i}">Game number ${i} is worth your time</a></h2><p>${"This game has a long write-up with plenty of detail about how it plays, what it costs and who made it. ".repeat(2)}</p>`;
    const page = `<html><body><article>${Array.from({ length: 8 }, (_, i) => item(i)).join("")}</article></body></html>`;
    expect(extractArticle(page).text).toContain("This game has a long write-up");
  });
});

describe("counting the pages that headline links point to", () => {
  it("counts links to one page with different fragments once, a line break in one too", () => {
    const link = (href: string) =>
      `<li><a href="${href}">Council story about the harbour plans</a></li>`;
    const hrefs = ["/story/1", "/story/1#comments", "/story/1#a\nb", "/story/2#top"];
    const body = parseDocument(
      `<html><body><ul>${hrefs.map(link).join("")}</ul></body></html>`,
    ).body;
    expect(body === null ? -1 : countTeasers(body)).toBe(2);
  });
});
