import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "A Harlow Mills spokesman told ...": the spokesperson is unnamed and speaks for the organisation
// named before the noun, so the "he" after is the organisation speaking on, as after "a spokesman
// for Harlow Mills" (stop 27).
const MILLS = `Union warns on pay

Workers at Harlow Mills will vote on a strike next week, the Transport Workers Union said on Monday.

A Harlow Mills spokesman told the Courier the firm had offered a fair deal. "We have made our best offer and it remains on the table," he said. The vote closes on Friday.

Union leader Dana Kettering said members were angry.
`;

// The noun's gender counts: a "she" after "a Tovell Foods spokesman" is someone else.
const FOODS = `Factory to close

Tovell Foods will close its Brenmoor plant in June, the company said.

Local councillor Mira Abernethy met the workers on Tuesday. A Tovell Foods spokesman said 40 jobs would go. "This is a very sad day for the town," she said.
`;

describe("a spokesperson named after their organisation", () => {
  it("speaks on through the he or she of the noun's gender", () => {
    expect(speakerOf(MILLS, "We have made our best offer")).toBe("Harlow Mills");
  });

  it("is no antecedent of a pronoun of the other gender", () => {
    expect(speakerOf(FOODS, "This is a very sad day")).not.toBe("Tovell Foods");
  });
});
