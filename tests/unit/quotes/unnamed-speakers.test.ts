import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

/** Unnamed speakers stay unnamed: no person of an earlier sentence is lent to them. */
describe("speakers the article does not name", () => {
  const cases: Array<[string, string, string, string | null]> = [
    [
      "gives a spokeswoman of a lower-case organisation nobody, not the person in focus",
      'Greg Mills called the plan "a vanity tram". A spokeswoman for the transit authority said the first trams would run in 2029.',
      "the first trams",
      null,
    ],
    [
      "resolves an organisation's description to the organisation it names",
      "Professor Ann Lee led the trial at Norbridge University. The university said the results would be published in May.",
      "the results would be published",
      "Norbridge University",
    ],
    [
      "resolves she after an unnamed woman to nobody, not to a woman named earlier",
      'Joanne Hollis wept in the gallery. One victim, an 81-year-old widow from Corby, said she had lost her savings. "I trusted him," she said.',
      "I trusted him",
      null,
    ],
    [
      "keeps an unnamed speaker's pronoun unnamed in the next quotation",
      'Mayor Ann Cole spoke first. "We were never asked," said one resident. "Not once," she added.',
      "Not once",
      null,
    ],
    [
      "resolves she after a spokeswoman of an unnamed body to nobody",
      "Mayor Ann Cole spoke first. A spokeswoman for the water board said the pipes were old. She added that repairs would take a year.",
      "repairs would take a year",
      null,
    ],
    [
      "refers a description back to the unnamed person it repeats",
      'Dr Ann Cole testified first. An official who asked not to be named said the audit was late. "It was buried," the official said.',
      "It was buried",
      null,
    ],
    [
      "gives a spokesman nobody was named as to nobody, not the person in focus",
      'Mayor Ann Cole left early. "We will review the plan," the spokesman said.',
      "We will review the plan",
      null,
    ],
    [
      "gives a named person's associate nobody: the Okafor supporter is not the person in focus",
      'Senator Ruth Okafor spoke in Dayton on Monday. Mayor Ann Cole had urged voters to stay home, saying, "Nothing will change." At the same meeting, the Okafor supporter retorted: "Everything will change."',
      "Everything will change",
      null,
    ],
    [
      "gives a relative of a named person nobody: Reyes's mother is not the coach",
      "Coach Laura Kim praised the team. Reyes's mother, who flew in for the game, said she had never heard the arena so loud.",
      "she had never heard",
      null,
    ],
    [
      "reads a group opening the sentence as nobody, not a name",
      "Mayor Ann Cole spoke first. Police said the road would reopen on Monday.",
      "the road would reopen",
      null,
    ],
    [
      "reads organisations in the plural opening the sentence as nobody",
      "Minister Ann Cole promised more money. Unions said the money was not enough.",
      "the money was not enough",
      null,
    ],
    [
      "gives a party in the plural after 'the' nobody, not the person it accuses",
      'Campaign plan hides leader\n\nThe Liberals have accused Tom Hale of being "terrified" of scrutiny after his party unveiled its plans.',
      "terrified",
      null,
    ],
    [
      "keeps the speaker when the subject after 'the' is an acronym ('the US had agreed')",
      'Trade deal agreed\n\nMinister Ann Cole said the US had agreed to lift the tariffs after "long and difficult talks" in Geneva.',
      "long and difficult talks",
      "Ann Cole",
    ],
    [
      "gives a person's biography nobody: it is written about its owner, not by them",
      'Minister profile\n\nAnn Cole has run the ministry since 2019. Her official biography, which the ministry updated last week, says Cole "grew up on a farm near the coast".',
      "grew up on a farm",
      null,
    ],
    [
      "does not carry a speaker past another person who became the subject",
      '"We will build it," Mayor Ann Cole said. Tom Reyes stood up at the back of the hall.\n\n"We were never asked."',
      "We were never asked",
      null,
    ],
    [
      "still carries a speaker into the next paragraph when nobody else came up",
      '"We will build it," Mayor Ann Cole said. She pointed at the map.\n\n"The line will run along the river."',
      "The line will run",
      "Ann Cole",
    ],
    [
      "still takes the name that an unnamed description is in apposition to",
      'Dr Sam Ortega, a cancer specialist, was not involved. "Eight out of ten sounds wonderful," he said.',
      "Eight out of ten",
      "Sam Ortega",
    ],
    [
      "resolves she after an unnamed person with a relative clause to nobody",
      'Linda Marsh was found guilty. A juror who declined to give her name said the panel was tired. "It wasn\'t easy," she said.',
      "It wasn't easy",
      null,
    ],
    [
      "gives an organisation in apposition to its description its reported speech",
      "The developer, Greenfield Homes, says the scheme will include 90 affordable homes.",
      "the scheme will include",
      "Greenfield Homes",
    ],
    [
      "gives 'the company' far from any name to the organisation the article is about",
      "Lakeview Health on Monday opened a cancer center. Dr. Priya Nair runs it. She thanked the nurses. The building cost $80 million. It has 40 beds. Patients arrived early. According to a statement from the company, the center will employ 140 people.",
      "the center will employ",
      "Lakeview Health",
    ],
    [
      "gives aides to a named person nobody, not that person",
      "Gov. Teresa Alvarez vetoed the bill. Aides to the governor said she had received 6,000 letters.",
      "she had received",
      null,
    ],
    [
      "gives 'the company' the name described as a company's",
      'Streamly, the video streaming service, said it would cut prices. The company said in a blog post that it wanted to "make Streamly the easy choice".',
      "make Streamly",
      "Streamly",
    ],
    [
      "still gives she to a named woman nearer than an unnamed person of unknown gender",
      'A reporter asked about the budget. Mayor Ann Cole smiled. "It is balanced," she said.',
      "It is balanced",
      "Ann Cole",
    ],
    [
      "gives she to nobody when an unnamed person of unknown gender is as near as a named woman",
      'Mayor Ann Cole took questions. A reporter asked about the budget. "It is balanced," she said.',
      "It is balanced",
      null,
    ],
    [
      "reads an unnamed person with a nationality before the noun",
      'Hiroshi Tanabe spoke first. A Japanese fisherman who works near the islands said ships came often. "We see them every month," he said.',
      "We see them every month",
      null,
    ],
    [
      "gives the manager of an unnamed owner nobody, not the person in focus",
      "Helen Marsh was cleared. The care home's manager said in a statement that it had cooperated fully with police.",
      "it had cooperated fully",
      null,
    ],
    [
      "gives a spokesperson of an organisation named inside a description to it",
      "A spokesperson for the Teamsters union said drivers would be watching closely.",
      "drivers would be watching",
      "Teamsters",
    ],
  ];

  // A reported statement with an unnamed subject may not be listed at all: nobody's words either way.
  it.each(cases)("%s", (_name, text, words, speaker) => {
    expect(speakerOf(text, words, { unlisted: "nobody" })).toBe(speaker);
  });

  // Was a known failure (the model lent these words to the mayor); the calibrated confidence now
  // withholds them.
  it("does not carry a speaker past an unnamed person who became the subject", () => {
    const text =
      '"We will build it," Mayor Ann Cole said. A resident stood up at the back of the hall.\n\n"We were never asked."';
    expect(speakerOf(text, "We were never asked", { unlisted: "nobody" })).toBeNull();
  });

  it("keeps a group's chant as a quotation, and gives it to nobody", () => {
    const text =
      'Steve Tilling was sacked. Supporters had called for a change after Tuesday\'s 4-0 home defeat, chanting "We want Tilling out" during the second half.';
    expect(speakerOf(text, "We want Tilling out")).toBeNull();
  });
});
