// Stop 28: a quotation that ends in a quoted question (“... ‘what can we do?’”) ends its sentence
// at the "?" as much as one ending in "?" itself; the attribution after it still counts when the
// next sentence opens with it. Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a quotation ending in a quoted question", () => {
  it("reads a name and a verb of saying that open the next sentence", () => {
    const text =
      "Marla Quintero is the campaign's field director. She once worked for Sen. Dale Pruitt. “When the governor heard about it, her first words were, ‘What can we do to help?’” Quintero told reporters during Tuesday's call. Officials denied it.";
    expect(speakerOf(text, "When the governor heard")).toBe("Marla Quintero");
  });

  it("leaves a next sentence that introduces the next quotation to that quotation", () => {
    const text =
      "“The pupils will ask: ‘Where am I going?’” said Hollis Brandt. “A short deal confuses them.” Club chief executive, Ivo Marsh, added: “We are glad to have him.”";
    expect(speakerOf(text, "A short deal")).toBe("Hollis Brandt");
  });
});
