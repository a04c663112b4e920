import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Quote } from "../../../src/quotes/quote.ts";
import { type WhoSaidAnswer, whoSaid } from "../../../src/quotes/who-said.ts";

const seed = readFileSync(
  join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "seeds",
    "tillerson-kelly-mexico-no-mass-deportations.txt",
  ),
  "utf8",
);
const analysis = analyzeArticle({ text: seed });

function speakerQuotes(answer: WhoSaidAnswer): readonly Quote[] {
  if (answer.kind !== "speaker") throw new Error(`expected a speaker, got ${answer.kind}`);
  return answer.quotes;
}

function speakersOf(answer: WhoSaidAnswer): Array<string | null> {
  if (answer.kind !== "phrase") throw new Error(`expected a phrase match, got ${answer.kind}`);
  return [...new Set(answer.matches.map((m) => m.quote.speaker))];
}

describe("the seed article (acceptance)", () => {
  it("whosaid Kelly returns John Kelly's quotations in order, the partial and his reported speech once", () => {
    const answer = whoSaid(analysis, "Kelly");
    expect(answer.kind === "speaker" && answer.entity.name).toBe("John Kelly");
    const quotes = speakerQuotes(answer);
    const direct = quotes.filter((q) => q.type !== "indirect").map((q) => q.text);
    expect(direct).toEqual([
      expect.stringMatching(/^This is something I would really like you all to pay attention to/),
      expect.stringMatching(
        /^Let me be very, very clear: There will be no — repeat, no — mass deportations\. Everything we do in DHS/,
      ),
      expect.stringMatching(/^multiple appeals/),
      expect.stringMatching(
        /^no use of military force in immigration\. At least half of you try to get that right\./,
      ),
    ]);
    expect(quotes.find((q) => q.text.startsWith("multiple appeals"))?.type).toBe("partial");
    // "Kelly further suggested that ... through “multiple appeals.”" is not listed as reported speech
    // too: it holds Kelly's own quotation, and a quote is listed once, the quotation winning.
    const reported = quotes.filter((q) => q.type === "indirect");
    expect(reported.map((q) => q.cue?.text)).toEqual([expect.stringMatching(/vehemently denied$/)]);
    expect(quotes.filter((q) => q.text.includes("multiple appeals"))).toHaveLength(1);
    const starts = quotes.map((q) => q.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("answers the same for Kelly's, john kelly and the homeland security chief", () => {
    const expected = speakerQuotes(whoSaid(analysis, "Kelly")).map((q) => q.start);
    for (const query of ["Kelly's", "john kelly", "JOHN KELLY", "the homeland security chief"]) {
      expect(
        speakerQuotes(whoSaid(analysis, query)).map((q) => q.start),
        query,
      ).toEqual(expected);
    }
  });

  it('whosaid "mass deportations" answers John Kelly', () => {
    expect(speakersOf(whoSaid(analysis, '"mass deportations"'))).toEqual(["John Kelly"]);
    expect(speakersOf(whoSaid(analysis, "mass deportations"))).toEqual(["John Kelly"]);
  });

  it("whosaid Tillerson and the former Exxon CEO return Rex Tillerson's quotations", () => {
    for (const query of ["Tillerson", "the former Exxon CEO"]) {
      const answer = whoSaid(analysis, query);
      expect(answer.kind === "speaker" && answer.entity.name, query).toBe("Rex Tillerson");
      const texts = speakerQuotes(answer).map((q) => q.text);
      expect(texts.some((t) => t.startsWith("In a relationship filled with vibrant colors"))).toBe(
        true,
      );
      expect(texts.some((t) => t.startsWith("We listened closely"))).toBe(true);
    }
    // "And the former Exxon CEO championed ... "trade and energy"": the description is resolved to
    // Tillerson by salience alone, and the speaker model is not sure enough (about 0.47 against
    // its threshold of 0.75): no name is shown, and nobody else gets the words.
    const trade = analysis.quotes.find((q) => q.text.startsWith("trade and energy"));
    expect(trade?.speaker ?? trade?.why?.withheld?.speaker).toBe("Rex Tillerson");
    // A withheld quote is never listed under the name it was withheld from.
    if (trade?.speaker === null) {
      const listed = speakerQuotes(whoSaid(analysis, "Tillerson")).map((q) => q.text);
      expect(listed.some((t) => t.startsWith("trade and energy"))).toBe(false);
    }
  });

  it('whosaid "control of our borders" answers Luis Videgaray', () => {
    expect(speakersOf(whoSaid(analysis, "control of our borders"))).toEqual(["Luis Videgaray"]);
  });

  it('whosaid "tough trip" answers Trump, with the nested quotation inside his own', () => {
    const answer = whoSaid(analysis, "tough trip");
    expect(speakersOf(answer)).toEqual(["Trump"]);
    const outer = analysis.quotes.find((q) => q.text.startsWith("Right now, Rex"));
    expect(outer?.text).toContain("‘That’s gonna be a tough trip,’");
    expect(analysis.quotes.some((q) => q.text === "That’s gonna be a tough trip,")).toBe(false);
  });

  it('whosaid "deport first" answers Dara Lind (Vox) through the block quotation', () => {
    const answer = whoSaid(analysis, "deport first");
    expect(speakersOf(answer)).toEqual(["Dara Lind"]);
    expect(answer.kind === "phrase" && answer.matches[0]?.quote.type).toBe("block");
    expect(analysis.people.find((p) => p.name === "Dara Lind")?.role).toBe("Vox");
  });

  it("does not take \"joked\" (or the headline's words) as anyone's quotation", () => {
    const texts = analysis.quotes.map((q) => q.text);
    expect(texts).not.toContain("joked");
    expect(texts.some((t) => t.startsWith("No Mass Deportations"))).toBe(false);
  });

  it("gives the photo credit line to nobody", () => {
    const credit = seed.indexOf("Photo: Ronaldo");
    expect(analysis.quotes.some((q) => q.start <= credit && credit < q.end)).toBe(false);
    expect(analysis.people.map((p) => p.name)).not.toContain("Ronaldo Schemidt");
  });

  it('attributes the partial "military operation" to the president', () => {
    const quote = analysis.quotes.find((q) => q.text === "military operation");
    expect(quote?.speaker).toBe("Trump");
    expect(quote?.type).toBe("partial");
  });

  it("names the people with their roles", () => {
    const byName = new Map(analysis.people.map((p) => [p.name, p]));
    expect(byName.get("Rex Tillerson")?.role).toBe("Secretary of State");
    expect(byName.get("John Kelly")?.role).toBe("Homeland Security chief");
    expect(byName.get("Luis Videgaray")?.role).toMatch(/Secretary of Foreign Affairs$/);
    expect(byName.get("Rex Tillerson")?.aliases).toContain("the former Exxon CEO");
  });
});
