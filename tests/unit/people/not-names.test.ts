import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function speakers(text: string): (string | null)[] {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "direct")
    .map((q) => q.speaker);
}

function peopleNames(text: string): string[] {
  return analyzeArticle({ text }).people.map((p) => p.name);
}

describe("capitalised words that are no person (stop 25)", () => {
  it("drops a sentence's first word before a word no name is followed by", () => {
    const text = [
      "Mayor under fire over harbour plan",
      "",
      "Councillor Priya Lamont defended the harbour plan at a packed meeting on Tuesday.",
      "",
      "Hundreds of residents marched past the town hall before it began.",
      "",
      "Moments later, Lamont took the stage. “We will not back down,” she said.",
    ].join("\n");
    expect(peopleNames(text)).not.toContain("Hundreds");
    expect(peopleNames(text)).not.toContain("Moments");
    expect(speakers(text)).toEqual(["Priya Lamont"]);
  });

  it("keeps a one-word name that opens a sentence before a speech verb", () => {
    const text = "Okafor said the result was fair. “We deserved the draw,” Okafor said.";
    expect(speakers(text)).toEqual(["Okafor"]);
  });

  it("reads a month after 'a' as a date, not a given name", () => {
    const text = [
      "Senator Dale Trump spoke in Dayton on Monday.",
      "",
      "At a June Trump campaign event in the town, Rosa Mendel, 58, said she was undecided.",
      "",
      "“He has not earned my vote yet,” she said.",
    ].join("\n");
    expect(peopleNames(text)).not.toContain("June Trump");
    expect(speakers(text)).toEqual(["Rosa Mendel"]);
  });

  it("reads a weekday opening a run of capitals as a date", () => {
    const text = [
      "Premier Tom Aldane visited the shipyard last week.",
      "",
      "On Monday Tom Aldane said the yard would stay open. “The jobs are safe,” he said.",
    ].join("\n");
    expect(peopleNames(text)).not.toContain("Monday Tom Aldane");
    expect(speakers(text)).toEqual(["Tom Aldane"]);
  });

  it("keeps a month that is a given name when no determiner dates it", () => {
    const text = "“The show goes on,” said June Harlow, the theatre's director.";
    expect(speakers(text)).toEqual(["June Harlow"]);
  });

  it("reads a town before a state's abbreviation as a place", () => {
    const text = [
      "Karim Haddad left Aleppo in 2014 and moved to Dunmore, Calif., the next year.",
      "",
      "Dunmore soon became his home.",
      "",
      "“People here stop to talk to you,” he said.",
    ].join("\n");
    expect(peopleNames(text)).not.toContain("Dunmore");
    expect(speakers(text)).toEqual(["Karim Haddad"]);
  });

  it("keeps 'the Sunday' in a newspaper's name", () => {
    const text = "The plan was first reported by the Sunday Courier. Sales have fallen since.";
    expect(peopleNames(text)).not.toContain("Courier");
  });

  it("reads a town the article puts after 'in' as a place, not the man of 'his home'", () => {
    const text = [
      "Refugees find a welcome in Harlow Vale",
      "",
      "Karim Haddad arrived from Aleppo in 2014 and settled in Harlow Vale, where he opened a bakery.",
      "",
      "Harlow Vale soon became his home.",
      "",
      "“People here stop to talk to you,” he said.",
    ].join("\n");
    expect(peopleNames(text)).not.toContain("Harlow Vale");
    expect(speakers(text)).toEqual(["Karim Haddad"]);
  });

  it("keeps a firm after 'shares in' as a firm that may speak", () => {
    const text = [
      "Shares in Brightwater fell 4% on Monday.",
      "",
      "Brightwater said it would cut 200 jobs. “This is a hard day,” Brightwater said.",
    ].join("\n");
    expect(speakers(text)).toEqual(["Brightwater"]);
  });

  it("ends a title's remit at the given name after it", () => {
    const text =
      "The cable came from Undersecretary for Political Affairs Wendy Sherman. “The plane is up,” Sherman wrote.";
    expect(peopleNames(text)).toContain("Wendy Sherman");
    expect(speakers(text)).toEqual(["Wendy Sherman"]);
  });

  it("keeps a Dutch elided particle inside the surname", () => {
    const text =
      "“Europe is falling apart,” said Sophie in 't Veld, a Dutch member of the European Parliament.";
    expect(speakers(text)).toEqual(["Sophie in 't Veld"]);
  });
});
