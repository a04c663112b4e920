import type { FixtureCase } from "./fixture-check.ts";

// Articles written after the attribution rules were changed for the unseen cases, their answers
// written before newsbrief first read them: a check that the rules generalise.
export const HELD_OUT_CASES: readonly FixtureCase[] = [
  {
    file: "cancer-centre-opening.txt",
    quotes: [
      ["Our patients used to drive two hours", "Priya Nair", "direct"],
      ["That changes lives", "Priya Nair", "direct"],
      ["My parents were treated here", "Karen Engstrom", "direct"],
      ["This is for them", "Karen Engstrom", "direct"],
      ["I was scared walking in", null, "direct"],
      ["I'm not scared now", null, "direct"],
    ],
    notQuotes: [],
    people: ["Priya Nair", "Mark Delaney", "Karen Engstrom", "Lakeview Health"],
    reported: [
      ["the project had been paid for largely", "Mark Delaney"],
      ["the center will employ 140 people", "Lakeview Health"],
      ["the staff had made her feel at ease", null],
    ],
    roles: [
      ["Priya Nair", "medical director"],
      ["Mark Delaney", "chief executive"],
    ],
  },
  {
    file: "rovers-manager-sacked.txt",
    quotes: [
      ["a credit to Rovers", "Castleford Rovers", "partial"],
      ["not a quitter", "Steve Tilling", "partial"],
      ["We want Tilling out", null, "partial"],
      ["proud and a little nervous", "Danny Reid", "partial"],
      ["The lads are better than the table says", "Danny Reid", "direct"],
      ["I believe that, they believe that", "Danny Reid", "direct"],
    ],
    notQuotes: [],
    people: ["Castleford Rovers", "Steve Tilling", "Danny Reid", "Alan Pike"],
    reported: [
      ["Tilling had been", "Castleford Rovers"],
      ["the chairman, Alan Pike, wanted", null],
    ],
    roles: [
      ["Steve Tilling", "manager"],
      ["Danny Reid", "assistant manager"],
      ["Alan Pike", "chairman"],
    ],
  },
  {
    file: "treasurer-verdict.txt",
    quotes: [
      ["We respect the jury's work", "Robert Chen", "direct"],
      ["She treated the county's money", "Diane Foster", "direct"],
      ["It wasn't easy", null, "direct"],
      ["Nobody wanted to send a grandmother", null, "direct"],
    ],
    notQuotes: [],
    people: ["Linda Marsh", "Thomas Marsh", "Robert Chen", "Diane Foster", "Alan Brooks"],
    reported: [
      ["she would appeal", "Robert Chen"],
      ["Marsh used the money", null],
      ["she had borrowed the money", "Linda Marsh"],
      ["the panel had deliberated", null],
    ],
    roles: [
      ["Robert Chen", "lawyer"],
      ["Linda Marsh", "treasurer"],
      ["Alan Brooks", "judge"],
    ],
  },
  {
    file: "airbag-recall-wire.txt",
    quotes: [
      ["Safety is not something we compromise on", "Lena Fischer", "direct"],
      ["Recalls of this size are painful", "Tom Akers", "direct"],
    ],
    notQuotes: [],
    people: ["Orion Motors Co", "Lena Fischer", "Tom Akers"],
    reported: [
      ["it was not aware of any injuries", "Orion Motors Co"],
      ["Dealers will replace a sensor", "Orion Motors Co"],
      ["the agency would monitor the recall", "National Highway Traffic Safety Administration"],
      ["the fault had been traced", "Lena Fischer"],
      ["it had changed the sensor's design", null],
    ],
    roles: [["Tom Akers", "analyst"]],
  },
  {
    file: "minister-resigns.txt",
    quotes: [
      ["never acted improperly", "Claire Dunmore", "partial"],
      // Missed: 'did not want to become "a distraction"' has no verb of saying of its own, and two
      // quoted words without one read as scare quotes (as 'Trump "joked"' in the seed must).
      ["with regret", "Downing Street", "partial"],
      ["serious questions", "Peter Oyelaran", "partial"],
      ["This is not about one minister", "Peter Oyelaran", "direct"],
      ["It is about who gets heard", "Peter Oyelaran", "direct"],
      ["a habit of reading every page", null, "partial"],
    ],
    notQuotes: [],
    people: ["Claire Dunmore", "Peter Oyelaran"],
    reported: [
      ["she would cooperate fully", "Claire Dunmore"],
      ["the prime minister had accepted", "Downing Street"],
    ],
    roles: [
      ["Claire Dunmore", "housing minister"],
      ["Peter Oyelaran", "housing spokesman"],
    ],
  },
];
