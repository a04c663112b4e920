import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Quote, QuoteType } from "../../../src/quotes/quote.ts";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "quotes");

/** A quotation the article must yield: how its text starts, who said it, and its type. */
type Expected = readonly [start: string, speaker: string | null, type: QuoteType];

interface FixtureCase {
  readonly file: string;
  /** Every direct, partial and block quotation, in article order. */
  readonly quotes: readonly Expected[];
  /** Quoted words that are not speech (titles, nicknames, words as words). */
  readonly notQuotes: readonly string[];
  /** People the article names, with their canonical names. */
  readonly people: readonly string[];
  /** Reported speech without quotation marks: how it starts, and who said it. */
  readonly reported?: ReadonlyArray<readonly [start: string, speaker: string]>;
}

const CASES: readonly FixtureCase[] = [
  {
    file: "council-budget-vote.txt",
    quotes: [
      ["This is not the budget", "Elena Brandt", "direct"],
      ["We made hard choices", "Elena Brandt", "direct"],
      ["a betrayal of every family", "Daniel Ortiz", "partial"],
      ["My students do their homework", "Maria Ortiz", "direct"],
      ["Take that away", "Maria Ortiz", "direct"],
      ["Save our libraries!", null, "direct"],
      ["Parking has been underpriced", "Elena Brandt", "direct"],
      ["Every city our size", "Elena Brandt", "direct"],
      ["We will be back here", "Daniel Ortiz", "direct"],
    ],
    notQuotes: [],
    people: ["Elena Brandt", "Daniel Ortiz", "Maria Ortiz"],
  },
  {
    file: "storm-recovery-british.txt",
    quotes: [
      ["We lost everything downstairs", "Sarah Whitcombe", "direct"],
      ["The council keeps telling us", "Sarah Whitcombe", "direct"],
      ["I'm 74", "Tom Hadley", "direct"],
      ["I don't have years", "Tom Hadley", "direct"],
      ["far too slow", "Grace Adeyemi", "partial"],
      ["When a village is underwater", "Grace Adeyemi", "direct"],
      ["every affected household", "Lune Valley District Council", "partial"],
      ["They said the same thing", "Tom Hadley", "direct"],
      ["We're still waiting", "Tom Hadley", "direct"],
    ],
    notQuotes: ["still waiting", "90s"],
    people: ["Sarah Whitcombe", "Tom Hadley", "Grace Adeyemi"],
  },
  {
    file: "tech-merger.txt",
    quotes: [
      ["Together we can move faster", "Priya Raman", "direct"],
      ["Hospitals have told us", "Priya Raman", "direct"],
      ["the right home for the product", "Marcus Webb", "partial"],
      ["rich but defensible", "Jonah Fiske", "partial"],
      ["Every founder imagines", "Marcus Webb", "block"],
    ],
    notQuotes: ["Orbit"],
    people: ["Priya Raman", "Marcus Webb", "Jonah Fiske"],
  },
  {
    file: "football-transfer.txt",
    quotes: [
      ["I've always dreamed", "Emeka Okonkwo", "direct"],
      ["My mum still lives", "Emeka Okonkwo", "direct"],
      ["I know the fans expect goals", "Emeka Okonkwo", "direct"],
      ["Give me a few weeks", "Emeka Okonkwo", "direct"],
      ["He's quick, he's brave", "Lena Forsberg", "direct"],
      ["which is rarer than people think", "Lena Forsberg", "direct"],
      ["Emeka gave us three brilliant seasons", "Gerry Kavanagh", "direct"],
      ["The money will be reinvested", "Gerry Kavanagh", "direct"],
      ["Ask me again in May", "Lena Forsberg", "direct"],
    ],
    notQuotes: [],
    people: ["Emeka Okonkwo", "Lena Forsberg", "Gerry Kavanagh"],
  },
  {
    file: "court-ruling.txt",
    quotes: [
      ["a solution in search of a problem", "Harold Menendez", "partial"],
      ["The people of this state passed this law", "Rebecca Lindqvist", "direct"],
      ["Today the court said", "Ava Chen", "direct"],
      ["A right you cannot use", "Ava Chen", "direct"],
      ["judicial overreach", "Paul Drummond", "partial"],
      ["Most is not all", "Harold Menendez", "direct"],
    ],
    notQuotes: ["Honest Ballot Act", "reasonable"],
    people: ["Harold Menendez", "Rebecca Lindqvist", "Ava Chen", "Paul Drummond"],
  },
  {
    file: "science-interview.txt",
    quotes: [
      ["We lowered cameras", "Amara Okafor", "direct"],
      ["Some of these animals", "Amara Okafor", "direct"],
      ["Calling something new takes years", "Lars Eriksen", "direct"],
      ["A lot.", "Lars Eriksen", "direct"],
      ["This is exactly the kind of science", "Hannah Moore", "direct"],
      ["might have done more good", "Peter Laing", "partial"],
      ["You cannot protect", "Amara Okafor", "direct"],
    ],
    notQuotes: ["the ghost"],
    people: ["Amara Okafor", "Lars Eriksen", "Hannah Moore", "Peter Laing"],
  },
  {
    file: "airline-strike.txt",
    quotes: [
      ["We regret the disruption", "Skyline Air", "direct"],
      ["Our members have flown", "Dana Whitfield", "direct"],
      ["Nobody takes this step lightly", "Dana Whitfield", "direct"],
      ["The door is open", "Dana Whitfield", "direct"],
      ["I've been here since five", "Priya Shah", "direct"],
      ["Other airlines are operating normally", null, "direct"],
      ["will not be held hostage", "Marco Bellini", "partial"],
    ],
    notQuotes: [],
    people: ["Skyline Air", "Dana Whitfield", "Priya Shah", "Marco Bellini"],
    reported: [
      ["it would rebook passengers", "Skyline Air"],
      ["the strike was a last resort", "Airline Pilots Union"],
      ["the two sides were close to a deal", "Daily Ledger"],
      ["a vote on the offer had been delayed", "Daily Ledger"],
    ],
  },
  {
    file: "election-night.txt",
    quotes: [
      ["Tonight this city chose to build", "Carla Moreno", "direct"],
      ["Not someday. Now.", "Carla Moreno", "direct"],
      ["The voters have spoken", "Victor Hale", "direct"],
      ["I hope the new mayor succeeds", "Victor Hale", "direct"],
      ["People don't vote for a slogan", "Ruth Adebayo", "direct"],
      ["They vote for the rent", "Ruth Adebayo", "direct"],
      ["We have a lot of work to do", "Leo Park", "direct"],
    ],
    notQuotes: [],
    people: ["Carla Moreno", "Victor Hale", "Ruth Adebayo", "Leo Park"],
    reported: [
      ["the result reflected frustration", "Ruth Adebayo"],
      ["the transition team would be announced", "Leo Park"],
    ],
  },
  {
    file: "tax-plan-british.txt",
    quotes: [
      ["the fair way to balance the books", "Rachel Hughes", "partial"],
      ["Nobody likes paying more tax", "Rachel Hughes", "direct"],
      ["We have protected the lowest paid", "Rachel Hughes", "direct"],
      ["a stealth tax by another name", "Tom Gallagher", "partial"],
      ["breaking its promises", "Tom Gallagher", "partial"],
      ["Families will pay hundreds of pounds", "Tom Gallagher", "direct"],
      ["The Chancellor can call it", "Tom Gallagher", "direct"],
      ["cliff edge", "Paul Lennox", "partial"],
      ["Someone getting a modest pay rise", "Paul Lennox", "direct"],
      ["full confidence", "Downing Street", "partial"],
    ],
    notQuotes: [],
    people: ["Rachel Hughes", "Tom Gallagher", "Institute for Fiscal Studies", "Paul Lennox"],
    reported: [["the freeze would raise", "Institute for Fiscal Studies"]],
  },
  {
    file: "earthquake-wire.txt",
    quotes: [
      ["It felt like the whole building", "Rosa Quispe", "direct"],
      ["My grandchildren were crying", "Rosa Quispe", "direct"],
      ["We are not going to leave anyone alone", "Luis Arce", "direct"],
      ["People should stay away", "Ana Vargas", "direct"],
    ],
    notQuotes: [],
    people: ["Rosa Quispe", "Luis Arce", "Jorge Tello", "Ana Vargas"],
    reported: [
      ["emergency teams were assessing damage", "Luis Arce"],
      ["the figure could rise", "Jorge Tello"],
    ],
  },
];

