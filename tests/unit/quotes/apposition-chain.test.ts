// Stop 28: a name after a quotation followed by two appositions ("Name, from X's Lab, one of the
// pioneers of Y, told") is the verb's subject, not the organisation ending the first apposition.
// Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("two appositions between a quotation's speaker and the verb", () => {
  it("reads the name before them", () => {
    const text =
      'Disc Makers Race\n\nRival formats went on show in Las Vegas. "As pictures get sharper, we need much more storage," Ilse Marwick, from Corvane\'s Imaging Laboratories, one of the pioneers of the format, told the BBC news website. The first players go on sale in the autumn.';
    expect(speakerOf(text, "As pictures get sharper")).toBe("Ilse Marwick");
  });

  it("does not read a name across a clause with a verb of its own", () => {
    const text =
      'Cup Report\n\nOrrin Vell replaced debutant Kade Tully just before the hour. Tully, given little chance to shine in attack, received praise from Vell afterwards, even if the coach admitted the ground was an "unforgiving place" for the teenager.';
    expect(speakerOf(text, "unforgiving place", { unlisted: "nobody" })).not.toBe("Kade Tully");
  });
});
