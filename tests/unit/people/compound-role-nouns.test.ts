import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "the billionaire mogul", "the giant winger": a role noun before another only modifies it; the
// description's head is the last noun (stop 28). An office's own compound ("the chief executive")
// stays unread.
const MOGUL = `Candidates name their favourite shows

Tom Brandt, the Republican front-runner and former host of the game show "Big Deal," listed a comedy show as his guilty pleasure. "My guilty pleasure is the late show," the billionaire mogul told Weekly.
`;

const OFFICE = `Vote ends in confusion

MPs bombarded Housing Minister Ray Tolliver with requests to read the letter. Eventually, he was handed the letter five minutes before the vote. The deputy speaker later said the debate had not been handled as it should have been.
`;

describe("a role noun before another role noun", () => {
  it("modifies it: the description is read and resolved", () => {
    expect(speakerOf(MOGUL, "My guilty pleasure")).toBe("Tom Brandt");
  });

  it("does not make an office's compound a description of the person in focus", () => {
    expect(speakerOf(OFFICE, "the debate had not", { unlisted: "nobody" })).toBeNull();
  });
});

// "the national team coach": a lower-case organisation noun before a role noun modifies it too.
const COACH = `Harlow fight back

Harlow coach Ray Tolliver praised his side after they came from 15-6 down to win 24-18. "We had to show character," said the national team coach.
`;

describe("an organisation noun before a role noun", () => {
  it("modifies it: the description is the coach named before", () => {
    expect(speakerOf(COACH, "We had to show")).toBe("Ray Tolliver");
  });
});

// "the billionaire business mogul": a role noun before a plain noun and a role noun modifies that
// compound; the last noun is still the head (stop 28).
const BUSINESS_MOGUL = `Candidates name their favourite shows

Ron Calder, the Republican front-runner and former host of the reality show "The Firm," listed a comedy show as his guilty pleasure. "My guilty pleasure is the late show," the billionaire business mogul told Weekly.
`;

describe("a role noun before a plain noun and a role noun", () => {
  it("modifies the compound: the description is read and resolved", () => {
    expect(speakerOf(BUSINESS_MOGUL, "My guilty pleasure")).toBe("Ron Calder");
  });
});
