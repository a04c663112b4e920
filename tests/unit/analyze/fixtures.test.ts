import { describe, expect, it } from "vitest";
import { checkFixture } from "./fixture-check.ts";
import { CONSTRUCTIONS, fixtureFiles, loadQuoteFixtures } from "./quote-fixtures.ts";

const fixtures = loadQuoteFixtures();

describe("the quote fixtures", () => {
  it("give every article its expected answers, and every answer file its article", () => {
    const articles = fixtureFiles(".txt");
    expect(articles.length).toBeGreaterThan(0);
    expect(fixtures.map((f) => f.file)).toEqual(articles);
  });

  it("cover every construction they name at least once", () => {
    const covered = new Set(fixtures.flatMap((f) => f.expected.covers));
    expect([...covered].sort()).toEqual(Object.keys(CONSTRUCTIONS).sort());
  });
});

describe("analyzeArticle on the hand-written articles of tests/fixtures/quotes", () => {
  for (const fixture of fixtures) checkFixture(fixture);
});
