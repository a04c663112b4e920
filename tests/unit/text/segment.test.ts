import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/text/segment.ts";

function sentencesOf(text: string): string[] {
  const model = segmentText(text);
  return model.sentences.map((s) => text.slice(s.start, s.end));
}

describe("segmentText", () => {
  const cases: Array<[string, string, string[]]> = [
    [
      "keeps honorifics and titles inside the sentence",
      "Mr. Smith met Dr. Jones and Sen. Warren. Gov. Brown and Gen. Lee agreed.",
      ["Mr. Smith met Dr. Jones and Sen. Warren.", "Gov. Brown and Gen. Lee agreed."],
    ],
    [
      "does not split on initials",
      "J.K. Rowling and George W. Bush met. They talked.",
      ["J.K. Rowling and George W. Bush met.", "They talked."],
    ],
    [
      "does not split U.S. before a lower-case word but does before a new sentence",
      "U.S. officials said so in the U.S. The talks ended.",
      ["U.S. officials said so in the U.S.", "The talks ended."],
    ],
    [
      "keeps times, dates and decimals whole",
      "It began at 9 a.m. on Jan. 5 and prices rose 3.5 percent. Then it ended.",
      ["It began at 9 a.m. on Jan. 5 and prices rose 3.5 percent.", "Then it ended."],
    ],
    [
      "keeps a quote that ends before its attribution in one sentence",
      '"It is over," he said. "We lost." The end.',
      ['"It is over," he said.', '"We lost."', "The end."],
    ],
    [
      "splits after a question or exclamation inside closing quotes",
      "“Why now?” She asked again. ‘Stop!’ It stopped.",
      ["“Why now?”", "She asked again.", "‘Stop!’", "It stopped."],
    ],
    [
      "treats a headline without a final period as its own sentence",
      "Kelly Promises No Mass Deportations\n\nThe secretary spoke on Thursday.",
      ["Kelly Promises No Mass Deportations", "The secretary spoke on Thursday."],
    ],
    [
      "keeps an ellipsis before lower-case text inside the sentence",
      "He paused... and then went on. Done.",
      ["He paused... and then went on.", "Done."],
    ],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("splits paragraphs on blank lines and line breaks but joins wrapped lines", () => {
    const text =
      "Headline here\n\nFirst paragraph that\nwraps onto a second line.\nSecond paragraph.";
    const model = segmentText(text);
    expect(model.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Headline here",
      "First paragraph that\nwraps onto a second line.",
      "Second paragraph.",
    ]);
  });

  it("gives every sentence offsets inside its paragraph", () => {
    const text = "  One. Two!\n\n\nThree?  ";
    const model = segmentText(text);
    for (const sentence of model.sentences) {
      const paragraph = model.paragraphs[sentence.paragraph];
      expect(paragraph).toBeDefined();
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph?.start ?? -1);
      expect(sentence.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
    }
    expect(sentencesOf(text)).toEqual(["One.", "Two!", "Three?"]);
  });

  it("ends a paragraph at a form feed or vertical tab, even before a lower-case line", () => {
    const text = "First page ends here\fsecond page starts in lower case.\vThird.\f\f\nFourth.";
    const model = segmentText(text);
    expect(model.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "First page ends here",
      "second page starts in lower case.",
      "Third.",
      "Fourth.",
    ]);
    expect(model.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(model.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 3]);
  });

  // Tried from every mark of a run with no space after it, the sentence-end pattern was quadratic.
  it("reads a long run of dots, ?! or … without a space after it as no sentence end", () => {
    for (const run of [".".repeat(50_000), "?!".repeat(25_000), "…".repeat(50_000)]) {
      const text = `He left. ${run}x. She came.`;
      expect(sentencesOf(text)).toEqual([`He left. ${run}x.`, "She came."]);
    }
  });

  it("returns nothing for empty or blank input", () => {
    expect(segmentText("").sentences).toEqual([]);
    expect(segmentText(" \n\n \t").paragraphs).toEqual([]);
  });
});
