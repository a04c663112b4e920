import type { FixtureCase } from "./fixture-check.ts";

// A sixth set, written (answers included) after the fifth set's fixes, before newsbrief read them.
export const SIXTH_BATCH_CASES: readonly FixtureCase[] = [
  {
    file: "ride-hailing-fine.txt",
    quotes: [
      ["Passengers trusted that these checks", "Leah Brandt", "direct"],
      ["fixed the gap", "Zippi", "partial"],
      ["They wanted bodies in cars", "Nadia Rossi", "direct"],
    ],
    notQuotes: [],
    people: ["Zippi", "Leah Brandt", "Marcus Lee", "Nadia Rossi"],
    reported: [
      ["the company would not appeal", "Marcus Lee"],
      ["at least 310 drivers had worked", null],
      ["One of them had a conviction", null],
      ["the company had pushed new drivers", null],
    ],
    roles: [
      ["Leah Brandt", "commissioner"],
      ["Marcus Lee", "chief operating officer"],
    ],
  },
  {
    file: "hospital-trolley-wait.txt",
    quotes: [
      ["treated like a parcel", "Kevin", "partial"],
      ["She was cold, she was frightened", "Kevin", "direct"],
      ["deeply sorry", "Royal Ashford NHS Trust", "partial"],
    ],
    notQuotes: [],
    people: ["Kevin", "Royal Ashford NHS Trust", "Angela Moss"],
    reported: [
      ["his mother had been", "Kevin"],
      ["the department had seen record numbers", "Angela Moss"],
      ["hospitals had been given extra money", "Department of Health"],
      ["the money was not enough", null],
    ],
    roles: [["Angela Moss", "chief nurse"]],
  },
  {
    file: "casting-defence.txt",
    quotes: [
      ["I saw two hundred actresses", "Sofia Brandt", "direct"],
      ["I still check my phone", "Lily Osei", "direct"],
    ],
    notQuotes: ["The Long Winter"],
    people: ["Sofia Brandt", "Lily Osei"],
    reported: [["the role had changed her life", "Lily Osei"]],
    roles: [["Sofia Brandt", "director"]],
  },
  {
    file: "brazil-floods-wire.txt",
    quotes: [
      ["We have never seen rivers rise", "Eduardo Lima", "direct"],
      ["We pulled out a grandmother", "Paulo Mendes", "direct"],
      ["She kept apologizing", "Paulo Mendes", "direct"],
    ],
    notQuotes: [],
    people: ["Eduardo Lima", "Paulo Mendes"],
    reported: [
      ["Floodwaters forced more than 12,000", null],
      ["the state would declare an emergency", "Eduardo Lima"],
      ["more rain was expected", null],
    ],
    roles: [
      ["Eduardo Lima", "governor"],
      ["Paulo Mendes", "volunteer"],
    ],
  },
];
