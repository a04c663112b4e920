import { describe, expect, it } from "vitest";
import type { Analysis } from "../../../src/analysis.ts";
import { analyzeArticle } from "../../../src/analyze.ts";
import { renderWhoSaid } from "../../../src/bot/render-who-said.ts";
import type { Reply } from "../../../src/bot/reply.ts";
import { whoSaid } from "../../../src/quotes/who-said.ts";

// Written for this test: one speaker quoted and reported, one only reported.
const ARTICLE = [
  "Library hours to grow in the spring",
  "",
  "The city library will open on Sundays from April, its director, Hana Novak, said on Tuesday.",
  "“Families have asked for this for years,” Novak said.",
  "Councillor Owen Price said the extra day would cost about 40,000 pounds a year.",
].join("\n");

/** The article's analysis with some quotes' speakers taken away, as the core does below its confidence threshold. */
function withoutSpeakers(analysis: Analysis, drop: (text: string) => boolean): Analysis {
  return {
    ...analysis,
    quotes: analysis.quotes.map((q) =>
      drop(q.text) ? { ...q, speaker: null, speakerId: null } : q,
    ),
  };
}

function texts(reply: Reply): string[] {
  return reply.blocks.flatMap((b) => {
    if (b.kind === "paragraph" || b.kind === "context") return [b.text];
    if (b.kind === "list") return [...b.items];
    return [];
  });
}

describe("who-said replies", () => {
  it("tells quotations from reported speech, as a reader counting quotation marks would", () => {
    const analysis = analyzeArticle({ text: ARTICLE });
    const reply = renderWhoSaid(whoSaid(analysis), analysis);
    const list = reply.blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" ? list.items : []).toEqual([
      "Hana Novak (director): 1 quote, 1 reported",
      "Owen Price (Councillor): 1 reported statement",
    ]);
    expect(texts(reply).join(" ")).not.toMatch(/attributed/);
  });

  it("says how many statements a speaker has in the answer about them", () => {
    const analysis = analyzeArticle({ text: ARTICLE });
    const reply = renderWhoSaid(whoSaid(analysis, "Price"), analysis);
    expect(reply.blocks.at(-1)).toEqual({
      kind: "context",
      text: "1 reported statement in this article",
    });
  });

  it("says how many quotes have no speaker instead of leaving them out of the list", () => {
    const analysis = withoutSpeakers(analyzeArticle({ text: ARTICLE }), (t) =>
      t.startsWith("Families"),
    );
    const reply = renderWhoSaid(whoSaid(analysis), analysis);
    expect(texts(reply)).toContain("1 quote could not be attributed.");
    expect(reply.fallbackText).toContain("1 quote could not be attributed");
  });

  it("tells someone asking about one speaker that other quotes have no speaker", () => {
    const analysis = withoutSpeakers(analyzeArticle({ text: ARTICLE }), (t) =>
      t.startsWith("Families"),
    );
    const reply = renderWhoSaid(whoSaid(analysis, "Novak"), analysis);
    expect(reply.blocks.at(-1)).toEqual({
      kind: "context",
      text: "1 reported statement in this article · 1 quote could not be attributed",
    });
  });

  it("says so when no quote of the article has a speaker", () => {
    const analysis = withoutSpeakers(analyzeArticle({ text: ARTICLE }), () => true);
    const reply = renderWhoSaid(whoSaid(analysis), analysis);
    expect(texts(reply)).toEqual(["3 quotes could not be attributed in this article."]);
  });

  it("says nobody is quoted when the article has no quotes", () => {
    const analysis = analyzeArticle({ text: "Quiet day\n\nNothing was said by anyone today." });
    expect(texts(renderWhoSaid(whoSaid(analysis), analysis))).toEqual([
      "Nobody is quoted in this article.",
    ]);
  });

  it("names the speakers of a phrase and counts the matches nobody could be given", () => {
    const analysis = withoutSpeakers(analyzeArticle({ text: ARTICLE }), (t) =>
      t.startsWith("Families"),
    );
    const reply = renderWhoSaid(whoSaid(analysis, "asked for this"), analysis);
    expect(reply.blocks[0]).toEqual({
      kind: "paragraph",
      text: "1 quote could not be attributed.",
    });
    const quotes = reply.blocks.find((b) => b.kind === "quotes");
    expect(quotes?.kind === "quotes" ? quotes.quotes[0]?.speaker : "missing").toBeNull();
  });
});
