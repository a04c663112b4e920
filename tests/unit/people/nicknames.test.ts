import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Juan "Chico" Manriquez of Oakland carried one of the photos": a given name, a nickname between
// quotation marks and a surname are one name, not two (stop 28).
const PARADE = `Parade remembers the victims

In downtown Dunmore, a group marched in silence holding pictures of the victims. Carlos "Kiki" Arvelo of Westbrook carried one of the photos. "I pretty much cried the whole way," he said.
`;

describe("a nickname between a given name and a surname", () => {
  it("is part of the one name", () => {
    expect(speakerOf(PARADE, "I pretty much cried")).toBe('Carlos "Kiki" Arvelo');
  });
});
