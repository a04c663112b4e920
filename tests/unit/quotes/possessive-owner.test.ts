import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a name before 'of' a place's possessive and an organisation (stop 28)", () => {
  it("gives the quotation to the person, not to the organisation after the possessive", () => {
    const text = [
      "Experts doubt reactor claim",
      "",
      "Analysts said the claim was unlikely. “The reactor could not run at that speed for long,” nuclear expert Marta Kessel of Boston's Institute for Energy Security wrote in September.",
      "",
      "Officials in Dovria did not reply.",
    ].join("\n");
    expect(speakerOf(text, "The reactor could not run")).toBe("Marta Kessel");
  });

  it("still gives a spokeswoman's words to the organisation she speaks for", () => {
    const text = [
      "Harbour plan delayed",
      "",
      "“The survey will take another year,” a spokeswoman for Boston's Harbour Trust said on Monday.",
    ].join("\n");
    expect(speakerOf(text, "The survey will take")).toBe("Harbour Trust");
  });
});
