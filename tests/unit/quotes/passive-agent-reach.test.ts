// Stop 27: "X was asked by Y, who ..., "..."": the agent after "by" is the speaker even when an
// apposition or a relative clause stands between it and the quotation. Made-up article.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a passive verb of saying with its agent far before the quotation", () => {
  it("gives the question to the host who asked it, not to the guest", () => {
    const text =
      'Senator Ruth Calloway appeared on Friday\'s broadcast of "Late Talk." Calloway was asked by host Daniel Pryce, who has backed her campaign for months and once hosted her at his home, "Do you still think the whole budget fight was a waste of time?" The clip has since been viewed a million times.';
    expect(speakerOf(text, "Do you still think")).toBe("Daniel Pryce");
  });
});
