import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../../src/analysis.ts";
import { analyzeArticle } from "../../../src/analyze.ts";
import { whoSaid } from "../../../src/quotes/who-said.ts";

/** Pieces of news prose and of junk, so random texts hit the quotation machinery often. */
const piece = fc.oneof(
  fc.constantFrom(
    '"',
    "'",
    "“",
    "”",
    "‘",
    "’",
    "''",
    "«",
    "»",
    "\n",
    "\n\n",
    " ",
    ". ",
    ", ",
    ": ",
    "—",
    "(",
    ")",
    " said ",
    " told reporters ",
    " according to ",
    " he ",
    " she ",
    "Mr ",
    "Dr. ",
    "the president ",
    "Anna Berg",
    "Berg",
    "Tom O'Neil",
    "Lufthansa",
    " a spokeswoman for ",
    "don't ",
    "the '90s ",
    "Jones' ",
    "“We will win,” ",
    "'It is over,' ",
  ),
  fc.string({ maxLength: 12 }),
  fc.lorem({ maxCount: 4 }),
);

const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

/** Checks every invariant of an analysis: spans in bounds, verbatim, no overlapping quotations. */
function checkInvariants(text: string, analysis: Analysis): void {
  const inBounds = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    0 <= s.start &&
    s.start <= s.end &&
    s.end <= text.length;
  for (const sentence of analysis.text.sentences) expect(inBounds(sentence)).toBe(true);
  for (const quote of analysis.quotes) {
    expect(inBounds(quote)).toBe(true);
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    if (quote.cue !== undefined) {
      expect(inBounds(quote.cue)).toBe(true);
      expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    }
    if (quote.speakerId !== null) {
      expect(
        analysis.people.some((p) => p.id === quote.speakerId && p.name === quote.speaker),
      ).toBe(true);
    }
  }
  for (const entity of analysis.people) {
    for (const mention of entity.mentions) expect(inBounds(mention)).toBe(true);
  }
  const quoted = analysis.quotes
    .filter((q) => q.type !== "indirect")
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < quoted.length; i++) {
    expect(quoted[i]?.start ?? 0).toBeGreaterThanOrEqual(quoted[i - 1]?.end ?? 0);
  }
}

describe("analyzeArticle properties", () => {
  it("never throws, and keeps every span in bounds, verbatim and without overlaps", () => {
    fc.assert(
      fc.property(article, (text) => {
        checkInvariants(text, analyzeArticle({ text }));
      }),
      { numRuns: 400 },
    );
  });

  it("holds the same on any Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        checkInvariants(text, analyzeArticle({ text }));
      }),
      { numRuns: 300 },
    );
  });

  it("answers any who-said query with verbatim slices, without throwing", () => {
    // Random junk around a paragraph someone is quoted in, so that some answers have quotations.
    const quotedArticle = fc
      .tuple(article, article)
      .map(([before, after]) => `${before}\n\n“We will win,” said Anna Berg.\n\n${after}`);
    const query = fc.oneof(
      fc.string({ maxLength: 20 }),
      piece,
      fc.constantFrom("Berg", "Anna Berg", '"will win"'),
    );
    let answered = 0;
    fc.assert(
      fc.property(quotedArticle, query, (text, q) => {
        const answer = whoSaid(analyzeArticle({ text }), q);
        const quotes =
          answer.kind === "speaker"
            ? answer.quotes
            : answer.kind === "phrase"
              ? answer.matches.map((m) => m.quote)
              : [];
        if (quotes.length > 0) answered++;
        for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      }),
      { numRuns: 300 },
    );
    // Without answers that hold quotations, the property above would check nothing.
    expect(answered).toBeGreaterThan(30);
  });
});
