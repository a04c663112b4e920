import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function directSpeakers(text: string): Array<string | null> {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "direct")
    .map((q) => q.speaker);
}

describe("US-politics styles of naming and attributing", () => {
  it("names the person after a committee and party before the name", () => {
    const text = [
      "The hearing opened on Tuesday.",
      "",
      '"The risk is real," said House Oversight Republican Mark Dunleavy.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Mark Dunleavy"]);
  });

  it("gives the quotation to the main clause after a fronted clause, not to the clause's verb", () => {
    const text = [
      "The debate turned to trade in its second hour.",
      "",
      'After Governor Tom Bradley criticized Susan Ortiz over tariffs, Ortiz shot back, "You have never run a business."',
      "",
      'When Bradley suggested the plan would fail, Ortiz fired back forcefully: "It is already working."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Susan Ortiz", "Susan Ortiz"]);
  });

  it("still reads a fronted clause that ends right at the quotation as its cue", () => {
    const text = [
      "The senator spoke to reporters after the vote.",
      "",
      'As Senator Ruth Calloway put it, "The votes were never there."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Ruth Calloway"]);
  });

  it("gives 'he said' to the main subject, not to a subordinate clause's subject", () => {
    const text = [
      "Campaign aides met donors in Des Moines on Friday.",
      "",
      'Frank Delaney, a longtime adviser, suggested that the governor, Paul Whitcomb, was tired. "We have a ton of work to do," he said.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Frank Delaney"]);
  });
});
