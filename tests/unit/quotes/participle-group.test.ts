// Stop 27: a participle after a clause whose sentence opens with a group of people is the group's,
// not a name later in the clause. Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a participle after a sentence opened by a group of people", () => {
  it("gives the chant to the demonstrators, not to the convention they marched through", () => {
    const text =
      'Hundreds of demonstrators marched through Centre Square on the first day of the Harbour Party Convention on Monday, chanting "No deal, no vote". Party chairman Alan Whitby said the protest was peaceful.';
    expect(speakerOf(text, "No deal, no vote", { unlisted: "nobody" })).toBeNull();
  });

  it("still reads a named subject after an opening word that is no group noun", () => {
    const text =
      'This echoed the views of the host, comedian Rick Stone, who said he rarely watched them, calling award shows "idiotic". Critics agreed.';
    expect(speakerOf(text, "idiotic")).toBe("Rick Stone");
  });
});
