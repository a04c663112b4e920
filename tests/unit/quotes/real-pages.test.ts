// Constructions of real news pages that are not what they look like (issue 12, item 5). The
// articles are written for these tests.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function quoteOf(text: string, words: string) {
  const quote = analyzeArticle({ text }).quotes.find((q) => q.text.includes(words));
  if (quote === undefined) throw new Error(`no quotation with "${words}"`);
  return quote;
}

describe("attribution on real pages", () => {
  it("gives the words of 'X quoted Y as saying' to Y, not to X", () => {
    const text =
      'Shares in Tarn Mining fell. "We are not for sale," the agency quoted chief executive Lena Voss as saying.';
    expect(quoteOf(text, "not for sale").speaker).toBe("Lena Voss");
    expect(quoteOf(text, "not for sale").why?.rule).toBe("quoted-as-saying");
  });

  it("gives 'Reuters quoted one trader as saying' to nobody, never to the agency", () => {
    const text =
      'Markets slid on Monday. "A deal does not seem likely," Reuters quoted one trader as saying.';
    const quote = quoteOf(text, "deal does not");
    expect(quote.speaker).toBeNull();
    expect(quote.why?.rule).toBe("quoted-as-saying");
  });

  it("reads no reported speech into a relative clause about what an organisation does", () => {
    const text =
      "Bills will rise.\n\nThe utility, which maintains 4,000 miles of pipes across three counties, was fined twice last year.\n\nThe regulator, which says the company must improve, fined it again.";
    expect(analyzeArticle({ text }).quotes).toEqual([]);
  });

  it("still reads 'X, who said:' as X's cue", () => {
    const text = "Maria Olsen, who said: \u201cWe have to fix the pipes,\u201d left early.";
    expect(quoteOf(text, "fix the pipes").speaker).toBe("Maria Olsen");
  });

  it("gives a post that 'read:' to its unnamed author, not to the platform or the person in focus", () => {
    const text =
      'Harwick Water will raise bills by 8%. Its chief executive, Maria Olsen, said the rise was necessary.\n\nOne Twitter response read: "Another year, another rise, and still the leaks."';
    const quote = quoteOf(text, "Another year");
    expect(quote.speaker).toBeNull();
    expect(quote.why?.rule).toBe("colon-unnamed");
  });

  it("never makes a platform a speaker because someone posted on it", () => {
    const text =
      'Local MP Tom Avery posted to Twitter on Monday. The post was shared widely.\n\n"This is a scandal."';
    expect(quoteOf(text, "scandal").speaker).not.toBe("Twitter");
  });

  it("never makes the agency of a photo credit a speaker", () => {
    const text =
      'The storm flooded the harbour.\n\nPhoto: Reuters\n\n"The water came in so fast," one resident told the paper.';
    expect(quoteOf(text, "water came in").speaker).toBeNull();
  });
});
