// Stop 27: a quotation right after a paragraph's opening sentence about the last speaker reads on
// from that speaker, as if it opened the paragraph. Made-up article.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

const ARTICLE = [
  "Some of Pastor Hale's favourite phrases struck others as shallow.",
  "",
  '"Turn your hurt into a halo?" said Ronald Bremer, a professor of religious history at Northgate College, citing one such phrase. "That\'s pretty weak tea."',
  "",
  'Still, Bremer gives Hale some credit. "It may be bad theology, but it\'s brilliant marketing."',
  "",
  "In 1970, Hale began broadcasting his Sunday service on television.",
].join("\n");

describe("a paragraph that opens with a sentence about the last speaker", () => {
  it("gives the quotation after that sentence to the last speaker", () => {
    expect(speakerOf(ARTICLE, "It may be bad theology")).toBe("Ronald Bremer");
  });
});
