import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a participle after a place or thing introduces its clause's subject's words (stop 28)", () => {
  const text = [
    "Minister on Dovria",
    "",
    'Mr Harlow also faced questions about policy on Dovria. He insisted there was no plan for an invasion of the country saying: "Sometimes people say this is the next place."',
    "",
    'Ada Kern, 71, appeared not to have enjoyed her time in the house saying: "I am a total wreck, I need a holiday."',
  ].join("\n");

  it("gives the quotation to the clause's subject, not to nobody", () => {
    expect(speakerOf(text, "Sometimes people say")).toBe("Harlow");
    expect(speakerOf(text, "I am a total wreck")).toBe("Ada Kern");
  });
});
