import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "the Department for Farming, Fisheries and Forests": a remit after "Department for" goes on past
// its comma as a list closed by "and"; the spokesman speaks for the whole department (stop 27).
const QUOTAS = `Fishing quotas to stay

Fishing crews in Hallbury had asked for larger catches this year.

A spokesman for the Department for Farming, Fisheries and Forests said there were no plans to change the quotas. "The stocks need time to recover," he added.
`;

describe("a remit listed after an organisation word", () => {
  it("keeps the whole list in the organisation's name", () => {
    expect(speakerOf(QUOTAS, "there were no plans")).toBe(
      "Department for Farming, Fisheries and Forests",
    );
  });
});
