// Stop 27: a participle after a clause opened by an unnamed description ("A woman is suing X,
// saying") is the description's, not the name after its verb. Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a participle after a clause opened by an unnamed description", () => {
  it("gives nobody the claim of a woman suing a company, not the company", () => {
    const text =
      "A Dutch woman is suing Brightline Printers (BP), saying its toner cartridges are designed to fail after a year. Brightline Printers declined to comment. Its shares fell on Tuesday.";
    expect(speakerOf(text, "its toner cartridges", { unlisted: "nobody" })).toBeNull();
  });

  it("still reads a name inside the opening noun phrase", () => {
    const text =
      'Marta Kellner, a lawyer, sued the council on Friday, saying the new rules were "plainly unfair". The council said it would defend the case.';
    expect(speakerOf(text, "plainly unfair")).toBe("Marta Kellner");
  });
});

describe("a participle after a subordinate clause opened by a group of people", () => {
  it("gives the chant to the protesters who gathered, not to the speaker of the main clause", () => {
    const text =
      'Mayor Ellen Brody spoke outside the old Harbour Casino, where about 40 protesters had gathered on Tuesday morning, chanting "no wages, no peace" after talks broke down. The casino did not comment.';
    expect(speakerOf(text, "no wages, no peace", { unlisted: "nobody" })).toBeNull();
  });

  it("still gives a participle after a plain clause to its named subject", () => {
    const text =
      'Mayor Ellen Brody spoke outside the old Harbour Casino on Tuesday morning, calling the closure "a disgrace". The casino did not comment.';
    expect(speakerOf(text, "a disgrace")).toBe("Ellen Brody");
  });
});
