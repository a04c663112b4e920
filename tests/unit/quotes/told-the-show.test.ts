import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a colon after the show someone told introduces speech (stop 28)", () => {
  const text = [
    "Minister defends hunting law",
    "",
    'Addressing claims that the law was unenforceable, Mr Harlow told Radio Dovria\'s Morning programme: "There has been a lot of spin about this by those who oppose it."',
    "",
    'Ada Kern told a Paris magazine: "I will always choose the club that offers me titles."',
    "",
    'The film was shown on Channel Nine\'s late show: "Night Harbour".',
  ].join("\n");

  it("gives the quotation after the programme's name to the one who told it", () => {
    expect(speakerOf(text, "There has been a lot of spin")).toBe("Harlow");
  });

  it("reads a magazine told the same way", () => {
    expect(speakerOf(text, "I will always choose")).toBe("Ada Kern");
  });

  it("still reads a name after a show without a verb of telling as a name", () => {
    expect(speakerOf(text, "Night Harbour", { unlisted: "nobody" })).toBeNull();
  });
});
