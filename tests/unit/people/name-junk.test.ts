import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { titleSplit } from "../../../src/people/title-split.ts";

function speakers(text: string): (string | null)[] {
  return analyzeArticle({ text }).quotes.map((q) => q.speaker);
}

function names(text: string, kind: string): string[] {
  return analyzeArticle({ text })
    .people.filter((p) => p.kind === kind)
    .map((p) => p.name);
}

describe("titles before a name", () => {
  it("reads an abbreviated office after a title word as a title", () => {
    const text = [
      "Former AG Pellow at rally: the email affair rules her out.",
      "",
      "Former Attorney General Martin Pellow told delegates the affair mattered.",
      "",
      "“She cannot be trusted with secrets,” he said.",
    ].join("\n");
    expect(names(text, "person")).toEqual(["Martin Pellow"]);
    expect(new Set(speakers(text))).toEqual(new Set(["Martin Pellow"]));
  });

  it("reads DJ before a name as a title, not part of the name", () => {
    const text = [
      "Radio presenter and DJ Marla Quist has signed a new contract with the station.",
      "",
      "“I never thought I would stay this long,” said DJ Marla Quist.",
    ].join("\n");
    expect(names(text, "person")).toEqual(["Marla Quist"]);
    expect(speakers(text)).toEqual(["Marla Quist"]);
  });

  it("leaves an abbreviation that opens a firm's name alone", () => {
    const text = [
      "“Spending is softer than we hoped,” said Gary Thorne, an economist at AG Denholm & Sons.",
      "",
      "“The Fed can take its time,” AG Denholm's Thorne added.",
    ].join("\n");
    expect(names(text, "person")).not.toContain("Denholm");
    expect(speakers(text)).toEqual(["Gary Thorne", "Gary Thorne"]);
  });

  it("splits an alderman's title from the name", () => {
    const text = "“People are angry,” said Chicago Alderman Jason Ruddle, who wants a meeting.";
    expect(speakers(text)).toEqual(["Jason Ruddle"]);
  });

  it("reads an office and a given name as a person even when the surname is a newspaper's", () => {
    const text = [
      "“There is no bad publicity,” said Harbour City Mayor Don Guardian in an interview.",
      "",
      "Guardian said he understood why visitors stayed away.",
      "",
      "“The casino is going through bankruptcy,” Guardian said.",
    ].join("\n");
    expect(speakers(text)).toEqual(["Don Guardian", "Don Guardian", "Don Guardian"]);
    expect(names(text, "organization")).not.toContain("Guardian");
  });

  it("takes no title from an organisation named after a person's 'of'", () => {
    // "Gordon Redding of Commodity Manager Services": "Manager" is the firm's word, not his title.
    expect(titleSplit(["gordon", "redding", "of", "commodity", "manager", "services"])).toBe(0);
    expect(titleSplit(["secretary", "of", "state", "rex", "tillerson"])).toBe(3);
  });

  it("ends a description at a party before an unlisted given name", () => {
    const text =
      "Senate Intelligence Ranking Democrat Dianne Feinwell said the chains were “never top secret” at all.";
    expect(speakers(text)).toEqual(["Dianne Feinwell"]);
  });
});

describe("words stuck to a known surname", () => {
  it("drops a place before the surname of a person named in full", () => {
    const text = [
      "Teenager hurt outside Ohio Brannigan rally.",
      "",
      "As front-runner Carl Brannigan prepared to speak in Ohio, a girl was hurt outside.",
      "",
      "“Ohio was facing a deficit,” Brannigan told the crowd.",
    ].join("\n");
    expect(speakers(text)).toEqual(["Carl Brannigan"]);
    expect(names(text, "person")).not.toContain("Ohio Brannigan");
  });

  it("drops a common word the article writes in lower case", () => {
    const text = [
      "Supporters of Team Brannigan see the convention as a second chance.",
      "",
      "Carl Brannigan wants the team to win over women voters this week.",
      "",
      "“We are ready,” Brannigan said.",
    ].join("\n");
    expect(names(text, "person")).toEqual(["Carl Brannigan"]);
    expect(speakers(text)).toEqual(["Carl Brannigan"]);
  });

  it("keeps words that are not all stuck on: a demonym before a full name", () => {
    const text = [
      "A surprise from a New Yorker Dick Marlow, the new adviser.",
      "",
      "Sam Marlow, his brother, was new to it. “We will win,” said Dick Marlow.",
    ].join("\n");
    expect(names(text, "person")).not.toContain("Yorker Dick Marlow");
  });
});

describe("firms joined by an ampersand", () => {
  it("reads a person's name before “& Partners” as a firm's", () => {
    const text = [
      "The company called in administrators David Rubens & Partners on Friday to find a buyer.",
      "",
      "“We hope to save 110 jobs,” David Rubens & Partners said in a statement.",
    ].join("\n");
    expect(names(text, "person")).not.toContain("David Rubens");
  });
});
