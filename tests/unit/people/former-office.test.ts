import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "the governor said" is not the former governor named in passing: "former" is a rank of its own,
// like "deputy", so she holds no "governor" and the description goes to the person in focus (stop 27).
const GOVERNOR = `Tolliver defends his endorsement

Ray Tolliver stood behind the candidate on Tuesday night and said nothing.

Republican Dora Quill, the former Westmoor governor, told the Harlow Star last week she would rather vote for anyone else.

Tolliver defended his endorsement this week on his radio show. "I have known him for 14 years," the governor said.
`;

// A description that says "former" itself is still hers.
const FORMER_GOVERNOR = `Tolliver defends his endorsement

Ray Tolliver stood behind the candidate on Tuesday night and said nothing.

Republican Dora Quill, the former Westmoor governor, spoke to the Harlow Star last week. "I would rather vote for anyone else," the former governor said.
`;

// "the former president said" is not the sitting "President Obama" (stop 28).
const RALLY = `Candidates trade blows

"He has stood with me time after time," President Alvarez told supporters in March, praising his secretary of state.

Tom Brandt got in on the game, bashing Alvarez's rival during a rally in Dunmore on Monday. "Sometimes I think the man running against her is running against all of us," the former president said.
`;

describe("a former office holder", () => {
  it("is no sitting holder of the office a description with former names (stop 28)", () => {
    expect(speakerOf(RALLY, "Sometimes I think")).toBe("Tom Brandt");
  });

  it("does not hold the office a bare description names", () => {
    expect(speakerOf(GOVERNOR, "I have known him")).toBe("Ray Tolliver");
  });

  it("holds it when the description says former", () => {
    expect(speakerOf(FORMER_GOVERNOR, "I would rather")).toBe("Dora Quill");
  });
});
