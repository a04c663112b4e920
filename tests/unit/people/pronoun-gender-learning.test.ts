import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// A subordinate clause's "she" right after a woman the article was about ("her daughter") is no
// sure sign that the man who reports it is a woman: his "he" later must still find him.
const MISSING_PASSENGERS = `Passengers still missing after the ferry fire

Rosalind Vautrin, a retired teacher from Lyon, was travelling to Tunis to visit her daughter Odile, the family said.

Tavish Quarrendon, a pastor with the Harbour Chapel in Marseille, told the Gazette that she was a regular at its Sunday services. He said her family had asked for privacy.

"She is a warm and generous woman who never missed a service," he added.
`;

describe("gender learned from a pronoun", () => {
  it("a reported she after another woman does not make the reporter a woman", () => {
    expect(speakerOf(MISSING_PASSENGERS, "She is a warm")).toBe("Tavish Quarrendon");
  });
});
