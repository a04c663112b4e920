// Stop 27: "From X's Facebook post:" introduces X's words. Made-up article.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a writing owned by a name before a colon", () => {
  it("gives the words after 'From X's Facebook post:' to X", () => {
    const text = [
      'An aide wrote to the secretary about the deaths of two soldiers. Carla Denton\'s reply was brief: "Is the store off Conn or Wisconsin?"',
      "",
      'Aides say the former governor plans to back the senator. From Jed Barrow\'s Facebook post: "For the sake of our party, we must move on."',
    ].join("\n");
    expect(speakerOf(text, "For the sake of our party")).toBe("Jed Barrow");
  });
});
