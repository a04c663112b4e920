import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { speakerOf } from "../quotes/speaker-of.ts";

function peopleNames(text: string): string[] {
  return analyzeArticle({ text }).people.map((p) => p.name);
}

describe("words stuck before a name that are no part of it (stop 26)", () => {
  it("drops an occupation or position opening the sentence", () => {
    const text = [
      "Varnier eyes the title",
      "",
      "Wing Lucien Varnier says his side can still win the title.",
      "",
      "“We are not finished,” said Varnier.",
      "",
      "Rapper Kolby Marsh has topped the charts. “It is a dream,” Marsh said.",
    ].join("\n");
    expect(speakerOf(text, "We are not finished")).toBe("Lucien Varnier");
    expect(speakerOf(text, "It is a dream")).toBe("Kolby Marsh");
  });

  it("drops a descriptive compound ('Film-maker', 'Man-of-the-match') but keeps a hyphenated given name", () => {
    const text = [
      "Derry holds on",
      "",
      "Man-of-the-match Orrin Tull said the goal was “the best of my life”.",
      "",
      "Film-maker Tessaly Brook said: “Cinema is changing.”",
      "",
      "Min-jae Cho said he was “very proud”.",
    ].join("\n");
    expect(speakerOf(text, "the best of my life")).toBe("Orrin Tull");
    expect(speakerOf(text, "Cinema is changing")).toBe("Tessaly Brook");
    expect(speakerOf(text, "very proud")).toBe("Min-jae Cho");
  });

  it("splits a member's letters and 'Lib Dem' off the name", () => {
    const text = [
      "Tram vote row",
      "",
      "Green MSP Fenella Orr said the vote was “vital”. Lib Dem Anstey Coles said it was “a farce”.",
      "",
      "Fellow Lib Dem Marcus Pye called it “a mess”.",
    ].join("\n");
    expect(speakerOf(text, "vital")).toBe("Fenella Orr");
    expect(speakerOf(text, "a farce")).toBe("Anstey Coles");
    expect(speakerOf(text, "a mess")).toBe("Marcus Pye");
  });

  it("keeps a capitalised 'Without' or 'Against' inside an organisation's name", () => {
    const text = [
      "Blogger jailed",
      "",
      "The group Editors Without Frontiers called the sentence “harsh”. The League Against Noise said it was “worried”.",
    ].join("\n");
    expect(peopleNames(text)).toContain("Editors Without Frontiers");
    expect(speakerOf(text, "harsh")).toBe("Editors Without Frontiers");
    expect(speakerOf(text, "worried")).toBe("League Against Noise");
  });
});

describe("descriptors and demonyms that are no one's name (stop 26)", () => {
  it("reads no name in 'Moscow-based' and gives the quote to the person after it", () => {
    const text = [
      "Oil firm row",
      "",
      "“The pledged assets stay with the firm,” said Oslo-based US lawyer Brenna Quill, who is not connected to the case.",
    ].join("\n");
    expect(speakerOf(text, "The pledged assets")).toBe("Brenna Quill");
    expect(peopleNames(text)).not.toContain("Oslo-based");
  });

  it("drops a demonym before a full name and a group of people from a place", () => {
    const text = [
      "Poll row",
      "",
      "New Yorker Dale Fenwick said the party was “finished”.",
      "",
      "The Londoners have conceded six goals in two games.",
    ].join("\n");
    expect(speakerOf(text, "finished")).toBe("Dale Fenwick");
    expect(peopleNames(text)).not.toContain("Londoners");
  });
});

describe("a title's remit before the name (stop 26)", () => {
  it("cuts the remit's words off a name that follows it", () => {
    const text = [
      "Spending row",
      "",
      "But Chief Secretary to the Treasury Paul Hannock attacked the plans. “The cuts are massive,” he said.",
      "",
      "Shadow leader of the Commons Oliver Tresk said it was “a farce”.",
    ].join("\n");
    expect(speakerOf(text, "The cuts are massive")).toBe("Paul Hannock");
    expect(speakerOf(text, "a farce")).toBe("Oliver Tresk");
  });
});
