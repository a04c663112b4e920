import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { speakerOf } from "./speaker-of.ts";

describe("speaker attribution", () => {
  const cases: Array<[string, string, string, string | null]> = [
    [
      'takes the name after the quotation: "...," X said',
      'Nora Lind runs the bakery. "Bread is cheap again," Lind said.',
      "Bread is cheap",
      "Nora Lind",
    ],
    [
      'takes an inverted verb: "...," said X',
      '"Bread is cheap again," said Nora Lind, who runs the bakery.',
      "Bread is cheap",
      "Nora Lind",
    ],
    [
      'takes a one-word name after an inverted verb and a time word: "...," said X afterwards',
      'Rovers beat City 2-0 on Saturday.\n\n"We worked hard for this and the fans deserved it," said Okafor afterwards.',
      "We worked hard",
      "Okafor",
    ],
    [
      'takes the name after an inverted verb and a capitalised description: "...," said Danish dock union official X',
      'The shipyard will close in May. "Half the jobs will go," said managing director Lars Holm. "It is a sad day," said Danish dock union official Mette Berg. "What will this town build now?"',
      "What will this town",
      "Mette Berg",
    ],
    [
      'takes an abbreviation in capitals as a description, not "us": "...," said US team captain X',
      'The team lost the final on Sunday. "We gave everything," said US team captain Ruth Ade.',
      "We gave everything",
      "Ruth Ade",
    ],
    [
      'takes the ally, not the owner, after an inverted verb: "...," said Reyes ally X',
      'Tom Reyes toured the plant on Monday. "The jobs are safe," he said. "Tom keeps his word," said Reyes ally Dana Quill. "He always has."',
      "He always has",
      "Dana Quill",
    ],
    [
      'takes the speaker of a colon: X said: "..."',
      'Baker Nora Lind said: "Bread is cheap again."',
      "Bread is cheap",
      "Nora Lind",
    ],
    [
      'skips an apposition: "...," X, the former CEO, said',
      'Tom Reyes led Halden Bank for ten years. "Rates will fall," Reyes, the former chief executive, said.',
      "Rates will fall",
      "Tom Reyes",
    ],
    [
      "reads according to X",
      'According to Judge Ada Moss, "the evidence was never tested."',
      "the evidence was never tested",
      "Ada Moss",
    ],
    [
      "resolves he to the subject of the sentence before",
      'Mayor Tom Reyes met residents on Monday. "We will rebuild the bridge," he said.',
      "We will rebuild",
      "Tom Reyes",
    ],
    [
      "resolves she past a man mentioned later",
      'Dr. Alice Hart treated the driver, Mark Dunn, at the scene. "He was lucky," she said.',
      "He was lucky",
      "Alice Hart",
    ],
    [
      "gives an organisation's spokeswoman's words to the organisation",
      'Flights were cancelled. "Safety comes first," a spokeswoman for Lufthansa said.',
      "Safety comes first",
      "Lufthansa",
    ],
    [
      "gives a quotation nobody named to nobody",
      '"Let them go!" the crowd shouted as the vans left.',
      "Let them go!",
      null,
    ],
    [
      "lets an uncued paragraph continue the speaker of the paragraph before",
      'Nora Lind spoke after the vote. "We lost tonight," Lind said.\n\n"But we will be back next year with more votes."',
      "But we will be back",
      "Nora Lind",
    ],
    [
      "keeps two people with one surname apart",
      'Bill Clinton spoke first, then Hillary Clinton. "I am proud of her," Bill Clinton said. "We are ready," Hillary Clinton said.',
      "We are ready",
      "Hillary Clinton",
    ],
    [
      "gives a partial quotation to the speaker of its reported speech",
      'Senator Ruth Ames said the bill was "dead on arrival" in the House.',
      "dead on arrival",
      "Ruth Ames",
    ],
    [
      "takes a name after a dash that credits the quotation",
      "“Cities are for people, not cars.” ― Jane Jacobs",
      "Cities are for people",
      "Jane Jacobs",
    ],
    [
      "reads a colon at the end of the paragraph before",
      'Kelly told reporters on Friday:\n\n"We will not deport anyone without a hearing."',
      "We will not deport",
      "Kelly",
    ],
    [
      "takes the name in apposition after an inverted verb and an owner's role",
      'The developer, Greenfield Homes, says the plan is sound. "This is the housing we need," said its planning director, Owen Hart.',
      "This is the housing",
      "Owen Hart",
    ],
    [
      "gives a spokesman named by his organisation's name to the organisation",
      'The European Commission wants a deal. A Commission spokesman said the talks remained "constructive".',
      "constructive",
      "European Commission",
    ],
    [
      "gives an inverted spokeswoman named by her organisation's name to the organisation",
      '"We are sorry for the delays," said a Lufthansa spokeswoman.',
      "We are sorry",
      "Lufthansa",
    ],
    [
      "resolves he to a surname ending in -ing that opens its sentence",
      'Rovers sacked manager Steve Tilling. Assistant manager Danny Reid will take charge.\n\nTilling, 48, was appointed in 2023. He told the Evening Post last week that he was "not a quitter".',
      "not a quitter",
      "Steve Tilling",
    ],
    [
      "resolves she to a person whose role says she is a woman, whatever the given name suggests",
      'In Beijing, foreign ministry spokeswoman Li Wen said the ships were in Chinese waters. "Japan has no right to complain," she said.',
      "Japan has no right",
      "Li Wen",
    ],
    [
      "gives quoted words after a place's verb to the speaker reporting them",
      'Chief Cabinet Secretary Hiroshi Tanabe told reporters the incursion was "extremely regrettable" and that Japan would respond "calmly but firmly."',
      "calmly but firmly",
      "Hiroshi Tanabe",
    ],
    [
      "resolves an age standing for the person in focus: the 24-year-old said",
      'Striker Leon Batty scored both goals. "I just kept running," the 24-year-old said.',
      "I just kept running",
      "Leon Batty",
    ],
    [
      "resolves a nationality standing for the person in focus: the Scot added",
      'Albion manager Craig Hughes praised the team. "He works harder than anyone," the Scot added.',
      "He works harder",
      "Craig Hughes",
    ],
    [
      "reads a surname that is also a title after Mr., and two people joined by and apart",
      'Charlie King and Marc Morial spoke. Mr. King and Mr. Morial are also taking part. "It is all about enthusiasm," Mr. King added.',
      "It is all about enthusiasm",
      "Charlie King",
    ],
    [
      "takes a lone given name in apposition to a relative: 'her son, Kevin,'",
      'Margaret Doyle waited 40 hours. Margaret Doyle\'s son, Kevin, said his mother had been "treated like a parcel".',
      "treated like a parcel",
      "Kevin",
    ],
    [
      "takes a titled person 'of' an organisation for the person, not the organisation",
      'Detective Inspector Paul Garner of Lancashire Police said outside court: "No sentence will bring her back."',
      "No sentence will bring",
      "Paul Garner",
    ],
    [
      "learns an unknown given name's gender from the pronouns that name him",
      'Striker Tiago Varela signed for Porto. "I dreamed of this," Varela said at his unveiling.\n\nCoach Helena Sousa said she had followed him. She described him as "the best striker" and said he would start.\n\n"He presses, he scores," she told reporters.',
      "He presses",
      "Helena Sousa",
    ],
    [
      "takes the named spokeswoman in apposition over the organisation she speaks for",
      'A spokeswoman for the ICRC, Marie Dubois, said access remained "extremely limited".',
      "extremely limited",
      "Marie Dubois",
    ],
    [
      "gives an unnamed spokeswoman for 'the' organisation to the organisation",
      'The ICRC sent teams. A spokeswoman for the ICRC said access remained "extremely limited".',
      "extremely limited",
      "ICRC",
    ],
    [
      "takes the name before two stacked appositions that end in a place",
      '"It is an invasion of the state regulatory domain," Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said on Monday.',
      "It is an invasion",
      "Scott Pruitt",
    ],
    [
      "steps back over an age and where someone is from to the name: X, 54, of Dayton, Ohio, who ..., said",
      'Voters are unhappy with both candidates.\n\n"Both of them scare me," Tom Riggs, 54, of Dayton, Ohio, who took part in the poll, said in an interview.',
      "Both of them scare me",
      "Tom Riggs",
    ],
    [
      "reads an epithet noun before a full name as a description, not a name: Hollywood legend X",
      'Hollywood legend Brack Hollis has criticised the quality of current films.\n\nThe 81-year-old also said he no longer felt the "hunger" to work.',
      "hunger",
      "Brack Hollis",
    ],
    [
      "takes the role, not the works it is of, as the subject: The star of X and Y said",
      'Film veteran Brack Hollis has criticised the quality of current films.\n\nThe star of Night Harbour and Glass Roads said the film culture was "in decline" at a press conference on Tuesday.',
      "in decline",
      "Brack Hollis",
    ],
    [
      "gives the organisation named inside a spokesman's description: said the X spokesman",
      'Harwell Foods is cutting the price of bread. Harwell Foods said the cuts would last until March.\n\n"We are not in a price war," said the Harwell Foods spokesman.',
      "We are not in a price war",
      "Harwell Foods",
    ],
    [
      "gives a spokesman's description opening a sentence to the organisation in it: The X spokesman added",
      'Postal votes were late in some wards.\n\nThe Tillworth Council spokesman added: "We had complaints from a few residents."',
      "We had complaints",
      "Tillworth Council",
    ],
    [
      "takes the spokesperson's own name after a comma: said X spokeswoman, Y",
      'Harwell Foods is cutting prices.\n\n"Our mission is to serve every customer," said Harwell Foods spokeswoman, Ines Marlow.',
      "Our mission",
      "Ines Marlow",
    ],
    [
      "gives a document the issuer named right before its noun, not the organisation in focus: the X report said",
      'The Tillworth Institute published its own figures on Monday. The Harbour Council said the gap in access remained wide.\n\n"The gap is closing fast," the Tillworth Institute report said.',
      "The gap is closing fast",
      "Tillworth Institute",
    ],
    [
      "gives a document's words to its maker named after 'by': according to a survey carried out by X",
      'Prices rose again in March.\n\n"Prices will fall by the summer," according to a survey carried out by the Tillworth Institute.',
      "Prices will fall",
      "Tillworth Institute",
    ],
    [
      "takes a name after its owner in an inverted cue: said NBC's Dante Chinni",
      '"Debates happen late," said NBC\'s Dante Chinni.',
      "Debates happen late",
      "Dante Chinni",
    ],
    [
      "takes the name after its owner's role words in an inverted cue: said X's top policy aide Y",
      'Mayor Ruth Okafor lost the vote on Tuesday.\n\n"This was never about the budget," said Okafor\'s top housing policy aide Daniel Mbeki.',
      "This was never",
      "Daniel Mbeki",
    ],
    [
      "reads a full name after an inverted verb as a person a later 'he' can be",
      '"People know who she is," said Sean Spicer, chief strategist for the party.\n\nThe debates are not likely to alter the campaign, noted NBC\'s Dante Chinni.\n\n"Remember debates happen late," he wrote.',
      "Remember debates",
      "Dante Chinni",
    ],
    [
      "takes a speaker named after a paragraph break: 'Those were the words of X'",
      'Braga had rejected two bids.\n\n"We are not a supermarket."\n\nThose were the words of the club\'s president, António Rocha, only last week.',
      "We are not a supermarket",
      "António Rocha",
    ],
    [
      "takes a speaker named after a paragraph break: 'So says X'",
      'The shop closed in May.\n\n"I never thought I would see this day."\n\nSo says Joan Hart, 82, who has lived on the street since 1961.',
      "I never thought",
      "Joan Hart",
    ],
    [
      "takes a speaker named after a paragraph break: 'That was the message from X'",
      'The talks failed.\n\n"We will fight this all the way."\n\nThat was the message from the union\'s leader, Sam Cole, on Monday.',
      "We will fight",
      "Sam Cole",
    ],
    [
      "leaves a quotation to its paragraph when the next one names nobody",
      'Braga had rejected two bids.\n\n"We are not a supermarket."\n\nThat was the view of many fans.',
      "We are not a supermarket",
      null,
    ],
    [
      "gives 'according to a statement from the' organisation to the organisation",
      '"We will comply with the order," according to a statement from the Department of Justice.',
      "We will comply",
      "Department of Justice",
    ],
    [
      "takes the speaker of an inverted verb followed by a time phrase: said X after the match",
      '"We were robbed," fumed United boss Erik Haag after the match.',
      "We were robbed",
      "Erik Haag",
    ],
    [
      "does not give 'she' to a full name of unknown kind that an earlier 'his' named",
      'Sami Yilmaz and his business partner opened the cafe in 2015.\n\n"We work 14 hours a day," she said.',
      "We work 14 hours",
      null,
    ],
    [
      "takes a relative named in apposition for a person of the relation's gender",
      'Sami Yilmaz and his wife, Deniz, opened the cafe in 2015. She bakes; he runs the till.\n\n"We work 14 hours a day," she said.',
      "We work 14 hours",
      "Deniz",
    ],
  ];

  it.each(cases)("%s", (_name, text, words, speaker) => {
    expect(speakerOf(text, words, { reported: false })).toBe(speaker);
  });

  it("resolves a role description to the person given that role, and shows it only when sure", () => {
    const text =
      'Chancellor Gordon Brown spoke first. Later, Tony Blair arrived. "Growth is back," the chancellor said.';
    const quote = analyzeArticle({ text }).quotes.find((q) => q.text.startsWith("Growth is back"));
    // The description names Brown; the speaker model picks him, but a description cue alone
    // carries little weight in its data, so he is withheld rather than shown (see docs/quality.md).
    expect(quote?.why?.rule).toBe("verb-after");
    const best = quote?.speaker ?? quote?.why?.withheld?.speaker;
    expect(best).toBe("Gordon Brown");
  });

  it("gives both halves of a quotation split by its attribution to one speaker", () => {
    const text = '"He will win," President Ann Cole said, "and he will serve well."';
    const quotes = analyzeArticle({ text }).quotes.filter((q) => q.type === "direct");
    expect(quotes.map((q) => q.speaker)).toEqual(["Ann Cole", "Ann Cole"]);
  });

  it("marks the cue that names the speaker", () => {
    const text = 'Nora Lind runs the bakery. "Bread is cheap again," Lind said.';
    const quote = analyzeArticle({ text }).quotes.find((q) => q.type === "direct");
    expect(quote?.cue?.text).toBe("Lind said");
    expect(text.slice(quote?.cue?.start, quote?.cue?.end)).toBe("Lind said");
  });

  it("returns reported speech without quotation marks as indirect", () => {
    const text =
      "Mayor Tom Reyes said that the bridge would reopen in May. Reyes denied that costs had doubled.";
    const indirect = analyzeArticle({ text }).quotes.filter((q) => q.type === "indirect");
    expect(indirect.map((q) => [q.speaker, q.text])).toEqual([
      ["Tom Reyes", "the bridge would reopen in May"],
      ["Tom Reyes", "costs had doubled"],
    ]);
  });

  it("takes a paragraph introduced by a writer and a colon as a block quotation", () => {
    const text =
      "The decision drew criticism. Economist Lara Voss wrote:\n\nThe plan moves money from people who spend it to people who save it, and it will slow the recovery for years.\n\nThe vote is on Monday.";
    const block = analyzeArticle({ text }).quotes.find((q) => q.type === "block");
    expect(block?.speaker).toBe("Lara Voss");
    expect(block?.text).toMatch(/^The plan moves money/);
  });
});

describe("inverted cues", () => {
  it('reads "said X" followed by a manner adverb or a time word as the cue', () => {
    for (const tail of ["quietly", "firmly", "afterwards", "later"]) {
      const text = `The council met on Monday.\n\n"The bridge will open in June," said Mensah ${tail}.`;
      const quote = analyzeArticle({ text }).quotes[0];
      expect(quote?.cue?.text, tail).toBe("said Mensah");
      expect(quote?.speaker, tail).toBe("Mensah");
    }
  });
});
