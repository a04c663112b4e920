import { describe, expect, it } from "vitest";
import { formatFuzz, fuzzInputs, generatedInputs } from "../../../bench/fuzz.ts";
import { analyzeArticle } from "../../../src/analyze.ts";

// A short run of `npm run fuzz`: the long runs' numbers are in docs/performance.md.
describe("generated hostile inputs", () => {
  it("never crash the analysis or the briefing, keep every offset, and never partly overlap quotations", () => {
    const report = fuzzInputs(generatedInputs(150, Date.now() % 100_000));
    const summary = formatFuzz("short run", report);
    expect(report.crashes, summary).toBe(0);
    expect(report.offsetViolations, summary).toBe(0);
    expect(report.partialOverlaps, summary).toBe(0);
    expect(report.inputs).toBe(150);
  }, 120_000);

  // Found by the fuzzer: a determiner ending the text after an inverted verb ran past the last word.
  it("reads a quotation followed by 'said A' at the very end of the text", () => {
    for (const text of ["“Yes,” said A", "“Yes,” said the", "“Yes,” said a spokeswoman"]) {
      const analysis = analyzeArticle({ text });
      for (const quote of analysis.quotes)
        expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });
});
