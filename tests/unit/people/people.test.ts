import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Entity } from "../../../src/people/entity.ts";

function people(text: string): readonly Entity[] {
  return analyzeArticle({ text }).people;
}

function find(list: readonly Entity[], name: string): Entity | undefined {
  return list.find((e) => e.name === name);
}

describe("people and organisations", () => {
  it.each([
    ["Secretary of State Rex Tillerson arrived.", "Rex Tillerson", "Secretary of State"],
    ["Homeland Security chief John Kelly spoke.", "John Kelly", "Homeland Security chief"],
    [
      "Mexico's Secretary of Foreign Affairs Luis Videgaray spoke.",
      "Luis Videgaray",
      "Mexico's Secretary of Foreign Affairs",
    ],
    ["Per Vox's Dara Lind, the order is new.", "Dara Lind", "Vox"],
    ["Welsh striker Craig Bellamy was fined.", "Craig Bellamy", "Welsh striker"],
    [
      "Supreme Court Justice Ann Sellers wrote the opinion.",
      "Ann Sellers",
      "Supreme Court Justice",
    ],
    [
      "Ian Fogg, broadband analyst at Jupiter Research, agreed.",
      "Ian Fogg",
      "broadband analyst at Jupiter Research",
    ],
    ["Her deputy, Tom Okafor, was more cautious.", "Tom Okafor", "deputy"],
    ["Norway's energy minister, Erik Lunde, said no.", "Erik Lunde", "energy minister"],
    [
      "A spokeswoman for the ICRC, Marie Dubois, spoke.",
      "Marie Dubois",
      "spokeswoman for the ICRC",
    ],
    [
      "The United Nations mediator, Ingrid Halvorsen, spoke.",
      "Ingrid Halvorsen",
      "United Nations mediator",
    ],
    ['"No," said its planning director, Owen Hart.', "Owen Hart", "planning director"],
    ["Her co-author, Professor Arjun Mehta, agreed.", "Arjun Mehta", "co-author"],
    ["Fire Chief Tom Banner said the fire started in the kitchen.", "Tom Banner", "Fire Chief"],
    ["Cllr Jane Smith said the plan was flawed.", "Jane Smith", "Cllr"],
    ["Her colleague, Constable Ravi Das, found the car.", "Ravi Das", "Constable"],
    ["Fr. John Kelly said the church would reopen.", "John Kelly", "Fr"],
    [
      "White House spokeswoman Kira Dean praised the judge.",
      "Kira Dean",
      "White House spokeswoman",
    ],
  ])("splits the title from the name in %j", (text, name, role) => {
    const entity = find(people(text), name);
    expect(entity?.role).toBe(role);
  });

  it.each([
    ["Her husband, David Benton, spoke in favour.", "David Benton"],
    ["It was a race against a single opponent, Maria Lopez won it easily.", "Maria Lopez"],
  ])("gives no role for a relation or a clause that is no apposition in %j", (text, name) => {
    expect(find(people(text), name)?.role).toBeUndefined();
  });

  it("groups an organisation's last word alone with the only organisation named so", () => {
    const list = people(
      "The European Commission met on Monday. The Commission said it would decide in May.",
    );
    expect(list.filter((e) => e.kind === "organization").map((e) => e.name)).toEqual([
      "European Commission",
    ]);
  });

  it.each([
    ["Castleford Rovers have sacked manager Steve Tilling.", "Castleford Rovers"],
    ["Lakeview Health on Monday opened a cancer center.", "Lakeview Health"],
  ])("reads the organisation in %j without the words after it", (text, name) => {
    const orgs = analyzeArticle({ text: `${text} ${name} said it was proud.` }).people;
    expect(orgs.map((e) => e.name)).toContain(name);
  });

  it("keeps two companies joined by 'and' apart, and one name built with 'and' whole", () => {
    const names = people(
      "Northwind Logistics and Brightpath Freight agreed to merge. Northwind Logistics said it was pleased. Brightpath Freight said it agreed. The Securities and Exchange Commission said it would review the deal.",
    ).map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Northwind Logistics",
        "Brightpath Freight",
        "Securities and Exchange Commission",
      ]),
    );
  });

  it("reads a surname ending in -ing that opens a sentence as the name used elsewhere", () => {
    const list = people(
      "Rovers sacked Steve Tilling on Monday. Tilling, 48, was appointed in 2023.",
    );
    const tilling = find(list, "Steve Tilling");
    expect(tilling?.mentions).toHaveLength(2);
  });

  it("gives no role when the words after a name in commas are a verb's", () => {
    const list = people("Sources said the chairman, Alan Pike, wanted an experienced manager.");
    expect(find(list, "Alan Pike")?.role).toBe("chairman");
  });

  it("keeps initials in the name and leaves honorifics out of the role", () => {
    const entity = find(
      people("The Rev. Robert H. Schuller died on Thursday."),
      "Robert H. Schuller",
    );
    expect(entity?.role).toBeUndefined();
  });

  it("leaves post-nominal letters out of the name and keeps a generational suffix", () => {
    const names = people(
      "His barrister, Simon Tate KC, spoke first. Jane Hart OBE, who founded the charity, agreed. John Smith Jr. said little.",
    ).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Simon Tate", "Jane Hart", "John Smith Jr."]));
  });

  it("reads a person 'of' an organisation as two names, and 'Bank of England' as one", () => {
    const list = people(
      "Detective Inspector Paul Garner of Lancashire Police spoke. Lancashire Police said no. The Bank of England said rates would rise.",
    );
    expect(find(list, "Paul Garner")?.role).toBe("Detective Inspector");
    expect(list.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Lancashire Police", "Bank of England"]),
    );
  });

  it("takes a role before the name, not the clause after it, as the role", () => {
    const list = people(
      "According to his agent, Diego Ferreira, several clubs had also asked about him.",
    );
    expect(find(list, "Diego Ferreira")?.role).toBe("agent");
  });

  it("joins 'of the' after an organisation word into one name", () => {
    const names = people(
      "About 20,000 people fled, according to the International Committee of the Red Cross. The Ministry of the Interior said 40 people were arrested.",
    ).map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "International Committee of the Red Cross",
        "Ministry of the Interior",
      ]),
    );
  });

  it("groups a full name, a surname and an honorific form into one entity", () => {
    const list = people("Tony Blair spoke first. Later Blair left. Mr Blair said he was tired.");
    const blair = find(list, "Tony Blair");
    expect(blair?.aliases).toEqual(expect.arrayContaining(["Blair", "Mr Blair"]));
    expect(list.filter((e) => e.name.includes("Blair"))).toHaveLength(1);
  });

  it("keeps two people with the same surname apart", () => {
    const list = people(
      "Hillary Clinton and Bill Clinton arrived. Bill Clinton spoke. Hillary Clinton smiled.",
    );
    expect(find(list, "Hillary Clinton")).toBeDefined();
    expect(find(list, "Bill Clinton")).toBeDefined();
    expect(find(list, "Hillary Clinton")?.id).not.toBe(find(list, "Bill Clinton")?.id);
  });

  it("joins a surname seen before its full name", () => {
    const list = people("Trump spoke on Monday. Later, Donald Trump left for Florida.");
    expect(list.filter((e) => e.name.endsWith("Trump")).map((e) => e.name)).toEqual([
      "Donald Trump",
    ]);
  });

  it("reads organisations that speak", () => {
    const list = people(
      '"We are closed," a spokeswoman for Lufthansa said. The Washington Post reported it.',
    );
    expect(find(list, "Lufthansa")?.kind).toBe("organization");
  });

  it("does not take sentence openers, places or months for people", () => {
    const names = people(
      "Customers complained in March. However, Residents of Mexico stayed. Flanked by aides, Anna Berg left. Customers were angry.",
    ).map((e) => e.name);
    expect(names).toEqual(["Anna Berg"]);
  });

  it("points every mention at its place in the text", () => {
    const text = "Senator Ruth Ames spoke. Ames said she would vote no.";
    const ames = find(people(text), "Ruth Ames");
    for (const m of ames?.mentions ?? [])
      expect(["Senator Ruth Ames", "Ames", "she"]).toContain(text.slice(m.start, m.end));
    expect(ames?.mentions.map((m) => m.form)).toEqual(["title", "surname", "pronoun"]);
  });
});
