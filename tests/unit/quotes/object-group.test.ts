// Stop 27: a group noun right before a participle of saying that is the object of a verb or of
// "to" is not who speaks: "emailed supporters saying". Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a participle of saying after a group that is an object", () => {
  it("gives the words to the sender, not to the supporters he emailed", () => {
    const text = [
      "Senator Bernard Sandler lost the primary in Oregon on Tuesday, and his aides did not say whether he would leave the race.",
      "",
      'After the results came in, Sandler emailed supporters saying: "The struggle continues."',
    ].join("\n");
    expect(speakerOf(text, "The struggle continues")).toBe("Bernard Sandler");
  });

  it("still reads 'with reports saying' as the reports' words, nobody's the article names", () => {
    const text =
      "Chinese police have detained three top executives at dairy firm Orwell Foods, with reports suggesting that they are being investigated for fraud.";
    expect(speakerOf(text, "they are being investigated", { unlisted: "nobody" })).toBeNull();
  });
});
