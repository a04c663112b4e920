// Stop 28: past a quotation ending in "?", a verb of saying that reports a clause of its own ("Mr
// Brill said he would not respond") is the next sentence's statement, not the quotation's cue.
// Made-up article.
import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a reporting verb in the sentence after a question", () => {
  it("does not take the question from its speaker", () => {
    const text =
      'Leaders Clash\n\nThe opposition leader, Nora Quayle, went on the attack. She declared: "He is the prime minister of deals." She continued: "How can there be order in schools when there is no order in government?" Mr Brill said he would not respond to gossip in books.';
    expect(speakerOf(text, "How can there be order")).toBe("Nora Quayle");
  });

  it("does not read a verb with an object after the question as its attribution", () => {
    const text =
      'Music Rentals\n\nMr Brody is not convinced a rental model will work. "Our customers know what they want," he said. "Who wants a track that will not play next month?" Tunely offers a download service for 5 pounds a month.';
    expect(speakerOf(text, "Who wants a track")).toBe("Brody");
  });
});
