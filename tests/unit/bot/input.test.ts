import { describe, expect, it } from "vitest";
import { parseBriefInput, parseWhoSaidText } from "../../../src/bot/input.ts";
import { displayQuoteText } from "../../../src/present/quotes.ts";

describe("parseBriefInput", () => {
  it.each([
    ["https://example.com/news/1", { kind: "url", url: "https://example.com/news/1" }],
    ["  <http://example.com/a?b=c>  ", { kind: "url", url: "http://example.com/a?b=c" }],
    ["", { kind: "empty" }],
    ["   \n ", { kind: "empty" }],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseBriefInput(raw)).toEqual(expected);
  });

  it("treats text that merely contains a link as a pasted article", () => {
    const raw = "Read this https://example.com/a: it says the minister resigned.";
    expect(parseBriefInput(raw)).toEqual({ kind: "text", text: raw });
  });
});

describe("parseWhoSaidText", () => {
  it.each([
    ["Kelly", { query: "Kelly" }],
    ["the former Exxon CEO", { query: "the former Exxon CEO" }],
    ['"mass deportations"', { phrase: "mass deportations" }],
    ["“control of our borders”", { phrase: "control of our borders" }],
    ["https://example.com/a Kelly", { url: "https://example.com/a", query: "Kelly" }],
    [
      '<https://example.com/a> "tough trip"',
      { url: "https://example.com/a", phrase: "tough trip" },
    ],
    ["", {}],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseWhoSaidText(raw)).toEqual(expected);
  });
});

describe("displayQuoteText", () => {
  it.each([
    ["two countries will have differences,", "two countries will have differences"],
    ["We will exercise it fully.", "We will exercise it fully."],
    ["Let me be clear:", "Let me be clear"],
    ["trade and energy", "trade and energy"],
  ])("shows %j as %j", (text, shown) => {
    expect(displayQuoteText(text)).toBe(shown);
  });
});
