import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Quote, QuoteType } from "../../../src/quotes/quote.ts";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "quotes");

/** A quotation the article must yield: how its text starts, who said it, and its type. */
export type Expected = readonly [start: string, speaker: string | null, type: QuoteType];

/** A hand-written article of tests/fixtures/quotes/ with the answers it must give. */
export interface FixtureCase {
  readonly file: string;
  /** Every direct, partial and block quotation, in article order. */
  readonly quotes: readonly Expected[];
  /** Quoted words that are not speech (titles, nicknames, words as words). */
  readonly notQuotes: readonly string[];
  /** People the article names, with their canonical names. */
  readonly people: readonly string[];
  /**
   * Reported speech without quotation marks: how it starts, and who said it; null when the article
   * does not name the speaker (then it is either left out or given no speaker).
   */
  readonly reported?: ReadonlyArray<readonly [start: string, speaker: string | null]>;
  /** Roles the article gives: the entity's name and words its role must contain. */
  readonly roles?: ReadonlyArray<readonly [name: string, role: string]>;
  /** Descriptions that must not become an alias of any person ("the transit authority"). */
  readonly notPersonAliases?: readonly string[];
}

function quoted(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q) => q.type !== "indirect");
}

/** Declares the tests of one fixture: quotations, speakers, people, roles and reported speech. */
export function checkFixture(fixture: FixtureCase): void {
  describe(fixture.file, () => {
    const text = readFileSync(join(dir, fixture.file), "utf8");
    const analysis = analyzeArticle({ text });

    it("finds every quotation, in order, with its speaker and type", () => {
      const got = quoted(analysis.quotes).map((q) => [q.text, q.speaker, q.type] as const);
      expect(got.map((g) => g[0].slice(0, 30))).toHaveLength(fixture.quotes.length);
      fixture.quotes.forEach(([start, speaker, type], i) => {
        expect(got[i]?.[0].startsWith(start), `quote ${i}: ${got[i]?.[0]}`).toBe(true);
        expect(got[i]?.[1], `speaker of "${start}"`).toBe(speaker);
        expect(got[i]?.[2], `type of "${start}"`).toBe(type);
      });
    });

    it("returns no quoted words that are not speech", () => {
      for (const words of fixture.notQuotes) {
        const found = quoted(analysis.quotes).some((q) => q.text.replace(/[.,]$/, "") === words);
        expect(found, words).toBe(false);
      }
    });

    it("names the people of the article by their full names", () => {
      const names = analysis.people.map((p) => p.name);
      for (const name of fixture.people) expect(names).toContain(name);
    });

    it("gives reported speech to whoever the article says said it", () => {
      const reported = analysis.quotes.filter((q) => q.type === "indirect");
      for (const [start, speaker] of fixture.reported ?? []) {
        const found = reported.find((q) => q.text.startsWith(start));
        if (speaker === null) expect(found?.speaker ?? null, start).toBe(null);
        else expect(found?.speaker, start).toBe(speaker);
      }
    });

    it("gives people the roles the article gives them", () => {
      for (const [name, role] of fixture.roles ?? []) {
        const entity = analysis.people.find((p) => p.name === name);
        expect(entity?.role?.toLowerCase() ?? "", name).toContain(role.toLowerCase());
      }
      for (const alias of fixture.notPersonAliases ?? []) {
        const holder = analysis.people.find(
          (p) => p.kind === "person" && p.aliases.some((a) => a.toLowerCase() === alias),
        );
        expect(holder?.name, alias).toBeUndefined();
      }
    });

    it("keeps every quotation a verbatim slice of the article", () => {
      for (const q of analysis.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    });
  });
}
