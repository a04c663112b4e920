import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function directSpeakers(text: string): Array<string | null> {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "direct")
    .map((q) => q.speaker);
}

describe("US-politics styles of naming and attributing", () => {
  it("names the person after a committee and party before the name", () => {
    const text = [
      "The hearing opened on Tuesday.",
      "",
      '"The risk is real," said House Oversight Republican Mark Dunleavy.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Mark Dunleavy"]);
  });

  it("gives the quotation to the main clause after a fronted clause, not to the clause's verb", () => {
    const text = [
      "The debate turned to trade in its second hour.",
      "",
      'After Governor Tom Bradley criticized Susan Ortiz over tariffs, Ortiz shot back, "You have never run a business."',
      "",
      'When Bradley suggested the plan would fail, Ortiz fired back forcefully: "It is already working."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Susan Ortiz", "Susan Ortiz"]);
  });

  it("still reads a fronted clause that ends right at the quotation as its cue", () => {
    const text = [
      "The senator spoke to reporters after the vote.",
      "",
      'As Senator Ruth Calloway put it, "The votes were never there."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Ruth Calloway"]);
  });

  it("reads 'he' after a sentence as its main subject, not a subordinate clause's", () => {
    const text = [
      "Ben Carlisle spent the weekend at home in Florida, aides said.",
      "",
      'Arthur Whitley, a longtime friend, suggested that Carlisle was seizing back control. "He is back in charge," he told reporters.',
    ].join("\n");
    const analysis = analyzeArticle({ text });
    const pronounOf = (name: string) =>
      analysis.people
        .find((e) => e.name === name)
        ?.mentions.filter((m) => text.slice(m.start, m.end) === "he").length;
    expect(pronounOf("Arthur Whitley")).toBe(1);
    expect(pronounOf("Ben Carlisle")).toBe(0);
    expect(directSpeakers(text)).toEqual(["Arthur Whitley"]);
  });

  it("gives a quotation to the name right after it when its apposition never closes", () => {
    const text = [
      "The ad will air on Friday.",
      "",
      '"Voters deserve the truth," Karen Pollock, who chairs the Fair Ballot Fund said in a statement.',
      "",
      '"It is over," Sam Ruiz, a pollster at the Harwell Institute told reporters.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Karen Pollock", "Sam Ruiz"]);
  });

  it("leaves a headline's opening participle out of the name after it", () => {
    const text = [
      "Understated Alvarez raises his profile.",
      "",
      'Labor Secretary Tom Alvarez spoke in Cleveland. "I just do my day job," Alvarez said.',
      "",
      "Downing Street has not commented.",
    ].join("\n");
    const names = analyzeArticle({ text }).people.map((e) => e.name);
    expect(names).toContain("Tom Alvarez");
    expect(names.some((n) => n.startsWith("Understated"))).toBe(false);
    expect(directSpeakers(text)).toEqual(["Tom Alvarez"]);
  });
});

describe("titles, descriptors and tags around a speaker's name", () => {
  it("leaves 'Chief of Staff' and a two-word office out of the name", () => {
    const text = [
      "The memo was released on Friday.",
      "",
      '"We stand by it," White House Chief of Staff Dara Whitcombe said.',
      "",
      '"Every ballot was counted," said Pima County Recorder Helen Ostrander.',
      "",
      '"The fund is broke," Boston City Public Advocate Ruth Delgado said.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Dara Whitcombe", "Helen Ostrander", "Ruth Delgado"]);
  });

  it("keeps 'the Advocate' a name of its own when no office word comes before it", () => {
    const names = analyzeArticle({
      text: 'The weekly paper weighed in.\n\n"The vote was rigged," the Advocate said.',
    }).people.map((p) => p.name);
    expect(names).toContain("Advocate");
  });

  it("drops a born- or award-descriptor before a person's name, not a based-descriptor before a firm's", () => {
    const text = [
      "Kenyan-born Daniel Otieno has lived in Ohio since 1990.",
      "",
      '"I was shocked," said Otieno.',
      "",
      'Oscar-winner Maren Sollie spoke next. "We were never cruder," Sollie said.',
      "",
      "The Paris-based Orlen watchdog said demand was rising.",
    ].join("\n");
    const analysis = analyzeArticle({ text });
    expect(directSpeakers(text)).toEqual(["Daniel Otieno", "Maren Sollie"]);
    expect(analysis.people.map((p) => p.name)).toContain("Paris-based Orlen");
  });

  it("reads a name with its party tag between commas as the subject of 'said'", () => {
    const text = [
      "Rain fell on the rally.",
      "",
      'In Dayton, Gov. Mark Tolliver (R-Ohio), said, "I am ready to run."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Mark Tolliver"]);
  });

  it("does not read a participle after the quotation as an inverted 'said X'", () => {
    const text = [
      "The club held its meeting.",
      "",
      'Anna Kessler said the members would still meet, but said, "It is time we change," promising the Friends of Parks would return.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Anna Kessler"]);
  });
});

describe("cue grammar: unclosed appositions, platforms and phrasal verbs", () => {
  it("gives the quotation to the name opening the sentence when its apposition never closes", () => {
    const text = [
      "Wages will rise next year.",
      "",
      'Anthony Pratt, president and CEO of the Oregon Grocers Association stated, "It is not a political problem."',
      "",
      'Lena Ortiz, a spokeswoman for the Tenants Union said: "We will appeal."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Anthony Pratt", "Lena Ortiz"]);
  });

  it("reads a person before 'of' and an organisation after 'said', whatever the given name", () => {
    const text = [
      "Turnout was high in the north.",
      "",
      '"People stood in line for hours," said Meenakshi Rao of Human Rights Watch, who watched the vote.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Meenakshi Rao"]);
  });

  it("gives a post on a platform to its author, not the platform", () => {
    const text = [
      "Polls closed at seven.",
      "",
      'Mark Tolliver posted a message on Twitter reading "Thank you, Georgia" minutes later.',
    ].join("\n");
    const quotes = analyzeArticle({ text }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Mark Tolliver"]);
  });

  it("reads 'shot back' and 'went on' after the quotation as verbs of saying", () => {
    const text = [
      "The two friends argued outside the polling station.",
      "",
      '"They are all here for the free stuff," Jim Bennett shot back with a laugh.',
      "",
      '"You know, it happens," Sandra Pell went on.',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Jim Bennett", "Sandra Pell"]);
  });
});
