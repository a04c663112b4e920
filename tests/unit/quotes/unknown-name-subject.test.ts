import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

// Hand-written: "he" after a sentence whose main subject is a full name with a given name newsbrief
// does not know ("Quill") is that person, not the senator named after it in that sentence.
const text = [
  "Ellison trails in the polls",
  "",
  "Senator Mark Ellison campaigned across Ohio on Tuesday, promising lower fuel prices.",
  "",
  "Quill Abernathy toured the state with Ellison on Wednesday and met farmers in Toledo.",
  "",
  '"We have a path, but it is a narrow one," he said. "The farmers know it."',
].join("\n");

describe("a pronoun after a full name of unknown kind in the subject", () => {
  const analysis = analyzeArticle({ text });
  const quote = (words: string) => analysis.quotes.find((q) => q.text.includes(words));

  it("goes to that name, the main subject of the sentence before", () => {
    // Its confidence sits at the threshold (0.73-0.74 against 0.7365): the calibration counts the
    // candidates, and "Toledo" is a place, no candidate, since stop 25. The best guess is what this
    // test is about: Quill Abernathy, shown or withheld, never the senator.
    const narrow = quote("narrow one");
    expect(narrow?.speaker ?? narrow?.why?.withheld?.speaker).toBe("Quill Abernathy");
    // The quotation that runs on is his too, not the senator's.
    expect(quote("farmers know")?.speaker).toBe("Quill Abernathy");
  });
});
