import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { brief } from "../../../src/summary/brief.ts";

const seedPath = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "seeds",
  "tillerson-kelly-mexico-no-mass-deportations.txt",
);
const text = readFileSync(seedPath, "utf8");
const analysis = analyzeArticle({ text });
const briefing = brief(analysis);
const headline = "In Mexico, Trump Administration Promises There Will Be ‘No Mass Deportations’";
const dek = "Kelly Assures Mexico There Will Be ‘No Mass Deportations’";

describe("the briefing of the seed article", () => {
  it("is titled with the article's headline", () => {
    expect(briefing.title).toBe(headline);
  });

  it("grounds every summary sentence, key point and quotation in the article", () => {
    expect.hasAssertions();
    for (const span of [...briefing.summary, ...briefing.keyPoints, ...briefing.quotes]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("summarises in two or three sentences, in article order, within about 80 words", () => {
    const { summary } = briefing;
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(summary.map((s) => s.start)).toEqual(
      [...summary.map((s) => s.start)].sort((a, b) => a - b),
    );
    expect(summary.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0)).toBeLessThanOrEqual(80);
  });

  it("has no photo credit and no repetition of the headline or dek", () => {
    expect.hasAssertions();
    for (const sentence of [...briefing.summary, ...briefing.keyPoints]) {
      expect(sentence.text).not.toMatch(/Photo|Getty|AFP/);
      expect(sentence.text).not.toContain(headline);
      expect(sentence.text).not.toContain(dek);
      expect(sentence.text).not.toBe("Tillerson.");
    }
  });

  // The summary is the article's own lead (background on the administration's plans); the meeting
  // and Kelly's pledge come in through the key points. A rule that swapped a named speaker into such
  // a summary fired on 10 of 125 evaluation articles, mostly for a worse read, and cost 0.2 ROUGE-1
  // out of fold (docs/quality.md), so the lead stays.
  it("opens with the article's lead and brings the meeting and Kelly's pledge in through the key points", () => {
    expect(briefing.summary[0]?.text).toMatch(
      /^In recent days, the Trump administration suggested/,
    );
    const points = briefing.keyPoints.map((p) => p.text).join(" ");
    expect(points).toMatch(/Tillerson and Kelly/);
    expect(points).toMatch(/Kelly, for his part, vehemently denied/);
    expect(points).toMatch(/mass deportation/);
  });

  it("counts the words and reading time", () => {
    expect(briefing.stats.words).toBeGreaterThan(550);
    expect(briefing.stats.readingMinutes).toBe(3);
  });

  it("lists the people, and one quotation each for Kelly, Tillerson, Videgaray and Trump", () => {
    const people = briefing.people.filter((p) => p.kind === "person").map((p) => p.name);
    for (const surname of ["Tillerson", "Kelly", "Videgaray", "Trump", "Lind"]) {
      expect(people.some((name) => name.endsWith(surname))).toBe(true);
    }
    const roleOf = (surname: string) =>
      briefing.people.find((p) => p.name.endsWith(surname))?.role ?? "";
    expect(roleOf("Tillerson")).toMatch(/Secretary of State/);
    expect(roleOf("Kelly")).toMatch(/Homeland Security/);
    expect(roleOf("Trump")).toMatch(/President/);
    const speakers = briefing.quotes.map((q) => q.speaker);
    expect(new Set(speakers).size).toBe(speakers.length);
    for (const surname of ["Kelly", "Tillerson", "Videgaray", "Trump"]) {
      expect(speakers.filter((name) => name.endsWith(surname))).toHaveLength(1);
    }
    expect(briefing.quotes.find((q) => q.speaker.endsWith("Kelly"))?.text).toMatch(
      /no — repeat, no — mass deportations/,
    );
    expect(briefing.stats.speakers).toBeGreaterThanOrEqual(4);
  });

  it("gives Videgaray his role and lists exactly the five people of the article", () => {
    const people = briefing.people.filter((p) => p.kind === "person").map((p) => p.name);
    expect(people).toHaveLength(5);
    expect(briefing.people.find((p) => p.name.endsWith("Videgaray"))?.role).toMatch(
      /Foreign Affairs/,
    );
  });
});
