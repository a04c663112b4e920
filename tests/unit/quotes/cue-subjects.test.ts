import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function directSpeakers(text: string): Array<string | null> {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "direct")
    .map((q) => q.speaker);
}

describe("the subject of a cue: participles after a comma, names in phrases, platform nouns", () => {
  it("gives 'X said, adding' to the reporting clause's speaker, not the reported sentence's subject", () => {
    const text = [
      "Worshippers at the Elmfield mosque described the gunman on Sunday.",
      "",
      'Daniel Okoro did not stay after prayers, Yusuf Rahman said, adding, "He was never one for talking."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Yusuf Rahman"]);
  });

  it("reads the inverted reporting clause too: 'said X, adding'", () => {
    const text = [
      "Neighbours gathered outside the house on Friday.",
      "",
      'Martin Hale kept to himself, said Clara Benn, adding, "We barely saw him in ten years."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Clara Benn"]);
  });

  it("passes over a place in a fronted scene-setting phrase: 'Here in Dayton, X ..., saying'", () => {
    const text = [
      "The primary campaign moved west on Monday.",
      "",
      'Here in Dayton, Senator Rosa Gomez sharpened her attack on the plan, saying, "It fails every family in this town."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Rosa Gomez"]);
  });

  it("passes over a name inside a prepositional phrase: 'in an interview with the Herald, X ..., saying'", () => {
    const text = [
      "The minister spoke on Sunday.",
      "",
      'In an interview with the Dunmore Herald, Alan Pryce refused to name a date, saying the vote would come "some time next year".',
    ].join("\n");
    const quotes = analyzeArticle({ text }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Alan Pryce"]);
  });

  it("reads a participle's subject back past an earlier quotation of its sentence: 'X sent Y his \"...\", saying:'", () => {
    const text =
      'The harbour reopened on Monday. "It was a long winter for everyone," said the port director, Nadia Welsh. Earlier Mayor Owen Pask sent the crews his "heartfelt thanks", saying: "Nobody in this town will forget what they did."';
    const quotes = analyzeArticle({ text }).quotes;
    const last = quotes.find((q) => q.text.startsWith("Nobody in this town"));
    expect(last?.speaker).toBe("Owen Pask");
  });

  it("reads 'Facebook post:' as the post, not as the platform posting", () => {
    const text = [
      "Former governor Jeb Bush backed Cruz on Wednesday. From Bush's Facebook post:",
      "",
      '"We must move to overcome the divisiveness in our party."',
    ].join("\n");
    const speakers = analyzeArticle({ text }).quotes.map((q) => q.speaker);
    expect(speakers).not.toContain("Facebook");
  });
});

describe("a name signing the words after a dash and a colon", () => {
  it("gives 'TITLE - Name: \"...\"' to the name, not to the capitalised title", () => {
    const text = [
      "Polls and turnout",
      "",
      'HIGHER TURNOUT IN IOWA DOES NOT RAISE HOPES ELSEWHERE - Michael P. McDonald: "Turnout in one state says little about the next."',
    ].join("\n");
    expect(directSpeakers(text)).toEqual(["Michael P. McDonald"]);
  });
});
