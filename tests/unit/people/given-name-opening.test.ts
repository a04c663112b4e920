import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Bill Clinton got in on the game" in an article that writes "the bill": a known given name that
// opens a sentence before a surname is the person's given name, not an ordinary word (stop 28).
const FARM_BILL = `Farm bill passes the assembly

The assembly passed the farm bill on Tuesday after a long debate. Critics said the bill does too little for small growers.

Bill Marston joined the debate during a rally in Dunmore. "This bill is a start, and only a start," he said.
`;

// An auxiliary that opens a question stays no name: "Will Marston vote for it?"
const QUESTION = `Farm bill passes the assembly

The assembly passed the farm bill on Tuesday. Tom Marston, a grower, watched the vote.

Will Marston back the next bill? "I will read it first," he said.
`;

describe("a given name that opens a sentence in an article that writes it in lower case", () => {
  it("is the given name of the full name after it", () => {
    expect(speakerOf(FARM_BILL, "This bill is a start")).toBe("Bill Marston");
  });

  it("is not an auxiliary opening a question", () => {
    expect(speakerOf(QUESTION, "I will read it first")).toBe("Tom Marston");
  });
});
