import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "A former critic of the upper house, she has said ...": the opening phrase describes the "she"
// after its comma, so it is nobody unnamed, and the "she" is the person in focus (stop 27).
const PEER = `Former minister joins the upper house

Former Labour minister Ruth Calloway has been made a life peer at a ceremony in Westmoor.

She will be known as Baroness Calloway of Penrith. A former critic of the upper house, she has said she will use her seat to argue for its reform. "I accepted the invitation to sit as a working peer," she said.
`;

// An unnamed person who opens a clause stays unnamed: "A neighbour said ... she said".
const NEIGHBOUR = `Fire at a Westmoor bakery

Fire crews were called to a bakery in Westmoor owned by Ruth Calloway on Monday night.

A neighbour who saw the flames said the street was evacuated. "The smoke was everywhere," she said.
`;

describe("a phrase that opens its sentence before a comma and he or she", () => {
  it("describes that pronoun's person, not someone unnamed", () => {
    expect(speakerOf(PEER, "I accepted the invitation")).toBe("Ruth Calloway");
  });

  it("leaves an unnamed subject unnamed", () => {
    expect(speakerOf(NEIGHBOUR, "The smoke was everywhere")).toBeNull();
  });
});
