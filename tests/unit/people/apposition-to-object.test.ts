import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "the campaign of his wife, Helena Doyle, as she ..." names the wife only to say who "his wife"
// is: an object's apposition, no clause's subject. The woman the paragraph is about stays the
// "she" who speaks next.
const ACCUSER = `Woman comes forward with new claim

Marla Quentin, who said Senator Roy Doyle harassed her in 1990, recounted the episode on a radio show. She has said it took place in the spring, when she met him at a dinner. She has spoken out again as Doyle has come back to play a role in the campaign of his wife, Helena Doyle, as she pursues the nomination. On Sunday, she disclosed that Doyle later called her office.

"He called the clinic I owned and asked when I was coming back to town," she said.
`;

// A relative named at the start of its own clause is that clause's subject as before.
const FATHER = `Player returns home

Leon Akande was greeted at the airport by his family. His father, Tunde, said the whole village had waited for him.

"We are very proud of him," he said.
`;

describe("a name in apposition to an object", () => {
  it("is no subject: the she after it is the paragraph's woman", () => {
    expect(speakerOf(ACCUSER, "He called the clinic")).toBe("Marla Quentin");
  });
  it("an apposition at the start of its clause is still the subject", () => {
    expect(speakerOf(FATHER, "We are very proud")).toBe("Tunde");
  });
});
