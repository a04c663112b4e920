import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// A reporter with a lower-case title no lexicon lists, right after a quotation's comma, is the
// sentence's main subject as ", Tolliver said" is: the "he" of the next sentences is his.
const RINKS = `Cutting ties with a developer is harder than it looks

With city contracts to run two ice rinks and a golf course, Victor Perrin has a firm foothold in the city's parks. Officials are not sure how to cut Perrin out.

"It's unanimous," councilmember Ray Tolliver said of the council's support for ending the Perrin contracts. The problem, however, is finding a legal basis for ending the deals, which he estimates will not expire for years.

"The law department says it has looked very hard for a way out and cannot find one," he added.
`;

describe("a reporter's title before the name", () => {
  it("a lower-case title after the quotation's comma leaves the reporter the subject", () => {
    expect(speakerOf(RINKS, "The law department says")).toBe("Ray Tolliver");
  });
});
