import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "AL Quillane": two capitals that spell a name particle ("al") are initials, so the name is a full
// one, a person a later "he" can be (stop 28).
const CONFERENCE = `Banks count the cost

Lenders face a revenue shortfall this year, AL Quillane told a news conference. "Most banks will not be collecting interest," he said.
`;

const REPORTED = `Banks count the cost

Lenders face a revenue shortfall this year. AL Quillane told a news conference that most banks would not be collecting interest. "It will be a hard year," he said.
`;

describe("initials that spell a name particle", () => {
  it("make a full name a he can refer to", () => {
    expect(speakerOf(CONFERENCE, "Most banks will not")).toBe("AL Quillane");
    expect(speakerOf(REPORTED, "It will be a hard year")).toBe("AL Quillane");
  });
});
