import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

/** Whether the quoted words starting with `words` come out as a quotation. */
function quoted(text: string, words: string): boolean {
  return analyzeArticle({ text }).quotes.some(
    (q) => q.type !== "indirect" && q.type !== "block" && q.text.startsWith(words),
  );
}

const HEAD = "Council budget row deepens\n\n";

describe("quoted fragments that are someone's words", () => {
  const speech: Array<[string, string, string]> = [
    [
      'a characterisation after a verb and its object: dubbed X "..."',
      'A milder review in the Lakeside Gazette dubbed the sequel "cheerfully thin".',
      "cheerfully thin",
    ],
    [
      'accused X of ...ing "..."',
      'The opposition accused the council of offering "empty promises" to tenants.',
      "empty promises",
    ],
    [
      'calling X "..." in a gerund clause',
      'Harbour Town coach Ned Ilves was banned for a month for calling a linesman "a clown".',
      "a clown",
    ],
    [
      "a passive label with its agent, and the fragment coordinated with it",
      'The cuts have been described as "reckless" and "shameful" by the tenants\' union.',
      "shameful",
    ],
    [
      "reported speech closed by its attribution after a comma",
      'Mayor Ivo Brandt spoke at the depot. The late thaw means "few repairs" can start before May, he said.',
      "few repairs",
    ],
    [
      "a verb of saying right before the words, whoever said them",
      'Asked about the levy, 40 percent said "not very likely" in the poll.',
      "not very likely",
    ],
    [
      'someone\'s words: "in her own words, ..."',
      'The mayor was blunt. In her own words, "the bridge is finished for this year".',
      "the bridge is finished",
    ],
    [
      'someone\'s words with a plain possessive: "in Harlow’s words, ..."',
      "The report was blunt. In the auditors’ words, “the ledger cannot be trusted for 2023.”",
      "the ledger cannot be trusted",
    ],
  ];
  for (const [name, text, words] of speech) {
    it(`keeps ${name}`, () => {
      expect(quoted(HEAD + text, words)).toBe(true);
    });
  }

  const notSpeech: Array<[string, string, string]> = [
    [
      "a name given with no object before it",
      'The scheme, called "fair start", opens in May.',
      "fair start",
    ],
    [
      "a passive label without its agent",
      'The plan is described as "a fresh start" for the estate.',
      "a fresh start",
    ],
    [
      'a noun that looks like a verb: "call centres"',
      'Call centres have a high "churn rate" and long queues.',
      "churn rate",
    ],
    [
      "one quoted word in reported speech: as often a term",
      'Firms blame "outsourcing" for the delays, Ms Tull says.',
      "outsourcing",
    ],
    [
      "a programme's title after a preposition, though a cue follows",
      'In an interview on "Morning Talk," Senator Jo Pike said she would run again.',
      "Morning Talk",
    ],
  ];
  for (const [name, text, words] of notSpeech) {
    it(`leaves out ${name}`, () => {
      expect(quoted(HEAD + text, words)).toBe(false);
    });
  }
});
