import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Ohio developer Dace Ormsted expressed dismay ... he told": "developer" is an organisation's word
// too, so the name after it was no clause's subject and, with a given name newsbrief does not know,
// of unknown kind; the "he" went to the candidate named in between. A trade noun in -er/-or heads
// the name's phrase as a role does, and a two-word name after an organisation's noun whose next
// subject is a "he" or "she" is a person (stop 27).
const DONORS = `Donors warm to the front-runner

Several donors who backed rival campaigns are now raising money for Brant Hollis.

Just a few months ago, Ohio developer Dace Ormsted expressed dismay at the thought of Hollis as the party's nominee. "I kept telling myself that won't happen. I now fear it may happen," he told the Dayton Ledger in February.

Now Ormsted has agreed to help the campaign.
`;

describe("a full name after a trade noun that is also an organisation's", () => {
  it("is the person a following he refers to", () => {
    expect(speakerOf(DONORS, "I kept telling myself")).toBe("Dace Ormsted");
  });
});
