import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Tarvex said ... the company estimated": a one-word name newsbrief cannot type, that the article
// lets speak, is the company in focus as much as an organisation named after it only in passing
// ("Israel's Ostrava Laboratories") (stop 27).
const MERGER = `Generics merger agreed

Tarvex said on Monday that it would buy the generics unit of its rival for $2bn in cash.

Tarvex will overtake Israel's Ostrava Laboratories as the biggest maker of generic drugs. The merged business would have sales of more than $5bn, the company said.
`;

// A capitalised word that only opens a sentence is no company: "Reports said ... the company".
const LOANS = `Oil firm secures credit

Halvorsen Energy has signed a supply deal with a Chinese state firm.

Halvorsen Energy did not say what it would pay. Reports said on Monday that the Chinese firm had been offered a stake. The deal is worth $6bn over ten years, the company said.
`;

// "Business Insider also commented ..., the company said": an adverb between the name and its verb
// of saying still lets it speak (stop 28).
const COLUMNIST = `Columnist loses two posts

Former councillor Ray Tolland lost his column at the Harbour Gazette on Monday. "Ray Tolland is on leave from the paper," a Gazette representative said in a statement.

Coast Insider also commented on Tolland's future as a contributor with the site. "We wish him and his family all the best," the company said in a statement.
`;

describe("the company in focus", () => {
  it("may be a name that speaks after an adverb (stop 28)", () => {
    expect(speakerOf(COLUMNIST, "We wish him")).toBe("Coast Insider");
  });

  it("may be a name of unknown kind that the article let speak", () => {
    expect(speakerOf(MERGER, "The merged business would have")).toBe("Tarvex");
  });

  it("is never a sentence's capitalised first word", () => {
    expect(speakerOf(LOANS, "The deal is worth")).toBe("Halvorsen Energy");
  });
});
