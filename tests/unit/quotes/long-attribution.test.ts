// Stop 27: after a quotation ending in "?" or "!", an attribution longer than the few words read
// after it still counts when its verb of saying ends it. Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a long attribution after a quotation ending in '!' or '?'", () => {
  it("reads a name with its party tag before 'said of'", () => {
    const text =
      'The museum waived its fee during the convention, according to spokesman Todd Mesner. "Perpetual motion!" Rep. Glenn Tomkins, R-Pa., said of the swirl of convention events. Tomkins started Thursday at a breakfast.';
    expect(speakerOf(text, "Perpetual motion")).toBe("Glenn Tomkins");
  });

  it("leaves a next sentence that reports a clause of its own to itself", () => {
    const text =
      'Mr Dalgleish asked: "Would it not be ironic if the prisoners could smoke but the smokers became criminals?" The Green Party\'s health spokeswoman, Elspeth Corran, said she was pleased by the ban.';
    expect(speakerOf(text, "Would it not be ironic")).toBe("Dalgleish");
  });
});
