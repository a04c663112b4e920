import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Jeremy Paris ... "...," Paris, who used to work on Capitol Hill, said": a known place's name
// that is the surname of a person named in full, written right before "who" or a verb of speech,
// is that person, not the place (stop 28).
const HARBOUR = `Harbour town gets ready for the regatta

Workers are painting the piers and scrubbing old facades before the boats arrive.

Tom Houston, who runs the regatta's host committee, has spent months on the plans.

"You get your house ready for guests - that's what we are doing," Houston, who once sailed for the navy, said about the work.

"We expect forty thousand visitors," Houston said. The first boats arrive in Houston on Friday.
`;

describe("a place's name used as the surname of someone named in full", () => {
  it("is that person before who or a verb of speech", () => {
    expect(speakerOf(HARBOUR, "You get your house ready")).toBe("Tom Houston");
    expect(speakerOf(HARBOUR, "We expect forty thousand")).toBe("Tom Houston");
  });
});
