import { describe, expect, it } from "vitest";
import { extractQuotedSpans } from "../../../src/quotes/extract.ts";
import { classifyMark, primaryFamily } from "../../../src/quotes/marks.ts";
import { segmentText } from "../../../src/text/segment.ts";

function spans(text: string): string[] {
  const model = segmentText(text);
  return extractQuotedSpans(text, model.paragraphs, primaryFamily(text)).map((s) =>
    text.slice(s.start, s.end),
  );
}

describe("extractQuotedSpans", () => {
  const cases: Array<[string, string, string[]]> = [
    ["reads straight double quotes", 'He said "we won" and left.', ["we won"]],
    ["reads curly double quotes", "He said “we won” and left.", ["we won"]],
    [
      "splits a quotation interrupted by its attribution into two",
      '"He\'ll win," Bush said, "and he\'ll be fine."',
      ["He'll win,", "and he'll be fine."],
    ],
    [
      "keeps a nested quotation inside the outer one",
      "“I said, ‘That’s gonna be a tough trip,’ because,” Trump said.",
      ["I said, ‘That’s gonna be a tough trip,’ because,"],
    ],
    [
      "keeps a nested double quotation inside a double one",
      '"He told the players he would "fake" an injury and walk off," said Shepherd.',
      ['He told the players he would "fake" an injury and walk off,'],
    ],
    [
      "does not take apostrophes for quotation marks",
      "Don't blame Souness' players for the '90s, O'Neil said 'em all.",
      [],
    ],
    [
      "reads British single quotes",
      "'We lost everything,' she said. 'Nobody came.' Her neighbour's house was dry.",
      ["We lost everything,", "Nobody came."],
    ],
    [
      "starts a new quotation when a finished sentence re-opens one that was never closed",
      '"It is not about money. "No individual is bigger than the club."',
      ["It is not about money.", "No individual is bigger than the club."],
    ],
    [
      "closes an unbalanced mark at the end of its paragraph",
      'He said "this never ends.\n\nThe next paragraph is narrative.',
      ["this never ends."],
    ],
    [
      "reads doubled single marks as double quotes",
      "''This isn't tax reform,'' said Mr. Holtz-Eakin.",
      ["This isn't tax reform,"],
    ],
    ["ignores an inch mark after a digit", 'The screen is 27" wide and "bright" too.', ["bright"]],
    ["ignores empty quotation marks", 'He said "" and then "yes".', ["yes"]],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it("runs a quotation over paragraphs: an opening mark on each, a closing mark only at the end", () => {
    const text = '"First part of it.\n\n"Second part of it.\n\n"Last part," he said.';
    const model = segmentText(text);
    const found = extractQuotedSpans(text, model.paragraphs, "double");
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual([
      "First part of it.",
      "Second part of it.",
      "Last part,",
    ]);
    expect(found.map((s) => s.continues)).toEqual([false, true, true]);
  });

  it("never lets an unbalanced mark swallow the rest of the article", () => {
    const rest = "Another paragraph. ".repeat(50);
    const text = `Intro with a stray " mark here\n\n${rest}`;
    for (const span of extractQuotedSpans(text, segmentText(text).paragraphs, "double")) {
      expect(span.end).toBeLessThanOrEqual(text.indexOf("\n"));
    }
  });
});

describe("classifyMark", () => {
  it("tells an opening mark from a closing one by its neighbours", () => {
    expect(classifyMark('say "hi" now', 4)?.role).toBe("open");
    expect(classifyMark('say "hi" now', 7)?.role).toBe("close");
    expect(classifyMark("a ‘b’ c", 2)?.role).toBe("open");
  });

  it("reads an apostrophe between letters as no mark at all", () => {
    expect(classifyMark("don't", 3)).toBeNull();
    expect(classifyMark("the ’90s", 4)).toBeNull();
  });
});

describe("primaryFamily", () => {
  it("finds British single-quote style and American double-quote style", () => {
    expect(primaryFamily("'One,' he said. 'Two,' she said. 'Three.'")).toBe("single");
    expect(primaryFamily('"One," he said. Souness\' remark. "Two."')).toBe("double");
  });
});
