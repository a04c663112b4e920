import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitEscaped, truncateText } from "../../../src/present/truncate.ts";

const escapeAmp = (text: string) => text.replace(/&/g, "&amp;");
const escapeBackslash = (text: string) => text.replace(/[\\*_]/g, "\\$&");

describe("truncateText", () => {
  it("cuts at the last space before the limit and adds an ellipsis", () => {
    const text = "The minister said the plan would reach every province before winter";
    expect(truncateText(text, 30)).toBe("The minister said the plan…");
  });

  it("keeps text that fits unchanged", () => {
    expect(truncateText("short", 10)).toBe("short");
    expect(truncateText("exactly ten", 11)).toBe("exactly ten");
  });

  it("does not end on a comma or a dash before the ellipsis", () => {
    expect(truncateText("First, second, third and fourth words", 16)).toBe("First, second…");
  });

  it("drops a whole run of dashes, commas and spaces before the ellipsis", () => {
    expect(truncateText("Up — , – then more", 10)).toBe("Up…");
  });

  it("cuts inside a word rather than lose most of the text to reach a space", () => {
    const cut = truncateText(`Go ${"x".repeat(100)}`, 50);
    expect(cut).toHaveLength(50);
    expect(cut.startsWith("Go xxx")).toBe(true);
  });

  it("never leaves half an escape or half a surrogate pair at the cut", () => {
    expect(truncateText("\\*".repeat(50), 10)).toBe("\\*\\*\\*\\*…");
    expect(truncateText("😀".repeat(20), 10)).toBe(`${"😀".repeat(4)}…`);
  });

  it("gives at most the room it is given, even one character", () => {
    expect(truncateText("anything at all", 1)).toBe("…");
    expect(truncateText("anything at all", 0)).toBe("");
  });

  it("always fits and always starts with the text it shortens", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut !== text) {
          expect(cut.endsWith("…")).toBe(true);
          expect(text.startsWith(cut.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});

describe("fitEscaped", () => {
  it("cuts the original text so an entity is never split", () => {
    const fitted = fitEscaped("a&b ".repeat(100), 50, escapeAmp);
    expect(fitted.length).toBeLessThanOrEqual(50);
    expect(fitted.endsWith("…")).toBe(true);
    expect(fitted.replace(/&amp;/g, "")).not.toMatch(/&/);
  });

  it("escapes text that fits, and nothing more", () => {
    expect(fitEscaped("Q&A", 10, escapeAmp)).toBe("Q&amp;A");
  });

  it("fits any text under any escape that only lengthens it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const fitted = fitEscaped(text, max, escapeBackslash);
        expect(fitted.length).toBeLessThanOrEqual(max);
        // No escape pair is cut: every backslash still escapes the character after it.
        expect(fitted.replace(/\\[\\*_]/g, "")).not.toMatch(/\\/);
      }),
    );
  });
});
