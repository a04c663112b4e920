// Stop 28: a dash credit on a line of its own under the quotation's paragraph ("¶ - Okafor. ¶"),
// or after a quotation that ends its sentence ("...mortgages." - Okafor.), signs the quotation.
// Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a dash credit after a quotation's sentence or paragraph", () => {
  it("reads a name alone on the line under the quotation", () => {
    const text =
      'Lines from the debate.\n\n"I went to the bankers before the crash and told them to stop."\n\n- Lindqvist.\n\nLindqvist tends to overstate that visit.';
    expect(speakerOf(text, "I went to the bankers")).toBe("Lindqvist");
  });

  it("reads a name and a short description on that line", () => {
    const text =
      'Notes from the hall.\n\nMara Ellison spoke first.\n\n"Great speech. He is tested. He is ready."\n\n-Governor Tobias Wren, writing after Ellison\'s speech.\n\nThe hall emptied at ten.';
    expect(speakerOf(text, "Great speech")).toBe("Tobias Wren");
  });

  it("reads a dash credit after a full stop on the quotation's line", () => {
    const text =
      'Lines from the debate.\n\n"I went to the bankers before the crash and told them to stop." - Lindqvist. Lindqvist tends to overstate that visit.';
    expect(speakerOf(text, "I went to the bankers")).toBe("Lindqvist");
  });

  it("leaves a bulleted sentence under a quotation alone", () => {
    const text =
      'Mara Ellison spoke first.\n\n"The whole idea is something we hear about all the time, and it needs to stop."\n\n- Tobias Wren, who spoke at the convention on Wednesday, will visit Ohio next week and then return home.';
    expect(speakerOf(text, "The whole idea")).not.toBe("Tobias Wren");
  });

  it("leaves a dash heading the next quotation to that quotation", () => {
    const text =
      'The hosts scored twice.\n\n- Rovers boss Dale Harkin "I am bitterly disappointed with the result." "In the end we cracked." \n - City boss Ned Orme "We deserved the win." "We played some football."';
    expect(speakerOf(text, "In the end we cracked")).not.toBe("Ned Orme");
  });
});
