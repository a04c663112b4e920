import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { oneEditApart } from "../../../src/people/misspelt-surnames.ts";

function directSpeakers(text: string): Array<string | null> {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "direct")
    .map((q) => q.speaker);
}

function names(text: string): string[] {
  return analyzeArticle({ text }).people.map((e) => e.name);
}

describe("a surname misspelt once", () => {
  it("is the one person whose surname is a letter away", () => {
    const text = [
      "Lindsay Davenport beat Maria Kirilenko in straight sets on Saturday to reach the final.",
      "",
      '"I felt good from the first point," said Daveport, who has won the title twice.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Lindsay Davenport"]);
    expect(names(text)).not.toContain("Daveport");
  });

  it("stays apart when two people are a letter away", () => {
    const text = [
      "Tom Harlan and Rosa Harlen both stood in the ward at the last election.",
      "",
      '"We were outspent," said Harlin, a party organiser, after the count.',
    ].join("\n");
    expect(directSpeakers(text)).not.toContain("Tom Harlan");
    expect(directSpeakers(text)).not.toContain("Rosa Harlen");
  });

  it("does not take a word made by adding a letter at the end as the name", () => {
    const text = [
      "Ana Indonesia, a trade official, met buyers in Jakarta on Monday.",
      "",
      '"Prices will rise," said Indonesian, a newspaper, in its morning edition.',
    ].join("\n");
    expect(directSpeakers(text)).not.toContain("Ana Indonesia");
  });
});

describe("oneEditApart", () => {
  it("is true for one letter added, dropped or changed", () => {
    expect(oneEditApart("daveport", "davenport")).toBe(true);
    expect(oneEditApart("sweeney", "sweeny")).toBe(true);
    expect(oneEditApart("barot", "barrot")).toBe(true);
    expect(oneEditApart("hassall", "hassell")).toBe(true);
  });

  it("is false for equal words and for two edits", () => {
    expect(oneEditApart("davenport", "davenport")).toBe(false);
    expect(oneEditApart("davnport", "davenprt")).toBe(false);
    expect(oneEditApart("smith", "smythe")).toBe(false);
  });
});
