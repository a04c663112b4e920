import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

/**
 * A one-word line ending in a colon ("PREVIOUSLY:", "Update:") labels what follows; it cannot name
 * a speaker, so the paragraph after it is narrative, and the people it names are there for a later
 * he or she (stop 26).
 */
describe("a one-word label line before a paragraph", () => {
  const story = (label: string) =>
    `Rifle auction pulled.\n\nUPDATE: The site that listed the rifle has removed the listing. It has now been posted on another website.\n${label}\nDarren Voskuil is selling the rifle he used in a 2012 confrontation in Tulsa, Oklahoma.\n“I’m a free American,” he told a local station. “I can do what I like with my possessions.”\n`;

  it("leaves the paragraph's people to the he/she after it", () => {
    expect(speakerOf(story("PREVIOUSLY:"), "I’m a free American")).toBe("Darren Voskuil");
    expect(speakerOf(story("Background:"), "I’m a free American")).toBe("Darren Voskuil");
  });

  it("still reads a paragraph after an introduction that names its author as a block quotation", () => {
    const text =
      "The minister answered the petition on Tuesday.\n\nIn a letter to the council, Nora Pellew wrote:\n\nThe committee has reviewed every objection and will publish its findings before the summer recess.\n\nCouncillor Ivo Strand said the reply was late.";
    expect(speakerOf(text, "The committee has reviewed")).toBe("Nora Pellew");
  });
});
