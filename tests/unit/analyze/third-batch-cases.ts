import type { FixtureCase } from "./fixture-check.ts";

// A third set, written (answers included) after the second set's fixes, before newsbrief read them.
export const THIRD_BATCH_CASES: readonly FixtureCase[] = [
  {
    file: "food-bank-obituary.txt",
    quotes: [
      ["She never stopped asking", "Ellen Quinn-Davis", "direct"],
      ["Hunger is not a character flaw", "Marjorie Quinn", "direct"],
      ["Everything we do stands on what she built", "Luis Ortega", "direct"],
    ],
    notQuotes: [],
    people: ["Marjorie Quinn", "Ellen Quinn-Davis", "Luis Ortega", "Janet Cole"],
    reported: [
      ["her mother had been ill", "Ellen Quinn-Davis"],
      ["about 4,000 families now rely on it", "Luis Ortega"],
    ],
    roles: [["Luis Ortega", "director"]],
  },
  {
    file: "streaming-price-cut.txt",
    quotes: [
      ["make Streamly the easy choice", "Streamly", "partial"],
      ["We would rather grow than squeeze", "Dana Whitlock", "direct"],
      ["Price is the lever we control", "Dana Whitlock", "direct"],
      ["It's a sign of weakness", "Omar Haddad", "direct"],
    ],
    notQuotes: [],
    people: ["Streamly", "Dana Whitlock", "Omar Haddad"],
    reported: [
      ["it would cut the price of its basic plan", "Streamly"],
      ["the cut would cost about $90 million", "Dana Whitlock"],
      ["the move could pressure rivals", null],
    ],
    roles: [["Dana Whitlock", "chief executive"]],
  },
  {
    file: "shop-fire-arrest.txt",
    quotes: [
      ["Everything we had was in that shop", "Ravi Patel", "direct"],
      ["The community has been so kind", "Ravi Patel", "direct"],
      ["a huge bang", null, "partial"],
      ["I looked out and the whole front", null, "direct"],
      ["We believe this was a deliberate act", "Sarah Cole", "direct"],
    ],
    notQuotes: [],
    people: ["Kent Police", "Ravi Patel", "Sarah Cole"],
    reported: [
      ["officers were called", "Kent Police"],
      ["The man was being held in custody", "Kent Police"],
      ["he had run the business", "Ravi Patel"],
      ["she had been woken", null],
    ],
    roles: [
      ["Ravi Patel", "owner"],
      ["Sarah Cole", "detective inspector"],
    ],
  },
  {
    file: "voucher-veto.txt",
    quotes: [
      ["a raid on the classrooms", "Teresa Alvarez", "partial"],
      ["The governor has chosen the system", "Walt Brenner", "direct"],
      ["We have the votes, or we are close", "Walt Brenner", "direct"],
      ["I have never seen a public school", "Teresa Alvarez", "direct"],
      ["tomorrow if they send it", "Teresa Alvarez", "partial"],
    ],
    notQuotes: [],
    people: ["Teresa Alvarez", "Walt Brenner"],
    reported: [
      ["he would try to override the veto", "Walt Brenner"],
      ["an override would need 40 votes", null],
      ["she would sign a bill raising teacher pay", "Teresa Alvarez"],
      ["she had received more than 6,000 letters", null],
    ],
    roles: [
      ["Teresa Alvarez", "gov"],
      ["Walt Brenner", "sen"],
    ],
  },
  {
    file: "hockey-brothers-final.txt",
    quotes: [
      ["I've dreamed about this since I was six", "Jake Harlan", "direct"],
      ["Doing it with Tom makes it better", "Jake Harlan", "direct"],
      ["My brother talked me out of it", "Tom Harlan", "direct"],
      ["I owe him one", "Tom Harlan", "direct"],
      ["We left everything out there", "Mike Dolan", "direct"],
      ["We are the champions", null, "partial"],
    ],
    notQuotes: [],
    people: ["Jake Harlan", "Tom Harlan", "Mike Dolan"],
    reported: [
      ["he had nearly retired in March", "Tom Harlan"],
      ["his team had run out of energy", "Mike Dolan"],
    ],
    roles: [["Mike Dolan", "coach"]],
  },
];