function quoted(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q) => q.type !== "indirect");
}

describe("analyzeArticle on hand-written articles", () => {
  for (const fixture of CASES) {
    describe(fixture.file, () => {
      const text = readFileSync(join(dir, fixture.file), "utf8");
      const analysis = analyzeArticle({ text });

      it("finds every quotation, in order, with its speaker and type", () => {
        const got = quoted(analysis.quotes).map((q) => [q.text, q.speaker, q.type] as const);
        expect(got).toHaveLength(fixture.quotes.length);
        fixture.quotes.forEach(([start, speaker, type], i) => {
          expect(got[i]?.[0].startsWith(start), `quote ${i}: ${got[i]?.[0]}`).toBe(true);
          expect(got[i]?.[1], `speaker of "${start}"`).toBe(speaker);
          expect(got[i]?.[2], `type of "${start}"`).toBe(type);
        });
      });

      it("returns no quoted words that are not speech", () => {
        for (const words of fixture.notQuotes) {
          expect(quoted(analysis.quotes).some((q) => q.text.replace(/[.,]$/, "") === words)).toBe(
            false,
          );
        }
      });

      it("names the people of the article by their full names", () => {
        const names = analysis.people.map((p) => p.name);
        for (const name of fixture.people) expect(names).toContain(name);
      });

      it("gives reported speech to whoever the article says said it", () => {
        const reported = analysis.quotes.filter((q) => q.type === "indirect");
        for (const [start, speaker] of fixture.reported ?? []) {
          const found = reported.find((q) => q.text.startsWith(start));
          expect(found?.speaker, start).toBe(speaker);
        }
      });

      it("keeps every quotation a verbatim slice of the article", () => {
        for (const q of analysis.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      });
    });
  }
});
