import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Pres. Obama admits ...": "Pres." is the president's title, as "Sen." and "Gov." are, so the
// name after it is a person's and "the president told" may be theirs (stop 28).
const HARBOUR = `Harbour deal falls through

In the spring issue of Coastal Review, Pres. Marwick admits the harbour deal "did not work."

Earlier this week, Delia Fonseca, who chaired the harbour board at the time, conceded the result was "deeply regrettable." She has often cited the board's record.

Regarding the harbour deal, Marwick defended the process, though not the results. "We did what we could with the money we had," the president told the magazine.
`;

describe("Pres. before a name", () => {
  it("is a title: the name is a person's and the president's description resolves to it", () => {
    expect(speakerOf(HARBOUR, "We did what we could")).toBe("Marwick");
  });
});
