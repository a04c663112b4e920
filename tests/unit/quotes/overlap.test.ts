import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { speechWithMarks } from "../../../bench/fuzz/arbitraries.ts";
import { partialOverlaps } from "../../../bench/fuzz/invariants.ts";
import { analyzeArticle } from "../../../src/analyze.ts";

const spans = (text: string) =>
  analyzeArticle({ text }).quotes.map((q) => [q.type, text.slice(q.start, q.end)]);

describe("quotations and reported speech", () => {
  it("ends a reported clause where an unclosed quotation begins", () => {
    // It once gave an indirect "he was “fine." across the start of the partial "fine. Then he left."
    expect(spans("Kelly said he was “fine. Then he left.")).toEqual([
      ["partial", "fine. Then he left."],
    ]);
    expect(spans("Kelly said the new plan was good for everyone and “fine. Then he left.")).toEqual(
      [
        ["indirect", "the new plan was good for everyone and"],
        ["partial", "fine. Then he left."],
      ],
    );
  });

  it("lists a closed quotation inside its speaker's reported clause once, as the quotation", () => {
    expect(spans("Kelly said he was “fine” and then he left.")).toEqual([["partial", "fine"]]);
  });

  it("never lets two quotations overlap unless one holds the other", () => {
    fc.assert(
      fc.property(speechWithMarks, (text) => {
        expect(partialOverlaps(analyzeArticle({ text }).quotes)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
