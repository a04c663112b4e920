import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Quote } from "../../../src/quotes/quote.ts";
import type { QuoteFixture } from "./quote-fixtures.ts";

function quoted(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q) => q.type !== "indirect");
}

/**
 * Declares the tests of one fixture: one for each kind of answer its .expected.json holds, and
 * one that every quotation is a slice of the article. The describe names the constructions the
 * article covers, so `vitest -t split-quote` runs the fixtures that cover split quotations.
 */
export function checkFixture({ file, text, expected }: QuoteFixture): void {
  describe(`${file} (${expected.covers.join(", ")})`, () => {
    const analysis = analyzeArticle({ text });

    it("finds every quotation, in order, with its speaker and type", () => {
      expect.hasAssertions();
      const got = quoted(analysis.quotes).map(
        (q) => [q.text, q.speaker, q.type, q.why?.withheld?.speaker] as const,
      );
      expect(got.map((g) => g[0].slice(0, 30))).toHaveLength(expected.quotes.length);
      expected.quotes.forEach(({ start, speaker, type, withheld, knownWrong }, i) => {
        expect(got[i]?.[0].startsWith(start), `quote ${i}: ${got[i]?.[0]}`).toBe(true);
        const now = knownWrong ?? speaker;
        expect(
          got[i]?.[1],
          `speaker of "${start}"${knownWrong ? ` (known miss; right: ${speaker})` : ""}`,
        ).toBe(now);
        expect(got[i]?.[2], `type of "${start}"`).toBe(type);
        // An abstention the fixture accepts: the right person is the model's best guess, under
        // its threshold, so no name is shown rather than a guess.
        if (withheld !== undefined) expect(got[i]?.[3], `withheld for "${start}"`).toBe(withheld);
      });
    });

    const { notQuotes, people, reported, roles, notPersonAliases } = expected;
    if (notQuotes)
      it("returns no quoted words that are not speech", () => {
        expect.hasAssertions();
        for (const words of notQuotes) {
          const found = quoted(analysis.quotes).some((q) => q.text.replace(/[.,]$/, "") === words);
          expect(found, words).toBe(false);
        }
      });

    if (people)
      it("names the people of the article by their full names", () => {
        expect.hasAssertions();
        const names = analysis.people.map((p) => p.name);
        for (const name of people) expect(names).toContain(name);
      });

    if (reported)
      it("gives reported speech to whoever the article says said it", () => {
        expect.hasAssertions();
        const indirect = analysis.quotes.filter((q) => q.type === "indirect");
        for (const { start, speaker, withheld } of reported) {
          const found = indirect.find((q) => q.text.startsWith(start));
          if (speaker === null) expect(found?.speaker ?? null, start).toBe(null);
          else expect(found?.speaker, start).toBe(speaker);
          // Reported speech without a speaker is not listed; the model's best guess is recorded.
          if (withheld !== undefined) expect(found, start).toBeUndefined();
        }
      });

    if (roles)
      it("gives people the roles the article gives them", () => {
        expect.hasAssertions();
        for (const { name, role } of roles) {
          const entity = analysis.people.find((p) => p.name === name);
          expect(entity?.role?.toLowerCase() ?? "", name).toContain(role.toLowerCase());
        }
      });

    if (notPersonAliases)
      it("does not make a description another name of a person", () => {
        expect.hasAssertions();
        for (const alias of notPersonAliases) {
          const holder = analysis.people.find(
            (p) => p.kind === "person" && p.aliases.some((a) => a.toLowerCase() === alias),
          );
          expect(holder?.name, alias).toBeUndefined();
        }
      });

    it("keeps every quotation a verbatim slice of the article", () => {
      expect.hasAssertions();
      for (const q of analysis.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    });
  });
}
