import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// A description refers back: "the chancellor" is someone the article named before it, not the
// shadow chancellor it names two paragraphs later.
const RALLY = `Chancellor rallies party faithful

Gordon Marsh has issued a rallying cry to supporters at the spring conference in Harrowgate.

"The stakes are too high to stay at home this time," the chancellor said.

Later in the day shadow chancellor Oliver Penrose replied that the plans were reckless and would cost every family dearly.
`;

describe("who a description stands for", () => {
  it("not a holder of its role that the article names only later", () => {
    expect(speakerOf(RALLY, "The stakes are too high")).toBe("Gordon Marsh");
  });
});
