import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

/** Every name the people reader finds in the text, speaking or not. */
function namesRead(text: string): string[] {
  let found: string[] = [];
  analyzeArticle({ text }, { onPeople: (_people, names) => (found = [...names.values()]) });
  return found;
}

const newsletter = [
  "Morning briefing: the budget.",
  "",
  "COUNCILS EXPECT HIGHER TURNOUT - Councils expect higher turnout this spring, and the GOP says its volunteers are ready.",
  "",
  "UNDERSTANDING THE ASSISTED LIVING BOOM “Families are paying more for care than ever,” said analyst Rosa Quint. Understanding it matters: living costs rise, and assisted homes are full.",
  "",
  "The charity AIDS Relief said aids research needed money.",
].join("\n");

describe("words written in capitals", () => {
  it("reads no name in a shouted heading made of ordinary words", () => {
    const found = namesRead(newsletter);
    expect(found.filter((n) => /HIGHER|TURNOUT|UNDERSTANDING|ASSISTED|BOOM/.test(n))).toEqual([]);
    expect(found).toContain("Rosa Quint");
  });

  it("keeps acronyms, short acronyms that are also words, and names in capitals", () => {
    const found = namesRead(newsletter);
    expect(found).toContain("GOP");
    expect(found).toContain("AIDS Relief");
  });
});
