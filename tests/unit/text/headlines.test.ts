import { describe, expect, it } from "vitest";
import { headlineParagraphs } from "../../../src/text/headlines.ts";
import { segmentText } from "../../../src/text/segment.ts";

function headlines(text: string): string[] {
  const model = segmentText(text);
  return [...headlineParagraphs(text, model.paragraphs)].map((i) => {
    const p = model.paragraphs[i];
    return p === undefined ? "" : text.slice(p.start, p.end);
  });
}

describe("headlineParagraphs", () => {
  it("finds title-case lines and a first line without final punctuation", () => {
    const text = [
      "Call centre users 'lose patience'",
      "Customers hang up sooner, a survey says.",
      "Tillerson. Photo: Ronaldo Schemidt/AFP/Getty Images",
      "Kelly Assures Mexico There Will Be ‘No Mass Deportations’",
    ].join("\n\n");
    expect(headlines(text)).toEqual([
      "Call centre users 'lose patience'",
      "Tillerson. Photo: Ronaldo Schemidt/AFP/Getty Images",
      "Kelly Assures Mexico There Will Be ‘No Mass Deportations’",
    ]);
  });

  it("takes a title-case headline even when a feed ended it with a period", () => {
    expect(
      headlines("Black Lawmakers Rip The Plan As A ‘Fraud.’\n\nThe vote is on Monday."),
    ).toHaveLength(1);
  });

  it("never takes a text of one paragraph for a headline", () => {
    expect(headlines("“Cities are for people.” ― Jane Jacobs")).toEqual([]);
  });
});
