import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { parseGoldArticles } from "../../../src/eval/quotes-gold.ts";
import { formatReport, totalScores } from "../../../src/eval/quotes-report.ts";
import { matchQuotes, normalizeSpan, scoreArticle } from "../../../src/eval/quotes-score.ts";
import { sameSpeaker } from "../../../src/eval/speaker-names.ts";
import type { Quote } from "../../../src/quotes/quote.ts";

const text = '"We won," said Mayor Ann Cole. Fans chanted "Go team go." The "Blue Book" sold out.';

function gold(extra: Record<string, unknown> = {}): string {
  const q = (words: string, speaker: string | null) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, speaker };
  };
  return JSON.stringify({
    id: "t1",
    text,
    people: [],
    quotes: [q("We won,", "Ann Cole"), q("Go team go.", null)],
    ambiguous: [],
    queries: [
      { ask: "We won", speaker: "Cole" },
      { ask: "Cole", quote_ids: [0] },
    ],
    ...extra,
  });
}

function quote(words: string, speaker: string | null, type: Quote["type"] = "direct"): Quote {
  const start = text.indexOf(words);
  return {
    start,
    end: start + words.length,
    text: words,
    type,
    speaker,
    speakerId: null,
    sentence: 0,
    confidence: speaker === null ? 0 : 1,
  };
}

describe("the quotation scoring protocol", () => {
  it("compares names ignoring case, titles and a leading The, and lets a surname match", () => {
    expect(sameSpeaker("Mr. Tony Blair", "tony blair")).toBe(true);
    expect(sameSpeaker("Blair", "Tony Blair")).toBe(true);
    // Silver names with an apposition or a generational suffix.
    expect(
      sameSpeaker("Patrick McGinley", "Patrick McGinley, a law professor at Some University"),
    ).toBe(true);
    expect(sameSpeaker("Vann R. Newkirk II", "Vann R. Newkirk")).toBe(true);
    expect(sameSpeaker("Peter Morgan", "Patrick McGinley, a lawyer")).toBe(false);
    expect(sameSpeaker("The Washington Post", "Washington Post")).toBe(true);
    expect(sameSpeaker("Bill Clinton", "Hillary Clinton")).toBe(false);
    // A surname of several words is a surname alone too.
    expect(sameSpeaker("Marine Le Pen", "Le Pen")).toBe(true);
    expect(sameSpeaker("Le Pen", "Marine Le Pen")).toBe(true);
    expect(sameSpeaker("Jean-Marie Le Pen", "Marine Le Pen")).toBe(false);
    expect(sameSpeaker("Pen", "Le Pen")).toBe(true);
    // A name written family name first: its first word is the surname.
    expect(sameSpeaker("Pak Min-jun", "Pak")).toBe(true);
    expect(sameSpeaker("Pak", "President Pak Min-jun")).toBe(true);
    expect(sameSpeaker("Min-jun", "Pak Min-jun")).toBe(false);
    expect(sameSpeaker("Tony Blair", "Tony")).toBe(false);
    expect(sameSpeaker("Jean-Marie", "Jean-Marie Le Pen")).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker("Cole", null)).toBe(false);
  });

  it("takes an acronym for the name whose initials it spells", () => {
    expect(sameSpeaker("RAD", "Royal Academy of Dance")).toBe(true);
    expect(sameSpeaker("Royal Academy of Dance", "RAD")).toBe(true);
    expect(sameSpeaker("RAF", "Royal Academy of Dance")).toBe(false);
  });

  it("counts a speaker given to a quote nobody gold-attributes as a wrong name", () => {
    const [article] = parseGoldArticles(gold(), "gold");
    if (article === undefined) throw new Error("no article");
    const analysis = {
      ...analyzeArticle({ text }),
      quotes: [quote("We won,", "Bill Cole"), quote("Go team go.", "Ann Cole")],
    };
    const totals = totalScores([scoreArticle(article, analysis)]);
    expect(totals).toMatchObject({ attributed: 2, wrongNames: 2, wrongNameRate: 1 });
  });

  it("strips whitespace, quotation marks and edge punctuation before comparing spans", () => {
    const span = normalizeSpan('x "We won," y', { start: 2, end: 11 });
    expect('x "We won," y'.slice(span.start, span.end)).toBe("We won");
  });

  it("matches one to one when the shared characters are half the longer span", () => {
    const [g] = JSON.parse(gold()).quotes;
    const pairs = matchQuotes(text, [g], [quote("We won,", "Cole"), quote("We", "Cole")]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.predicted.text).toBe("We won,");
  });

  it("scores extraction, speakers, end to end and queries on a real analysis", () => {
    const [article] = parseGoldArticles(gold(), "gold");
    if (article === undefined) throw new Error("no article");
    const score = scoreArticle(article, analyzeArticle({ text }));
    expect(score.gold).toBe(2);
    expect(score.matched).toHaveLength(2);
    expect(score.spurious.map((q) => q.text)).toEqual([]);
    expect(score.speakerRight).toBe(1);
    expect(score.endToEnd).toBe(2);
    expect(score.queries.map((q) => q.score)).toEqual([1, 1]);
    const totals = totalScores([score]);
    expect(totals).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      speakerAccuracy: 1,
      queryAccuracy: 1,
    });
    expect(formatReport([score], totals)).toMatch(
      /extraction {3}P 1\.000 {2}R 1\.000 {2}F1 1\.000/,
    );
  });

  it("neither rewards nor penalises a prediction inside an ambiguous span", () => {
    const start = text.indexOf("Blue Book");
    const withAmbiguous = gold({ ambiguous: [{ start, end: start + 9, why: "title" }] });
    const [article] = parseGoldArticles(withAmbiguous, "gold");
    if (article === undefined) throw new Error("no article");
    const analysis = {
      ...analyzeArticle({ text }),
      quotes: [quote("We won,", "Ann Cole"), quote("Blue Book", null)],
    };
    const score = scoreArticle(article, analysis);
    expect(score.spurious).toEqual([]);
    expect(score.predicted).toBe(1);
  });

  it("rejects a gold file whose quotes do not match their offsets", () => {
    const bad = JSON.stringify({
      id: "x",
      text: "abc",
      quotes: [{ start: 0, end: 2, text: "zz", speaker: null }],
    });
    expect(() => parseGoldArticles(bad, "bad.jsonl")).toThrow(/does not match the text/);
    expect(() => parseGoldArticles("{oops", "bad.jsonl")).toThrow(/line 1 is not valid JSON/);
  });
});
