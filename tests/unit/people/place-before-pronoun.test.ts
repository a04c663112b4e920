import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "said Vassard, who returned to Lyon. He concluded": a place between a speaking one-word name and
// the "he" after it is nobody's antecedent, so the name is still used like a person's (stop 27).
const FLOODS = `Floods hit the south

Rivers burst their banks across the region on Thursday.

"The whole region is under threat," said Vassard, who returned to Lyon after a visit to the coast. He concluded, "We are strong. We will always be stronger than the water."
`;

describe("a place between a speaking one-word name and its he", () => {
  it("leaves the he to the name", () => {
    expect(speakerOf(FLOODS, "We are strong.")).toBe("Vassard");
  });
});
