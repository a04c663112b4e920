import { describe, expect, it } from "vitest";
import { lexText } from "../../../src/text/lexer.ts";
import { segmentText } from "../../../src/text/segment.ts";

function lex(text: string, quoted: Array<{ start: number; end: number }> = []) {
  return lexText(text, segmentText(text).sentences, quoted);
}

describe("lexText", () => {
  it("splits words and punctuation with offsets into the text", () => {
    const text = "U.S. officials, don't worry.";
    const lexemes = lex(text);
    expect(lexemes.map((l) => l.text)).toEqual([
      "U.S",
      ".",
      "officials",
      ",",
      "don't",
      "worry",
      ".",
    ]);
    for (const l of lexemes) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });

  it("marks possessives without keeping the apostrophe in the word", () => {
    const lexemes = lex("Vox’s writer and Souness' remarks.");
    expect(lexemes.filter((l) => l.possessive).map((l) => l.text)).toEqual(["Vox", "Souness"]);
  });

  it("knows capitals, sentence openers and the quotation around each word", () => {
    const text = 'He said "Yes" today. Then Ann left.';
    const open = text.indexOf('"');
    const lexemes = lex(text, [{ start: open, end: open + 5 }]);
    const yes = lexemes.find((l) => l.text === "Yes");
    expect(yes?.quote).toBe(0);
    expect(lexemes.find((l) => l.text === "today")?.quote).toBe(-1);
    expect(lexemes.filter((l) => l.initial).map((l) => l.text)).toEqual(["He", "Then"]);
    expect(lexemes.filter((l) => l.cap).map((l) => l.text)).toEqual(["He", "Yes", "Then", "Ann"]);
  });
});
