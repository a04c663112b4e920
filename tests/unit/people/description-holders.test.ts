import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// A shadow minister holds a rank of the role, as a deputy does: "the chancellor" is not the
// shadow chancellor the article names a few lines on.
const RALLY = `Chancellor rallies party faithful

Gordon Marsh has issued a rallying cry to supporters at the spring conference in Harrowgate.

"The stakes are too high to stay at home this time," the chancellor said.

Later in the day shadow chancellor Oliver Penrose replied that the plans were reckless and would cost every family dearly.
`;

describe("who a description stands for", () => {
  it("a shadow minister is no holder of the minister's role", () => {
    expect(speakerOf(RALLY, "The stakes are too high")).toBe("Gordon Marsh");
  });
});
