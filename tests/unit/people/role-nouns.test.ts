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

// "Democratic front-runner Marla Vance met voters": with "front-runner" a role noun, the title
// before her name no longer hides that she is the clause's subject, so the "she" is hers.
const FRONT_RUNNER = `Vance courts Westmoor voters

Dora Quill spoke at a rally in Harlow on Saturday.

Democratic front-runner Marla Vance met voters in Westmoor on Sunday, and her rival Dora Quill was mentioned only once. "We will win this state," she said.
`;

describe("descriptions with role nouns of professions", () => {
  it("reads the retired neurosurgeon as the person in focus", () => {
    expect(speakerOf(NEUROSURGEON, "Well first of all")).toBe("Ray Tolliver");
  });

  it("reads the property mogul as the person in focus", () => {
    expect(speakerOf(MOGUL, "My guilty pleasure")).toBe("Ray Tolliver");
  });

  it("reads a front-runner title before a name as part of the subject", () => {
    expect(speakerOf(FRONT_RUNNER, "We will win")).toBe("Marla Vance");
  });
});
