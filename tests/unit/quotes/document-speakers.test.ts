import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

/** Documents, and the organisations and descriptions that issue them (stop 26). */
describe("who a document speaks for", () => {
  const cases: Array<[string, string, string, string | null]> = [
    [
      "gives an email sent by a candidate's campaign nobody, not the organisation in focus",
      'Senator Dara Voss lost the primary to Governor Paul Harlan.\n\nThe Midwest Victory Fund, a group backing Harlan, spent heavily in the state. Voss\'s campaign sent out a fundraising email on Wednesday. "We absolutely need to win the states that lie ahead," the email said.',
      "We absolutely need to win",
      null,
    ],
    [
      "gives a document nobody named before nobody again when it speaks a second time",
      'The Fenmoor Skills Agency praised ministers for the scheme.\n\nSome courses will cost more. The government and its partners would "need to be creative". The report recommends more evening classes. The agency should also track progress "at frequent intervals", the report adds.',
      "at frequent intervals",
      null,
    ],
    [
      "gives a statement to the name right before the verb that introduced it, inside a reported clause",
      'Defence Secretary Alan Birch used a personal email account for work, the Daily Ledger reported on Wednesday.\n\nThe Ledger said Birch provided a written statement in response to the newspaper\'s questions. "The secretary believes that his occasional use of personal email was a mistake," the statement said.',
      "The secretary believes",
      "Alan Birch",
    ],
    [
      "gives a campaign the article names by no name nobody, not the organisation in focus",
      'Addressing the New Jersey Republican Party on Friday, Governor Paul Harlan praised the prosecutor. Lucas Fenn said he appreciated Harlan\'s "loyalty". The campaign\'s statement then declares "the matter is now concluded."',
      "the matter is now concluded",
      null,
    ],
    [
      "gives 'the campaign' the organisation whose name holds the word",
      'The Campaign for Clean Rivers met the minister on Monday. "The water is still filthy," the campaign said.',
      "The water is still filthy",
      "Campaign for Clean Rivers",
    ],
    [
      "reads 'states' after an advert's voice-over as its verb, so the next quotation does not read on from a name",
      "Karl Dorn's group attacked Ada Quill again on Monday. “I think it shows how desperate they are,” Quill said. In the new spot, the PAC tries to shift the conversation to guns.\n\n“They know Ada is the only one strong enough to stop Wall Street,” a voice-over in the ad states. “She’ll stand up to the gun lobby.”",
      "She’ll stand up",
      null,
    ],
    [
      "gives the words after 'X released the following statement:' to X",
      "When Walter Brenn died in 1998, President Hal Mercer released the following statement:\n\n“Nora and I offer our condolences to the family and friends of Walter Brenn.”\n\nThe Ledger is expected to endorse Mercer.",
      "Nora and I offer",
      "Hal Mercer",
    ],
  ];
  for (const [name, text, words, speaker] of cases) {
    it(name, () => expect(speakerOf(text, words)).toBe(speaker));
  }
});
