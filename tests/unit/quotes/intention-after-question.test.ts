// Stop 28: past a quotation ending in "?", the next sentence's verb of intention before "to"
// ("Connors has also agreed to commentate") is news, not the quotation's attribution.
// Made-up article.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a verb of intention in the sentence after a question", () => {
  it("does not take the quotation from its speaker", () => {
    const text =
      'Coach Signs On\n\nSpeaking from Seville, performance director Dana Holcroft told BBC Sport: "Rafe was fantastic with the players." "He wants to be involved and have real input. And why would he stake his name on something that is not going to work?" Rafe Tandy has also agreed to commentate for the BBC next summer.';
    expect(speakerOf(text, "He wants to be involved")).toBe("Dana Holcroft");
  });
});
