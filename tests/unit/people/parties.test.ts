import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { speakerOf } from "../quotes/speaker-of.ts";

const CAMPAIGN =
  "Campaign chief Mara Quinlan defended the leaflets on Tuesday. " +
  'The leaflets were branded a "clumsy stunt" by the Conservatives who said the Labour Party had "lost its nerve".';

/** A party or a people spoken of in the plural, and a party's spokesperson. */
describe("parties and peoples speaking", () => {
  it("never gives a plural party to the person in focus as an alias", () => {
    const people = analyzeArticle({ text: CAMPAIGN }).people;
    const quinlan = people.find((p) => p.name === "Mara Quinlan");
    expect(quinlan?.aliases).not.toContain("the Conservatives");
  });

  it("gives 'the Tories say' nobody rather than the person in focus", () => {
    const text =
      "Chancellor Petra Sowerby unveiled the budget on Wednesday. She froze fuel duty. " +
      'The Tories say the plan is "a pre-election bribe" that voters will see through.';
    expect(speakerOf(text, "a pre-election bribe")).toBeNull();
  });

  it("gives 'the Conservatives said' the Conservative Party the article names", () => {
    const text =
      "Prime Minister Ivo Brandt opened the debate. The Conservative Party has opposed the bill for a year. " +
      'Despite the changes, the Conservatives said the bill was "still a mess".';
    expect(speakerOf(text, "still a mess")).toBe("Conservative Party");
  });

  it("gives 'a Labour spokesman told' the Labour Party the article names", () => {
    const text =
      "The Labour Party denied breaking the rules on phone canvassing. Rival Colin Ashdown " +
      'complained to the watchdog. A Labour spokesman told reporters: "We have done nothing wrong."';
    expect(speakerOf(text, "We have done nothing wrong")).toBe("Labour Party");
  });

  it("gives 'a Labour spokesman' nobody when the article names no Labour Party", () => {
    const text =
      "Rival Colin Ashdown complained to the watchdog about phone canvassing. " +
      'A Labour spokesman told reporters: "We have done nothing wrong."';
    expect(speakerOf(text, "We have done nothing wrong")).toBeNull();
  });

  it("does not carry the previous speaker past 'a Labour party spokesman said'", () => {
    const text =
      "The Labour Party is split over its campaign. " +
      'Backbencher Derek Orme said voters were "bored already". ' +
      "A Labour party spokesman played down the split and said the campaign had barely begun. " +
      '"This vote is a choice between moving forward and going back."';
    expect(speakerOf(text, "This vote is a choice")).not.toBe("Derek Orme");
  });
});

describe("a title's office", () => {
  it("reads 'the Data Commissioner's Office' as one organisation, and its spokesman's he as it", () => {
    const text =
      "Fines for nuisance calls were doubled. A spokesman for the Data Commissioner's Office said " +
      'the rules covered text messages too. "We will act on every complaint," he said.';
    const names = analyzeArticle({ text }).people.map((p) => p.name);
    expect(names).toContain("Data Commissioner's Office");
    expect(names).not.toContain("Office");
    expect(speakerOf(text, "We will act")).toBe("Data Commissioner's Office");
  });
});

describe("a firm known by one word", () => {
  const text =
    "Brill is to pay $2m to the finance chief who quit in May. Dana Holt was told to go. " +
    "Brill said the payment was in line with Ms Holt's contract. She was leaving " +
    '"to pursue other interests", the firm said.';

  it("types a speaking one-word name that 'the firm' refers back to as an organisation", () => {
    const brill = analyzeArticle({ text }).people.find((p) => p.name === "Brill");
    expect(brill?.kind).toBe("organization");
    expect(speakerOf(text, "to pursue other interests")).toBe("Brill");
  });
});
