// Stop 27: an unnamed lawsuit or complaint is its plaintiff's, not the organisation in focus's
// (usually the one it is brought against). Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a lawsuit with no named issuer", () => {
  it("gives the lawsuit's words to nobody rather than the company it is brought against", () => {
    const text = [
      "Woman sues Norwell over printers",
      "A Kansas woman is suing Norwell Technologies, a printer maker, over faulty cartridges.",
      'Norwell Technologies sells printers across the Midwest. "The cartridges were sold as refillable when the firm knew they were not," the lawsuit said. Norwell Technologies said it would fight the case.',
    ].join("\n\n");
    expect(speakerOf(text, "The cartridges were sold", { unlisted: "nobody" })).toBeNull();
  });

  it("still gives an unnamed statement to the company in focus", () => {
    const text = [
      "Norwell recalls printers",
      "Norwell Technologies has recalled a batch of printers.",
      'Norwell Technologies sells printers across the Midwest. "We are sorry for the trouble this has caused," the statement said. Customers welcomed the move.',
    ].join("\n\n");
    expect(speakerOf(text, "We are sorry")).toBe("Norwell Technologies");
  });
});
