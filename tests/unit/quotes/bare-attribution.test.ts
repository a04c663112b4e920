import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

/** “...” Trump said. — an attribution that is a sentence of its own after a full stop (stop 26). */
describe("a bare attribution after a quotation's full stop", () => {
  const text =
    "The nominee caused outrage on Wednesday.\n\n“Ruritania, if you’re listening, I hope you find the emails that are missing.” Harlan said.\n\n“The talks are over.” Keeper Tom Bryce echoed Harlan's sentiments.";
  it("gives the quotation to the name of the short sentence after it", () => {
    expect(speakerOf(text, "Ruritania, if you")).toBe("Harlan");
  });
  it("does not read a full sentence after the quotation as its attribution", () => {
    expect(speakerOf(text, "The talks are over")).not.toBe("Tom Bryce");
  });
});

/** "As X put it, "..."": "put it" says the quotation (stop 26). */
describe("put it", () => {
  const text =
    "Singer Leo Marsh has dethroned Ada Quill on the chart. As the Daily Ledger put it, “Hello, it’s Leo.” Marsh sold 90,000 copies.\n\nQuill put it to her label that she would tour. “It was a good run,” she said.";
  it("gives the quotation to the subject of 'put it'", () => {
    expect(speakerOf(text, "Hello, it’s Leo")).toBe("Daily Ledger");
  });
});

/** "“...?” Hannity pressed.": a name and any past-tense verb as the whole next sentence (stop 26). */
describe("a name and a verb as the sentence after the quotation", () => {
  const text =
    "“By the way it is negotiable,” Harlan said. “Would it be negotiable about the 11 million?” Sean Tully pressed.\n\n“We will win.” The crowd booed.";
  it("gives the quotation to that name", () => {
    expect(speakerOf(text, "Would it be negotiable")).toBe("Sean Tully");
  });
  it("does not give it to a crowd reacting to it", () => {
    expect(speakerOf(text, "We will win")).not.toBe("The crowd");
  });
});

/** "“...?” Beck questioned.": also with a verb of saying that takes no direct speech (stop 26). */
describe("a bare attribution with a verb that takes no direct speech", () => {
  it("gives the quotation to that name", () => {
    const text =
      "“He changed his mind on everything,” Harlan said. “What was the pivot point?” Sean Tully questioned.";
    expect(speakerOf(text, "What was the pivot point")).toBe("Sean Tully");
  });
});

/** "said former secretary of state X": "of" inside a lower-case title after an inverted verb (stop 26). */
describe("an inverted cue with 'of' in the title", () => {
  it("gives the quotation to the name after the title", () => {
    const text =
      '"The first line of defense is within the community," said former secretary of state Ada Quill, who praised former president Tom Marsh for reaching out.';
    expect(speakerOf(text, "The first line of defense")).toBe("Ada Quill");
  });
});
