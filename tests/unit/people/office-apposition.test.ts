import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "The Bishop of Durham, the Rt Rev Dr Tom Wright, described ...": an office named by a title,
// "of" and a place, with a person's full name in apposition, is that person; the office's one word
// is no one's name (stop 28).
const NOVEL = `Bishop pans thriller

The Bishop of Westmoor, the Rt Rev Dr Simon Garde, described the novel as a "great thriller" but "lousy history".

Writing in the Westmoor Echo, the Bishop said: "Conspiracy theories are always fun to read."
`;

describe("an office with a full name in apposition", () => {
  it("is that person", () => {
    expect(speakerOf(NOVEL, "Conspiracy theories")).toBe("Simon Garde");
  });
});
