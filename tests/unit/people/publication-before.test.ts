import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "the paper" nothing else resolves is the publication the narrative just named beside a
// publication noun ("The Selby Courier newspaper said", "weekly magazine Dockside").
const DREDGING = `Mayor faces questions over harbour contract

Councillors in Port Selby have called for an inquiry into the harbour dredging contract.

The Selby Courier newspaper said on Tuesday it had been handed documents showing the contract was never put out to tender. "These documents raise serious questions about how the deal was struck," the paper said.
`;

const GADGETS = `Pocket radio named best gadget

A pocket radio from 1957 has been chosen as the best gadget of all time by weekly magazine Dockside.

"Nothing else changed how people listened as much as this did," the magazine said.
`;

// What one "the paper" found is not learned for the next: paragraphs on, after other papers
// ("Ravello's headline"), "the paper" is no longer the Courier.
const PRESS_REVIEW = `Papers split over the derby

The Selby Courier newspaper blames the referee. "He lost control after ten minutes," the paper says.

Ravello's headline is blunter: "A night of shame." Ravello also criticises the visiting captain.

Most writers single out the home goalkeeper as the star of the night.

"He did things on Sunday nobody here has seen for years," the paper beams.
`;

describe("a publication's description", () => {
  it("is the publication named before its noun", () => {
    expect(speakerOf(DREDGING, "These documents raise")).toBe("Selby Courier");
  });

  it("is the publication named after its noun", () => {
    expect(speakerOf(GADGETS, "Nothing else changed")).toBe("Dockside");
  });

  it("is not learned for a later one paragraphs on", () => {
    expect(speakerOf(PRESS_REVIEW, "He lost control")).toBe("Selby Courier");
    expect(speakerOf(PRESS_REVIEW, "He did things on Sunday")).toBeNull();
  });
});
