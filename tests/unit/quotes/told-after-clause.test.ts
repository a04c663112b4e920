import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { speakerOf } from "./speaker-of.ts";

const text = [
  "Plan criticised",
  "",
  "The plan will fail within a year, Mr Harlow told reporters. The council will need more money next spring, Ada Kern told the Dovria Herald. Taxes will rise again in April, Tom Vale told BBC Radio 4's Morning programme.",
  "",
  "The players had to stay in the hotel all week, the coach told them on Friday.",
  "",
  '"It is a very good result for the town," Nina Ross, editor of Harbourlife.com told BBC News. "And the next one will be better."',
].join("\n");

describe("a statement ended by '..., X told <hearer>.' (stop 28)", () => {
  it("reads the clause before the verb as what was told", () => {
    expect(speakerOf(text, "The plan will fail")).toBe("Harlow");
    expect(speakerOf(text, "The council will need")).toBe("Ada Kern");
    expect(speakerOf(text, "Taxes will rise")).toBe("Tom Vale");
  });

  it('reads no statement when a pronoun is the one told ("told them" may be an order)', () => {
    expect(speakerOf(text, "The players had", { unlisted: "nobody" })).toBeNull();
  });

  it("leaves a quotation's cue to the quotation", () => {
    const quotes = analyzeArticle({ text }).quotes;
    expect(quotes.filter((q) => q.type === "indirect").map((q) => q.text)).not.toContainEqual(
      expect.stringContaining("very good result"),
    );
    expect(speakerOf(text, "And the next one")).toBe("Nina Ross");
  });
});
