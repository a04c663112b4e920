import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

// Made-up articles: the passive agent after "by" speaks the quoted words, also when an owner and a
// role come before its name (src/quotes/possessed-agent.ts).
describe("a passive agent named after an owner and a role", () => {
  it('"described as "..." by his friend and fellow musician X" is X\'s', () => {
    const text =
      "Folk singer Tomas Verlaine dies at 71\n\n" +
      "The folk singer Tomas Verlaine has died at the age of 71, his family said on Monday. " +
      'Verlaine was described as a "generous and patient teacher" by his friend and fellow ' +
      'musician Harriet Colby. "He never stopped writing," she said.';
    expect(speakerOf(text, "generous and patient")).toBe("Harriet Colby");
  });

  it('"called "..." by the film\'s director X" is X\'s', () => {
    const text =
      "Young actor praised\n\n" +
      'The young actor Pip Morrow was called the "quiet heart of the cast" by the film\'s ' +
      "director Lena Vasquez. Morrow is 12.";
    expect(speakerOf(text, "quiet heart")).toBe("Lena Vasquez");
  });

  it('"by his club" names nobody: the owner does not speak', () => {
    const text =
      "Striker fined\n\n" +
      'Striker Dan Ollerton was called "a disgrace to the shirt" by his club after the match. ' +
      "Ollerton has apologised.";
    expect(speakerOf(text, "a disgrace")).toBeNull();
  });
});
