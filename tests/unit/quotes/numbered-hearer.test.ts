import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

/** The reported statements of an article, as their texts. */
function reported(text: string): string[] {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "indirect")
    .map((q) => q.text);
}

describe("a numbered channel and its show as the one told (stop 28)", () => {
  it("starts the reported clause after the show, not at the channel's number", () => {
    const texts = reported(
      [
        "Budget row",
        "",
        "Earlier, Mr Harlow told BBC Radio 4's Morning programme the grant had doubled in four years. Ada Kern told Radio 5 Live that the club would appeal.",
      ].join("\n"),
    );
    expect(texts).toContainEqual(expect.stringMatching(/^the grant had doubled/));
    expect(texts).toContainEqual(expect.stringMatching(/^the club would appeal/));
    expect(texts).not.toContainEqual(expect.stringMatching(/^\d/));
  });

  it("lists no statement made of the show's name", () => {
    const texts = reported(
      [
        "Budget row",
        "",
        '"We will not raise taxes this year," Mr Harlow told BBC Radio 4\'s Morning programme. The grant has doubled since then.',
      ].join("\n"),
    );
    expect(texts).not.toContainEqual(expect.stringMatching(/Morning programme/));
  });
});
