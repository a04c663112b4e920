import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

/** The speaker of the quotation (any type) that starts with `words`; undefined when there is none. */
function speakerOf(text: string, words: string): string | null | undefined {
  const quote = analyzeArticle({ text }).quotes.find((q) => q.text.startsWith(words));
  return quote === undefined ? undefined : quote.speaker;
}

/** Unnamed speakers stay unnamed: no person of an earlier sentence is lent to them. */
describe("speakers the article does not name", () => {
  const cases: Array<[string, string, string, string | null]> = [
    [
      "gives a spokeswoman of a lower-case organisation nobody, not the person in focus",
      'Greg Mills called the plan "a vanity tram". A spokeswoman for the transit authority said the first trams would run in 2029.',
      "the first trams",
      null,
    ],
    [
      "resolves an organisation's description to the organisation it names",
      "Professor Ann Lee led the trial at Norbridge University. The university said the results would be published in May.",
      "the results would be published",
      "Norbridge University",
    ],
  ];

  it.each(cases)("%s", (_name, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});
