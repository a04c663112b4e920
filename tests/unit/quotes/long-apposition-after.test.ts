import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a name with a long apposition after a quotation (stop 28)", () => {
  const text = [
    "Kern praises reporter",
    "",
    "Billionaire Ada Kern praised the Ledger's reporter Tom Vale at a press conference in Berea, Ohio on Monday.",
    "",
    "“Very good reporter, very good reporter this guy,” Kern, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries, said when Vale asked her a question.",
    "",
    "“Thank you,” Vale replied.",
  ].join("\n");

  it("finds the verb past the apposition and gives the quotation to the name", () => {
    expect(speakerOf(text, "Very good reporter")).toBe("Ada Kern");
  });

  it("reads no far verb whose subject is not the name right after the quotation", () => {
    const other = [
      "Tour ends",
      "",
      "“Good night, Ohio,” the band's singer shouted as the lights went down in the hall on the last night of the long and tiring tour across the state, before manager Tom Vale said the band would rest.",
    ].join("\n");
    expect(speakerOf(other, "Good night", { unlisted: "nobody" })).not.toBe("Tom Vale");
  });
});
