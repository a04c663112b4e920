import { describe, expect, it } from "vitest";
import {
  endsLikeSentence,
  isBoilerplate,
  isHeadlineLike,
} from "../../../src/summary/boilerplate.ts";

describe("isBoilerplate", () => {
  const boilerplate: Array<[string, string]> = [
    ["a photo credit", "Photo: Ronaldo Schemidt/AFP/Getty Images"],
    [
      "a caption with its credit",
      "Flood water covers Mill Street in March. Photo: Jane Lee/Riverton Gazette",
    ],
    ["an agency credit", "(Jane Doe/AP Photo)"],
    ["a byline", "By Maria Okafor"],
    ["a tabloid byline", "By . Daily Mail Reporter ."],
    ["a dateline alone", "WASHINGTON (CNN) --"],
    ["a timestamp alone", "Updated 10:32 AM ET, Mon March 3, 2017"],
    ["a read-more link", "Read more: How Riverton's floods got worse"],
    ["a newsletter prompt", "Sign up for our morning newsletter to get the latest local news."],
    [
      "a video prompt that swallowed a caption",
      "Scroll down for video The mayor, pictured left, at the site of the new barrier on Tuesday",
    ],
    ["a share prompt", "Share this article on Facebook and Twitter"],
  ];
  it.each(boilerplate)("flags %s", (_name, text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  const news: Array<[string, string]> = [
    [
      "a lead sentence",
      "The Riverton city council voted 7-2 on Tuesday to spend $4.2 million on a flood barrier.",
    ],
    [
      "a sentence that starts with By and a month",
      "By March the river had risen above the old levee for the third time in five years.",
    ],
    [
      "a long sentence that mentions a photo",
      "The mayor said a photo of the flooded bakery, shared thousands of times last spring, had changed the minds of two council members who had opposed every earlier plan for the river.",
    ],
    [
      "a quotation",
      '"We have watched Mill Street go under three times in five years," said Mayor Elena Brandt.',
    ],
  ];
  it.each(news)("keeps %s", (_name, text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe("isHeadlineLike", () => {
  it("recognises a title-case line without closing punctuation", () => {
    expect(isHeadlineLike("Kelly Assures Mexico There Will Be ‘No Mass Deportations’")).toBe(true);
    expect(isHeadlineLike("Riverton Council Approves $4.2 Million Flood Barrier Plan")).toBe(true);
  });

  it("rejects sentences and lower-case lines", () => {
    expect(isHeadlineLike("The council approved the plan on Tuesday.")).toBe(false);
    expect(isHeadlineLike("the council approved the plan on tuesday and went home")).toBe(false);
  });
});

describe("endsLikeSentence", () => {
  it("accepts closing punctuation inside quotes and brackets", () => {
    expect(endsLikeSentence('He said "no."')).toBe(true);
    expect(endsLikeSentence("It ended (finally).")).toBe(true);
    expect(endsLikeSentence("Read more: How the floods got worse")).toBe(false);
    expect(endsLikeSentence("Is it over?’")).toBe(true);
    expect(endsLikeSentence("Per Vox’s Dara Lind:")).toBe(false);
  });
});
