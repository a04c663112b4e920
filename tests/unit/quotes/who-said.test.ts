import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { type WhoSaidAnswer, whoSaid } from "../../../src/quotes/who-said.ts";

const text = [
  "Harbor workers strike over pay",
  'Dock workers walked out on Monday. "We have not had a raise in six years," said union leader Rosa Delgado. "Prices went up. Our pay did not."',
  'The port\'s director, Ian Marsh, said the demands were "simply unaffordable" this year. "Don’t expect a deal before spring," Marsh told reporters.',
  "Delgado said that the strike would last until the port made an offer.",
].join("\n\n");
const analysis = analyzeArticle({ text });

function names(answer: WhoSaidAnswer): string[] {
  if (answer.kind !== "phrase") return [];
  return [...new Set(answer.matches.map((m) => m.quote.speaker ?? "(nobody)"))];
}

describe("whoSaid", () => {
  it("lists the speakers with their quotation counts when there is no query", () => {
    const answer = whoSaid(analysis);
    expect(answer.kind).toBe("speakers");
    if (answer.kind !== "speakers") return;
    // Marsh's "the demands were “simply unaffordable” this year" counts once: as the quotation.
    expect(answer.speakers.map((s) => [s.entity.name, s.quoteCount])).toEqual([
      ["Rosa Delgado", 3],
      ["Ian Marsh", 2],
    ]);
  });

  it.each([
    ["a surname", "Delgado"],
    ["a full name in any case", "rosa DELGADO"],
    ["a possessive", "Delgado's"],
    ["a name with a curly possessive", "Delgado’s"],
    ["a role", "the union leader"],
  ])("returns a speaker's quotations in article order for %s", (_kind, query) => {
    const answer = whoSaid(analysis, query);
    expect(answer.kind).toBe("speaker");
    if (answer.kind !== "speaker") return;
    expect(answer.entity.name).toBe("Rosa Delgado");
    expect(answer.quotes.map((q) => q.text)).toEqual([
      "We have not had a raise in six years,",
      "Prices went up. Our pay did not.",
      "the strike would last until the port made an offer",
    ]);
  });

  it.each([
    ["plain", "raise in six years", ["Rosa Delgado"]],
    ["in straight quotation marks", '"raise in six years"', ["Rosa Delgado"]],
    ["in curly quotation marks", "“raise in six years”", ["Rosa Delgado"]],
    ["with other punctuation and case", "PRICES went up, our pay", ["Rosa Delgado"]],
    ["with a straight apostrophe for a curly one", "don't expect a deal", ["Ian Marsh"]],
    ["with a small typo", "simply unafordable", ["Ian Marsh"]],
  ])("answers who said a phrase given %s", (_kind, query, expected) => {
    expect(names(whoSaid(analysis, query))).toEqual(expected);
  });

  it("gives the sentence around a phrase it found", () => {
    const answer = whoSaid(analysis, "simply unaffordable");
    expect(answer.kind === "phrase" && answer.matches[0]?.sentence.text).toBe(
      'The port\'s director, Ian Marsh, said the demands were "simply unaffordable" this year.',
    );
  });

  it("says when nothing matches, and suggests close names", () => {
    const answer = whoSaid(analysis, "Delgada");
    expect(answer).toEqual({ kind: "none", query: "Delgada", suggestions: ["Rosa Delgado"] });
  });

  it("suggests quotations that share words with an unmatched phrase", () => {
    const answer = whoSaid(analysis, "pay went up for dock workers");
    expect(answer.kind).toBe("none");
    expect(answer.kind === "none" && answer.suggestions[0]).toMatch(/^Prices went up/);
  });

  it("reads the query as a phrase or a name only when told to", () => {
    expect(whoSaid(analysis, "Marsh", { mode: "phrase" }).kind).toBe("none");
    expect(whoSaid(analysis, "Marsh", { mode: "speaker" }).kind).toBe("speaker");
    expect(whoSaid(analysis, "simply unaffordable", { mode: "speaker" }).kind).toBe("none");
  });

  it("returns only verbatim slices of the article", () => {
    expect.hasAssertions();
    for (const query of [undefined, "Delgado", "Marsh", "deal before spring"]) {
      const answer = whoSaid(analysis, query);
      const quotes =
        answer.kind === "speaker"
          ? answer.quotes
          : answer.kind === "phrase"
            ? answer.matches.map((m) => m.quote)
            : [];
      for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it("answers with nobody quoted for an article without quotations", () => {
    const plain = analyzeArticle({ text: "The port reopened on Tuesday after repairs." });
    expect(whoSaid(plain)).toEqual({ kind: "speakers", speakers: [] });
    expect(whoSaid(plain, "anyone").kind).toBe("none");
  });
});
