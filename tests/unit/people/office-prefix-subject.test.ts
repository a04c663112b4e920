import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { speakerOf } from "../quotes/speaker-of.ts";

// "But state Rep. Dora Quill, a member of ..., recalled ...": the lower-case "state" before the
// office "Rep." belongs to her title, so she is the clause's subject and the "she" after it is
// hers, not the senator's named in the paragraph before (stop 27).
const STATE_REP = `Vance leads the race in Harlow County

Senator Marla Vance has a wide lead in Harlow County, where more county officials have endorsed her than her rival. Vance told supporters on Sunday that she would campaign in every town.

But state Rep. Dora Quill, a member of the county party's committee, recalled what happened in 2008 to point out that the lead could shrink. "The rural vote is not a monolith," she said.
`;

// "Vance campaign Chairman Peter Odell, Ray Tolliver's former chief of staff, ...": the chairman
// is the subject; neither the candidate before "campaign" nor the owner in the apposition is.
const CAMPAIGN_CHAIRMAN = `Vance campaign answers its critics

Senator Marla Vance was asked on Sunday about her record on trade, and about the rallies of her rival, Ray Tolliver.

And Vance campaign Chairman Peter Odell, Ray Tolliver's former chief of staff, offered a slogan when I asked him how she would answer. "She will fight for working families," he said.
`;

// "told BBC Radio's Today programme Mr Lusk had ...": "programme" before a courtesy title is no
// office, and Mr Lusk no subject of the main clause (a first version gave him the "He said").
const PROGRAMME = `Denby attacks U-turn on burglars

Tory leader Ralph Denby has attacked the government over its plans for householders.

The prime minister, Edwin Lusk, had promised a review. On Thursday, Mr Denby told BBC Radio Westmoor's Today programme Mr Lusk had initially refused the change, then had come round to it. He said: "We have had three positions in three months."
`;

describe("a role's lower-case word before an office's capitalised head", () => {
  it("makes the office holder the clause's subject for a later she", () => {
    expect(speakerOf(STATE_REP, "The rural vote")).toBe("Dora Quill");
  });

  it("makes the chairman, not a name around him, the antecedent of he", () => {
    const quote = analyzeArticle({ text: CAMPAIGN_CHAIRMAN }).quotes.find((q) =>
      q.text.startsWith("She will fight"),
    );
    expect(quote?.speaker ?? quote?.why?.withheld?.speaker).toBe("Peter Odell");
  });

  it("leaves a courtesy title after a programme's name alone", () => {
    expect(speakerOf(PROGRAMME, "We have had")).toBe("Ralph Denby");
  });
});
