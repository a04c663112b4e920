import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import type { Entity } from "../../../src/people/entity.ts";

function people(text: string): readonly Entity[] {
  return analyzeArticle({ text }).people;
}

function names(text: string): string[] {
  return people(text).map((e) => e.name);
}

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type !== "indirect")
    .map((q) => q.speaker);
}

describe("one-word names used like a person's", () => {
  it("takes a first name with an age as a person a pronoun can point at", () => {
    const text = 'Amira, 34, a mother of three, says she skips meals. "I had no choice," she says.';
    expect(people(text).find((e) => e.name === "Amira")?.kind).toBe("person");
    expect(speakers(text)).toEqual(["Amira"]);
  });

  it("takes a name after an age ('6-year-old Odunayo') as a person whose father can speak", () => {
    const text = [
      "Surgeons in Leeds have rebuilt the hand of 6-year-old Odunayo after a firework accident.",
      "",
      'His father said he had not slept for a week. "We are so grateful to everyone," he said.',
    ].join("\n");
    expect(people(text).find((e) => e.name === "Odunayo")?.kind).toBe("person");
    expect(speakers(text)).toEqual(["Odunayo's father"]);
  });

  it("keeps a possessive name that opens a sentence before a group ('Odunayo's parents said')", () => {
    const text = [
      "Surgeons in Leeds have rebuilt the hand of 6-year-old Odunayo after a firework accident.",
      "",
      "The operation took nine hours. A charity paid for the flights. Nurses kept watch through the night. The hospital said the boy was recovering well.",
      "",
      "Odunayo's parents said the wait had been the hardest part.",
      "",
      '"We will never forget what they did," his father said.',
    ].join("\n");
    expect(speakers(text)).toEqual(["Odunayo's father"]);
  });

  it("leaves a nationality or a townsman after an age alone ('the 25-year-old Dubliner')", () => {
    const text = 'The 25-year-old Dubliner scored twice. "It was a good day," Keane said.';
    expect(people(text).find((e) => e.name === "Dubliner")?.kind).not.toBe("person");
  });

  it("takes a subject followed by her or his as a person of that gender ('Ilse Vandam blamed her')", () => {
    const text = [
      "Tessa Morley beat Ilse Vandam in straight sets and will now face Dana Kovac.",
      "",
      'Ilse Vandam blamed her defeat on a sore wrist. "I could not serve," she said.',
    ].join("\n");
    const ilse = people(text).find((e) => e.name === "Ilse Vandam");
    expect(ilse?.kind).toBe("person");
    expect(speakers(text)).toEqual(["Ilse Vandam"]);
  });

  it("leaves a sentence's first word alone even when her follows ('Set in her home town')", () => {
    const text =
      'Set in her home town of Dartford, the film follows a young mother. "It is my street," Andrea Arnold said.';
    expect(people(text).find((e) => e.name === "Set")?.kind).not.toBe("person");
  });

  it("takes a surname that speaks and is then 'he' as a person", () => {
    const text = [
      "Keeper Dale Hollis made three saves for the visitors.",
      "",
      'Brannigan said he had waited a long time for a start. "I just wanted to repay the faith," he said.',
    ].join("\n");
    expect(people(text).find((e) => e.name === "Brannigan")?.kind).toBe("person");
    expect(speakers(text)).toEqual(["Brannigan"]);
  });

  it("gives a surname with an age the 'he' that follows, not the speaker before", () => {
    const text = [
      'Harbury keeper Kowalczyk made a string of saves. "We were second best," Kowalczyk admitted.',
      "",
      'Brannigan, 19, was making his second start. "I wanted to repay the manager\'s faith," he said.',
    ].join("\n");
    expect(speakers(text)).toEqual(["Kowalczyk", "Brannigan"]);
  });

  it("gives no pronoun to organisations, objects or a title's last word", () => {
    const cases: Array<[string, string]> = [
      ['Cuts at Orbis, 30,000 jobs in all, were announced. "It is a sad day," she said.', "Orbis"],
      ['Bookmakers Ladbrokes offered odds on her exit. "It was close," she said.', "Ladbrokes"],
      [
        'Viewers of Stars In Their Eyes said she was the best host. "It was fun," she said.',
        "Eyes",
      ],
      ['Mr Hale told Cabinet he would resign. "It is time," he said.', "Cabinet"],
    ];
    for (const [text, word] of cases) {
      expect(speakers(text), text).not.toContain(word);
    }
  });
});

