import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

// Hand-written: a sentence's capitalised first word, named nowhere else, is no speaker.
const text = [
  "Shop prices fell again",
  "",
  "High street prices fell for the third month running in March, figures from the British Retail Consortium showed.",
  "",
  "Forecasts suggest that prices will keep falling until the summer.",
  "",
  '"Shoppers are holding back," said Helen Dickinson, the consortium\'s chief executive. "Retailers are cutting prices to tempt them."',
  "",
  "Attaining growth of 2% this year remains the goal, she added.",
].join("\n");

describe("a sentence's first word named nowhere else", () => {
  const analysis = analyzeArticle({ text });

  it("speaks for nobody: its reported statement gets no speaker", () => {
    expect(analysis.quotes.some((q) => q.speaker === "Forecasts")).toBe(false);
    const forecast = analysis.quotes.find((q) => q.text.includes("prices will keep falling"));
    expect(forecast?.speaker ?? null).toBeNull();
  });

  it("leaves the named speakers alone", () => {
    const direct = analysis.quotes.filter((q) => q.type === "direct");
    expect(direct.map((q) => q.speaker)).toEqual(["Helen Dickinson", "Helen Dickinson"]);
  });
});
