import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

const opening =
  'Harbour board chair Nadia Okonkwo defended the new mooring fees on Tuesday. "The fees pay for the dredging," she said.';

describe("an uncued quotation does not read on past a subject the clause reader used to miss", () => {
  it("a name after a leading time word is the clause's subject", () => {
    const text = `${opening} Earlier Green Party leader Brendan Mulvey wrote to every trader. "Nobody asked the boats what they can afford."`;
    expect(speakerOf(text, "Nobody asked the boats")).not.toBe("Nadia Okonkwo");
  });

  it("a name after a capitalised acronym is the clause's subject", () => {
    const text = `${opening} US coach Priya Raman wants the fees cut by half. "Small crews are paying for big ships."`;
    expect(speakerOf(text, "Small crews are paying")).not.toBe("Nadia Okonkwo");
  });

  it("someone's unnamed spokesman is a subject who names nobody", () => {
    const text = `${opening} The mayor's deputy spokesman later rejected the complaint. "The council was consulted at every step."`;
    expect(speakerOf(text, "The council was consulted")).not.toBe("Nadia Okonkwo");
  });

  it("a name followed by a relative clause is that clause's subject", () => {
    const text = `${opening} It is a view not shared by skipper Aidan Foley, who thinks the harbour will empty. "Half of us will sell up by the summer."`;
    expect(speakerOf(text, "Half of us will sell up")).not.toBe("Nadia Okonkwo");
  });

  it("a relative clause after the sentence's own subject leaves the sentence to that subject", () => {
    const text = `${opening} Okonkwo then toured the quay with treasurer Sam Kettle, who left early. "The quay needs a new crane."`;
    expect(speakerOf(text, "The quay needs")).toBe("Nadia Okonkwo");
  });

  it("a quotation still reads on when nobody else became a subject", () => {
    const text = `${opening} The board will vote on the fees next month. "We expect the vote to pass."`;
    expect(speakerOf(text, "We expect the vote")).toBe("Nadia Okonkwo");
  });
});