describe("peerage titles and forms of address", () => {
  it("keeps two peers of one name apart by their territorial designations", () => {
    const text = [
      "Lord Marsh of Whitby proposed the change. Lord Marsh of Ely opposed it.",
      "",
      "Later Lord Marsh of Whitby said he would try again.",
    ].join("\n");
    const lords = people(text).filter((e) => e.name === "Lord Marsh");
    expect(lords).toHaveLength(2);
    // Whitby's peer: two names and the "he"; Ely's: one name.
    expect(lords.map((e) => e.mentions.length).sort()).toEqual([1, 3]);
    expect(names(text)).not.toContain("Whitby");
  });

  it("reads a later 'Lord Marsh' as the peer introduced with his designation", () => {
    const text = "Lord Marsh of Whitby proposed the change. Lord Marsh said it would pass.";
    const lords = people(text).filter((e) => e.name === "Lord Marsh");
    expect(lords).toHaveLength(1);
    expect(lords[0]?.mentions).toHaveLength(2);
  });

  it("shows a baroness by her title, as a woman a 'she' can point at", () => {
    const text = 'Baroness Okoro said she would abstain. "Neither side made its case," she said.';
    expect(names(text)).toContain("Baroness Okoro");
    expect(speakers(text)).toEqual(["Baroness Okoro"]);
  });

  it("keeps a peer whose title is a place's name a person", () => {
    expect(names("Home Office minister Baroness Scotland said the law was clear.")).toContain(
      "Baroness Scotland",
    );
  });

  it("reads 'Sir Alan' and 'Dame Judi' by the given name of the full name before", () => {
    const text =
      "Sir Alan Pryce and Dame Judi Kerr opened the hall. Sir Alan spoke first, then Dame Judi.";
    const list = people(text);
    expect(list.map((e) => e.name).sort()).toEqual(["Alan Pryce", "Judi Kerr"]);
    expect(list.every((e) => e.mentions.length === 2)).toBe(true);
  });
});

describe("where a name run ends", () => {
  it("keeps a capitalised last word of an organisation's name", () => {
    const list = people('"No," Human Rights Watch said.');
    expect(list.find((e) => e.name === "Human Rights Watch")?.kind).toBe("organization");
  });

  it("continues an organisation's remit over 'and', but not into a person's name", () => {
    const text =
      'A Department for Work and Pensions spokeswoman said: "Claims are paid on time." The Department of Trade and Industry said it agreed.';
    expect(names(text)).toEqual(
      expect.arrayContaining([
        "Department for Work and Pensions",
        "Department of Trade and Industry",
      ]),
    );
    expect(names(text)).not.toContain("Pensions");
    const withPerson =
      "The Department for Education and Ruth Kelly disagreed on Tuesday. Ruth Kelly said the plan was sound.";
    expect(names(withPerson)).toEqual(expect.arrayContaining(["Ruth Kelly"]));
    expect(names(withPerson).join("|")).not.toMatch(/and Ruth/);
  });

  it("ends a name at a one-letter initial that ends a sentence", () => {
    const text = "She wrote a life of Malcolm X. Hana Idris, her sister, said nothing.";
    expect(names(text)).toEqual(expect.arrayContaining(["Malcolm X", "Hana Idris"]));
    expect(names(text)).not.toContain("Malcolm X. Hana Idris");
    expect(names("George W. Bush met Samuel L. Jackson.")).toEqual(
      expect.arrayContaining(["George W. Bush", "Samuel L. Jackson"]),
    );
  });

  it("reads neither a portfolio nor a constituency as a person", () => {
    const text = [
      "The Shadow Secretary of State for the Family, Rosa Kettering, said the plan had failed.",
      "",
      "The Dunmore North MP said he had written to the minister.",
    ].join("\n");
    expect(names(text)).toEqual(["Rosa Kettering"]);
  });
});
