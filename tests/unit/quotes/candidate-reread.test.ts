// Stop 28: a paragraph after one ending in a colon is read as a possible block quotation before
// any cue is; when it turns out to be no block, its people are read again as narrative. Made-up
// articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a block-quotation candidate that is no block", () => {
  it("reads its people as narrative", () => {
    const text =
      'Dunmore Campaign Cuts Staff\n\nSenator Alan Dunmore laid off dozens of aides on Tuesday, a spokesman said. Here is what else happened in the race:\n\nOn local radio on Tuesday, his wife, Marla, called for an open primary in every state. "Shutting people out of the process when they are excited about politics is not smart," she said. Turnout in the state was high.\n\nThe next primary is in June.';
    expect(speakerOf(text, "Shutting people out")).toBe("Marla");
  });

  it("still gives a block quotation to the one introduced before it", () => {
    const text =
      "Storm Warning\n\nThe weather service issued a warning on Monday. Nell Ambrose, a forecaster, wrote:\n\nThe storm will reach the coast by evening and residents of low-lying towns should prepare to leave their homes before the roads close.\n\nSchools will stay shut.";
    expect(speakerOf(text, "The storm will reach")).toBe("Nell Ambrose");
  });
});
