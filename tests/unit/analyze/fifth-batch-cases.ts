import type { FixtureCase } from "./fixture-check.ts";

// A fifth set, written (answers included) after the fourth set's fixes, before newsbrief read them.
export const FIFTH_BATCH_CASES: readonly FixtureCase[] = [
  {
    file: "nurse-cleared.txt",
    quotes: [
      ["not a shred of evidence", "James Okoro", "partial"],
      ["She has lived under this cloud", "James Okoro", "direct"],
      ["I never stopped loving the job", "Helen Marsh", "direct"],
      ["I just want my life back", "Helen Marsh", "direct"],
    ],
    notQuotes: [],
    people: ["Helen Marsh", "James Okoro", "West Yorkshire Police"],
    reported: [
      ["she wanted to return to nursing", "Helen Marsh"],
      ["it had cooperated fully with police", null],
      ["the investigation was closed", "West Yorkshire Police"],
    ],
    roles: [["James Okoro", "barrister"]],
  },
  {
    file: "judge-nomination.txt",
    quotes: [
      ["a judge's judge", "Kira Dean", "partial"],
      ["She has a record that speaks for itself", "Paul Whitford", "direct"],
      ["This is an activist in a robe", "Tom Reeve", "direct"],
    ],
    notQuotes: [],
    people: ["Rosa Alvarado", "Kira Dean", "Paul Whitford", "Tom Reeve", "White House"],
    reported: [
      ["The president will nominate", "White House"],
      ["he expected a hearing", "Paul Whitford"],
      ["the White House had vetted", null],
      ["Alvarado was chosen", null],
    ],
    roles: [
      ["Kira Dean", "spokeswoman"],
      ["Paul Whitford", "chairman"],
      ["Tom Reeve", "president"],
    ],
  },
  {
    file: "albion-upset.txt",
    quotes: [
      ["something special", "Craig Hughes", "partial"],
      ["I just kept running", "Leon Batty", "direct"],
      ["The gaffer told us", "Leon Batty", "direct"],
      ["He works harder than anyone", "Craig Hughes", "direct"],
      ["We were second best today", "Phil Grant", "direct"],
    ],
    notQuotes: [],
    people: ["Craig Hughes", "Leon Batty", "Phil Grant"],
    reported: [
      ["Batty had been the best player", "Craig Hughes"],
      ["defender Ian Royce had suffered", null],
    ],
    roles: [
      ["Craig Hughes", "manager"],
      ["Phil Grant", "manager"],
      ["Leon Batty", "striker"],
    ],
  },
  {
    file: "trucking-merger.txt",
    quotes: [
      ["Our customers have asked us", "Sandra Voss", "direct"],
      ["the hardest of my life", "Eli Turner", "partial"],
      ["But it is the right thing", "Eli Turner", "direct"],
    ],
    notQuotes: [],
    people: ["Northwind Logistics", "Brightpath Freight", "Sandra Voss", "Eli Turner"],
    reported: [
      ["the decision to sell had been", "Eli Turner"],
      ["drivers would be watching closely", "Teamsters"],
    ],
    roles: [
      ["Sandra Voss", "chief executive"],
      ["Eli Turner", "founder"],
    ],
  },
];
