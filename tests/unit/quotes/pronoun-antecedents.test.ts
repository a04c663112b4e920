import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("pronoun antecedents behind a he or she cue", () => {
  const cases: Array<[string, string, string, string | null]> = [
    [
      "reads a 'her' in a phrase before the subject as the subject's, so the man named in it keeps 'he'",
      'Standing on the steps of the town hall with Mayor Marty Kell by her side, Laura Finch promised to repair every road in the county. Kell, a former builder, had long backed a rival. But on Sunday he gave Finch his support.\n\n"She will fix what others left broken," he said.',
      "She will fix",
      "Marty Kell",
    ],
    [
      "reads a given name carried by men and women alike as no gender: Kim can be 'he'",
      'World champion Kim Adeyemi will race in Birmingham next month, alongside Olympic silver medallist Francis Obi.\n\nAdeyemi won his first world title in 2003. "I am looking forward to racing such a strong field," he said.',
      "I am looking forward",
      "Kim Adeyemi",
    ],
    [
      "gives 'she' to the only woman near, however salient the man named after her",
      'Chief executive Mark Dunn announced 200 job cuts at the plant on Tuesday. Union leader Ann Price met Dunn at the gates.\n\n"We will fight every one of these cuts," she said.',
      "We will fight",
      "Ann Price",
    ],
    [
      "learns no gender from a 'his' that another man stands nearer to",
      'Dalys Moran told a radio station that Governor Tom Reyes had cut the health budget, in addition to his plan to close two clinics.\n\n"You cannot cut your way to good health," she said.',
      "You cannot cut",
      "Dalys Moran",
    ],
    [
      "still learns an unknown given name's gender from a 'his' right after it",
      'Striker Tiago Varela signed for Porto. "I dreamed of this," Varela said at his unveiling.\n\nCoach Helena Sousa said she had followed him for years.\n\n"He presses, he scores," she told reporters.',
      "He presses",
      "Helena Sousa",
    ],
  ];
  for (const [name, text, words, speaker] of cases) {
    it(name, () => {
      expect(speakerOf(text, words, { reported: false })).toBe(speaker);
    });
  }
});
