// Stop 28: "X said being able to close bars for a day did not ...": a gerund's phrase opens the
// reported clause as its subject. Made-up articles.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

const TEXT =
  "Bar Closures\n\nPolice chiefs want stronger powers to close bars. After the meeting, Mr Quill said being able to close bars for only a day did not make much of an impact. Ministers will reply next month.";

describe("a gerund's phrase as the subject of a reported clause", () => {
  it("reports the clause with its speaker", () => {
    expect(speakerOf(TEXT, "being able to close bars")).toBe("Quill");
  });

  it("leaves a gerund that is the verb's object alone", () => {
    const text =
      "Sprint Row\n\nMs Okonjo, who won two medals in Lisbon, denies using banned drugs and says she will sue the agency.";
    expect(speakerOf(text, "using banned drugs", { unlisted: "nobody" })).toBeNull();
  });
});
