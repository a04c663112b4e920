import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

// "Brightpath founder Eli Turner, who started the company": the company of a relative clause is the
// organisation the person's title names, not the one in focus (stop 28).
const TAKEOVER = `Harbor Mills buys Kestrel

Harbor Mills Group and Kestrel Foods agreed a deal on Tuesday that will create the largest bakery chain in the region.

Harbor Mills's chief executive, Tomas Reyl, will run the combined business. "Our shops need more ovens, and this gives us them," Reyl said.

Kestrel founder Odile Marchetti, who started the company with one oven in 1987, will leave. "It was time," she said.
`;

// The same in the clause of a verb of saying: "Valve spokesman ... said that the company".
const SPOKESMAN = `Harbor Mills buys Kestrel

Harbor Mills Group and Kestrel Foods agreed a deal on Tuesday.

Harbor Mills Group will close ten shops. Kestrel spokesman Ivo Brandt said that the company had not been told.
`;

// With no organisation named by the title's words, the company stays the one in focus.
const NO_TITLE_ORG = `Harbor Mills expands

Harbor Mills Group opened forty shops on Tuesday.

Baker Odile Marchetti, who joined the company in 1987, will run them. "It was time," she said.
`;

function mentionsOf(text: string, name: string): number {
  const entity = analyzeArticle({ text }).people.find((p) => p.name === name);
  return entity?.mentions.length ?? 0;
}

describe("the company in a relative clause of a person whose title names an organisation", () => {
  it("is the title's organisation", () => {
    expect(mentionsOf(TAKEOVER, "Kestrel Foods")).toBe(2);
    const names = analyzeArticle({ text: TAKEOVER }).people.map((p) => p.name);
    expect(names).toContain("Kestrel Foods");
  });

  it("is the title's organisation after a verb of saying too", () => {
    expect(mentionsOf(SPOKESMAN, "Kestrel Foods")).toBe(2);
  });

  it("stays the organisation in focus when the title names none", () => {
    expect(mentionsOf(NO_TITLE_ORG, "Harbor Mills Group")).toBe(2);
  });
});
