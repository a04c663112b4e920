import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { renderWhoSaid } from "../../../src/bot/render-who-said.ts";
import { whoSaid } from "../../../src/quotes/who-said.ts";

// Written for this test: one speaker quoted and reported, one only reported.
const ARTICLE = [
  "Library hours to grow in the spring",
  "",
  "The city library will open on Sundays from April, its director, Hana Novak, said on Tuesday.",
  "“Families have asked for this for years,” Novak said.",
  "Councillor Owen Price said the extra day would cost about 40,000 pounds a year.",
].join("\n");

function speakerLines(): string[] {
  const analysis = analyzeArticle({ text: ARTICLE });
  const reply = renderWhoSaid(whoSaid(analysis), analysis);
  const list = reply.blocks.find((b) => b.kind === "list");
  return list?.kind === "list" ? [...list.items] : [];
}

describe("speaker counts", () => {
  it("tells quotations from reported speech, as a reader counting quotation marks would", () => {
    expect(speakerLines()).toEqual([
      "Hana Novak (director): 1 quote, 1 reported",
      "Owen Price (Councillor): 1 reported statement",
    ]);
  });

  it("says how many statements a speaker has in the answer about them", () => {
    const analysis = analyzeArticle({ text: ARTICLE });
    const reply = renderWhoSaid(whoSaid(analysis, "Price"), analysis);
    const footer = reply.blocks.at(-1);
    expect(footer).toEqual({
      kind: "context",
      text: "1 reported statement in this article",
    });
  });
});
