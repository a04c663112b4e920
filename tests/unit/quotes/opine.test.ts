// Stop 27: "opine" is a verb of saying, inverted after a quotation as much as any. Made-up article.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("'opined' after a quotation", () => {
  it("names the newspaper that opined", () => {
    const text =
      'Editorial pages across the state warned of trouble during the convention. "Gun owners should leave their weapons at home," opined the Harbour City Ledger. The warnings proved wrong, police chief Dana Wells said.';
    expect(speakerOf(text, "Gun owners should leave")).toBe("Harbour City Ledger");
  });
});
