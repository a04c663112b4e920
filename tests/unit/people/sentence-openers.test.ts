import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function speakers(text: string): (string | null)[] {
  return analyzeArticle({ text }).quotes.map((q) => q.speaker);
}

describe("a word opening a sentence before a name", () => {
  it("is no part of a full name it stands before", () => {
    const text = [
      "Market stall sells a DJ's furniture.",
      "",
      "Broadcaster Tom Haverley opened a stall in Camden on Saturday.",
      "",
      "“I just want to get rid of it all,” he said.",
    ].join("\n");
    expect(speakers(text)).toEqual(["Tom Haverley"]);
  });

  it("keeps a short unlisted given name before a listed one", () => {
    const text =
      "Ard Jan Vetter, a consultant, spoke on Monday. “Shoppers are wary,” said Ard Jan Vetter.";
    expect(speakers(text)).toEqual(["Ard Jan Vetter"]);
  });

  it("drops a sentence adverb before a surname", () => {
    const text = [
      "Maybe Okonkwo has not rewritten the rules.",
      "",
      "Councillor Ada Okonkwo toured the ward on Friday.",
      "",
      "“We are going to turn it around,” Okonkwo told supporters.",
    ].join("\n");
    expect(speakers(text)).toEqual(["Ada Okonkwo"]);
  });
});
