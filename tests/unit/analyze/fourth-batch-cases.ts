import type { FixtureCase } from "./fixture-check.ts";

// A fourth set, written (answers included) after the third set's fixes, before newsbrief read them.
export const FOURTH_BATCH_CASES: readonly FixtureCase[] = [
  {
    file: "island-protest-wire.txt",
    quotes: [
      ["extremely regrettable", "Hiroshi Tanabe", "partial"],
      ["calmly but firmly", "Hiroshi Tanabe", "partial"],
      ["normal law enforcement activities", "Li Wen", "partial"],
      ["Japan has no right", "Li Wen", "direct"],
      ["We used to see them once a year", null, "direct"],
    ],
    notQuotes: [],
    people: ["Hiroshi Tanabe", "Li Wen", "Foreign Ministry"],
    reported: [
      ["Japan lodged a formal protest", "Foreign Ministry"],
      ["the incursion was", "Hiroshi Tanabe"],
      ["the ships were carrying out", "Li Wen"],
      ["Chinese ships had become a regular sight", null],
    ],
    roles: [
      ["Hiroshi Tanabe", "chief cabinet secretary"],
      ["Li Wen", "spokeswoman"],
    ],
  },
  {
    file: "budget-talks-collapse.txt",
    quotes: [
      ["He walked away from a deal", "Ron Whitby", "direct"],
      ["That is not a deal", "Patricia Hale", "direct"],
      ["Nobody wins a shutdown", "Maya Lindgren", "direct"],
      ["Not the governor, not the speaker", "Maya Lindgren", "direct"],
    ],
    notQuotes: [],
    people: ["Ron Whitby", "Patricia Hale", "Maya Lindgren"],
    reported: [
      ["Talks between the governor's office", null],
      ["the speaker had demanded $400 million", "Patricia Hale"],
      ["a shutdown would delay paychecks", null],
    ],
    roles: [
      ["Ron Whitby", "speaker"],
      ["Patricia Hale", "governor"],
      ["Maya Lindgren", "director"],
    ],
  },
  {
    file: "bee-scent-study.txt",
    quotes: [
      ["The bees that had smelled the scent", "Naomi Feld", "direct"],
      ["If you prime the bees", "Arjun Mehta", "direct"],
      ["real but small", "Karl Brandt", "partial"],
    ],
    notQuotes: [],
    people: ["Naomi Feld", "Arjun Mehta", "Karl Brandt"],
    reported: [
      ["the results could help farmers", "Arjun Mehta"],
      ["field trials would be needed", "Karl Brandt"],
      ["Bumblebees learn to find nectar", null],
    ],
    roles: [
      ["Naomi Feld", "ecologist"],
      ["Arjun Mehta", "co-author"],
    ],
  },
  {
    file: "house-fire-rescue.txt",
    quotes: [
      ["The hallway was black", "Denise Park", "direct"],
      ["I couldn't see my own hands", "Denise Park", "direct"],
      ["I didn't think about it", "Carla Reyes", "direct"],
      ["You just go", "Carla Reyes", "direct"],
      ["Please, check your alarms tonight", "Tom Banner", "direct"],
    ],
    notQuotes: [],
    people: ["Denise Park", "Carla Reyes", "Tom Banner"],
    reported: [
      ["Two neighbors pulled a mother", null],
      ["she woke to the smell of smoke", "Denise Park"],
      ["the fire appeared to have started", "Tom Banner"],
      ["the house had no working smoke detectors", "Tom Banner"],
      ["A fundraiser organized by", null],
    ],
    roles: [["Tom Banner", "fire chief"]],
  },
];
