import { describe, expect, it } from "vitest";
import {
  personWithCount,
  quotesFromSpeakers,
  statementCount,
  unattributedCount,
  unattributedNote,
} from "../../../src/present/counts.ts";
import {
  displayQuoteText,
  markQuote,
  personLabel,
  speakerLabel,
  UNATTRIBUTED,
} from "../../../src/present/quotes.ts";

describe("labels every front end shares", () => {
  it("names a quote's speaker with the role after a comma, or says it is unattributed", () => {
    expect(speakerLabel("John Kelly", "Homeland Security chief")).toBe(
      "John Kelly, Homeland Security chief",
    );
    expect(speakerLabel("John Kelly")).toBe("John Kelly");
    expect(speakerLabel(null, "ignored")).toBe(UNATTRIBUTED);
  });

  it("lists a person with the role in parentheses and what they said", () => {
    expect(personWithCount(personLabel("Hana Novak", "director"), 2, 1)).toBe(
      "Hana Novak (director): 1 quote, 1 reported",
    );
    expect(personWithCount(personLabel("Owen Price"), 0, 0)).toBe("Owen Price");
  });

  it("puts quotation marks around quoted words only, never around reported speech", () => {
    expect(markQuote("We will not", false)).toBe("“We will not”");
    expect(markQuote("he would not", true)).toBe("he would not");
  });

  it("drops the comma that hands a quotation over to its attribution", () => {
    expect(displayQuoteText("We have differences, ")).toBe("We have differences");
  });

  it("drops a whole run of commas, colons and spaces at the end, and keeps those inside", () => {
    expect(displayQuoteText("Yes, no; maybe : ,\n ;")).toBe("Yes, no; maybe");
  });
});

describe("counts every front end shares", () => {
  it("tells quotations from reported speech", () => {
    expect(statementCount(3, 0)).toBe("3 quotes");
    expect(statementCount(2, 1)).toBe("1 quote, 1 reported");
    expect(statementCount(1, 1)).toBe("1 reported statement");
  });

  it("says plainly how many quotes have no speaker, and nothing when all have one", () => {
    const quotes = [{ speaker: null }, { speaker: "Kelly" }, { speaker: null }, { speaker: null }];
    expect(unattributedNote(unattributedCount(quotes))).toBe("3 quotes could not be attributed");
    expect(unattributedNote(1)).toBe("1 quote could not be attributed");
    expect(unattributedNote(unattributedCount([{ speaker: "Kelly" }]))).toBeNull();
  });

  it("counts quotes and speakers in the singular and the plural", () => {
    expect(quotesFromSpeakers(1, 1)).toBe("1 quote from 1 speaker");
    expect(quotesFromSpeakers(1200, 3)).toBe("1,200 quotes from 3 speakers");
  });
});
