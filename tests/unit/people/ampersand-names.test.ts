import { describe, expect, it } from "vitest";
import { speakerOf } from "../quotes/speaker-of.ts";

// "Ernst & Young", "Pew Internet & American Life", "David Wyss of Standard & Poor's": capitalised
// words joined by an ampersand are one organisation's name (stop 28).
const BROKER = `Broker under scrutiny

Insurance broker Halden & Pryce said on Monday that it would cut 3,000 jobs. The firm has said it is co-operating fully with regulators.

"Things are getting worse, but that's to be expected," said Maria Lund of Ostrow & Kell in New York.
`;

describe("an ampersand between capitalised words", () => {
  it("joins one organisation's name", () => {
    expect(speakerOf(BROKER, "it would cut 3,000 jobs")).toBe("Halden & Pryce");
  });

  it("leaves the person before 'of' their own name", () => {
    expect(speakerOf(BROKER, "Things are getting worse")).toBe("Maria Lund");
  });
});
