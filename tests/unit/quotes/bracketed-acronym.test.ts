// Stop 28: "...," Name, from the Organisation (ACRONYM) told ...: an acronym in brackets is part of
// the apposition after the name, which is the verb's subject. Made-up article.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("an acronym in brackets inside the apposition after a quotation's speaker", () => {
  it("leaves the name before the apposition the speaker", () => {
    const text =
      'Gadget Fair Opens\n\nThe fair includes talks from several makers of phones and televisions. "The story this year is all about small screens," Orla Brennick, from the Home Devices Federation (HDF) told the BBC News website. The fair runs until Sunday.';
    expect(speakerOf(text, "The story this year")).toBe("Orla Brennick");
  });
});
