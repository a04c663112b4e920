// Stop 28: "agreed to" before a verb or a noun reports a deal done, not a statement. Made-up
// articles.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function reported(text: string): string[] {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "indirect")
    .map((q) => `${q.speaker}: ${q.text}`);
}

describe("agreed to", () => {
  it("lists no reported statement for a deal", () => {
    const text =
      "Oil Deal Nears\n\nThe sale left the unit in the hands of state-run oil firm Corvane. Corvane, meanwhile, has agreed to merge with Baltrex, bringing a large part of the country's oil business back under state control. Last week, Halden Foods agreed to a buyout by Mersey Group.";
    expect(reported(text)).toEqual([]);
  });

  it("still lists a promise", () => {
    const text =
      "Housing Plans\n\nThe mayor, Tessa Marlow, promised to build 2,000 homes in the next five years. The council will vote in May.";
    expect(reported(text).some((r) => r.startsWith("Tessa Marlow"))).toBe(true);
  });
});
