// Stop 28: a quotation left open (no closing mark) that goes on in the next one takes that one's
// cue when it names its speaker by name. Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a quotation left open before its continuation's cue", () => {
  it("takes the name that the continuation's cue gives", () => {
    const text =
      'Councils Online\n\nA report by Will Pellow for the think-tank Civitas looks at local debate. With most homes now online, the council, it suggests, could host public forums to encourage trust in policy and in the Local Government Association. "Councils already play a role in helping residents trade with each other online. "But they should also help residents connect to one another," said Mr Pellow. Libraries could help too.';
    expect(speakerOf(text, "Councils already play a role")).toBe("Will Pellow");
  });

  it("leaves it alone when the name is inside the open quotation", () => {
    const text =
      'Trade Talks\n\n"We have said as much to the Americans. We feel it is important for Ukraine to join. Mr Dorosh was careful not to turn his back on Russia. "Russia is our eternal partner," Mr Dorosh said.';
    expect(speakerOf(text, "We have said as much", { unlisted: "nobody" })).not.toBe("Dorosh");
  });
});
