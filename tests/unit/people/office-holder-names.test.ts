import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Culture, Media and Sport Secretary Tavia Brennock": an office, then two words that are no
// organisation's, is its holder's name even when newsbrief does not know the given name; the
// department's words before the office stay out of it (stop 27).
const GAMES = `Age ratings for games to be enforced

Shops that sell violent games to children will face tougher checks, ministers have said.

The call was backed by Culture, Media and Sport Secretary Tavia Brennock who said: "Adults can make their own choices, but children need to be protected."
`;

describe("an office before an unknown given name and a surname", () => {
  it("names the holder without the office", () => {
    expect(speakerOf(GAMES, "Adults can make their own choices")).toBe("Tavia Brennock");
  });
});
