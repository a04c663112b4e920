import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Pfizer chief executive Ian Read said ... "...," Read said": "Read", "Dear" and "More" are page
// furniture to the name reader ("Read more"), but capitalised inside a sentence right after a
// given name, and then alone before a verb of speech, they are a surname (stop 28).
const MERGER = `Drug makers agree merger

In a call with analysts on Monday, Velantis chief executive Ian Read said the board had weighed the political risk. "We believe this deal is a great deal for shareholders," Read said.

Read more about the deal on our business pages.
`;

describe("a surname the function-word list holds", () => {
  it("is read after a given name and alone before a verb of speech", () => {
    expect(speakerOf(MERGER, "We believe this deal")).toBe("Ian Read");
  });
});
