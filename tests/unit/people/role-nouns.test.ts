import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// Role nouns the lexicon lacked ("neurosurgeon", "mogul", "pundit", "rapper", "comedian"): a
// description with one of them was no description at all, so "the retired neurosurgeon told"
// named nobody (stop 27).
const NEUROSURGEON = `Surgeon backs Tolliver

Ray Tolliver plans to rebuild the economy of the region, Dora Quill's old ally Ben Harrow said on Monday. "Well first of all, they have to stop and listen," the retired neurosurgeon told Westmoor TV.
`;

const MOGUL = `The candidates' favourite television

Senator Marla Vance named a cooking show as her favourite. Ray Tolliver listed a comedy show as his guilty pleasure. "My guilty pleasure is the show that starred me," the property mogul told Westmoor Weekly.
`;

describe("descriptions with role nouns of professions", () => {
  it("reads the retired neurosurgeon as the person in focus", () => {
    expect(speakerOf(NEUROSURGEON, "Well first of all")).toBe("Ray Tolliver");
  });

  it("reads the property mogul as the person in focus", () => {
    expect(speakerOf(MOGUL, "My guilty pleasure")).toBe("Ray Tolliver");
  });
});
