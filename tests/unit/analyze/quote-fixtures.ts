// The hand-written articles of tests/fixtures/quotes/, each read with the answers written beside it
// in <name>.expected.json. The JSON is checked strictly, so a misspelt field fails the run instead
// of silently testing nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Where the articles and their expected answers live. */
export const QUOTE_FIXTURES_DIR = join(import.meta.dirname, "..", "..", "fixtures", "quotes");

/** The constructions a fixture can cover, each with what it means in the article. */
export const CONSTRUCTIONS = {
  "anonymous-source":
    "an unnamed person speaks ('a person familiar with', 'who asked not to be named')",
  apposition: "a role and a name side by side ('The governor, Patricia Hale, said')",
  "block-quote": "a passage set off without quotation marks",
  "british-quotation-marks": "quotations in single quotation marks",
  "crowd-chant": "words chanted or sung by a crowd",
  "description-not-an-alias": "a description that must not become another name of a person",
  "descriptive-speaker": "a speaker referred to by a description ('the 24-year-old said')",
  "first-name-only": "a person the article names by first name only",
  "interview-layout":
    "an interview set out as paragraphs of one person's words after 'X talks about Y:', opened by a colon, a dash or a quotation mark",
  "multi-paragraph-quote": "a quotation running over several paragraphs",
  "name-boundary":
    "where a name ends: 'Human Rights Watch', 'Malcolm X.' before a sentence, a title's last word",
  "not-speech-quotes":
    "quoted words that are not speech: titles, nicknames, slogans, words as words",
  "organisation-speaker": "a company, institution or office speaks",
  "partial-quote": "a quoted fragment inside the reporter's own sentence",
  "peerage-title":
    "a peer or knight named by title ('Lord Marsh of Whitby', 'Baroness Okoro', 'Sir Alan')",
  "pronoun-speaker": "a quotation attributed with he, she or they",
  "question-and-answer": "a Q-and-A transcript: questions, and answers labelled 'A:' or by name",
  "quotation-in-reported-speech":
    "quoted words inside a reported clause: listed once, unless another speaker said them",
  "relative-speaker":
    "a relative the article names only through someone else ('his father said', 'said Reyes's lawyer')",
  "reported-speech": "speech reported without quotation marks",
  roles: "people given roles ('the health secretary, Tom Bradley')",
  "role-after-name":
    "a speaker named after a place or organisation and a role ('said Wales physio Mark Davies', 'said EEF chief economist, Steve Radley', \"said Sky Networks' Sophie Laing\")",
  "said-colon": "a speaker introducing the quotation ('She said: \"...\"')",
  "shared-surname": "two people with one surname",
  "speaker-in-later-paragraph": "a quotation whose speaker is named only after it",
  "split-quote": "a quotation interrupted by its attribution",
  "surname-only": "a person the article names by surname only, as sport reports do",
  spokesperson: "an unnamed spokesperson of an organisation or of a person",
  "title-before-name": "a title before a name ('Dr.', 'Sen.', 'Mayor')",
  "unnamed-speaker": "speech the article gives no named speaker",
  "wire-dateline": "a wire-service dateline ('LIMA, Peru (AP) —')",
} as const;

const construction = z.enum(Object.keys(CONSTRUCTIONS) as [keyof typeof CONSTRUCTIONS]);
const speaker = z.string().min(1).nullable();
/**
 * The person a quotation is written for when the speaker model is less sure of them than its
 * threshold: the fixture then expects speaker null (nothing is shown rather than a guess).
 */
const withheld = z.string().min(1).optional();
/**
 * A known miss kept visible: the speaker newsbrief wrongly gives today where `speaker` is right.
 * The check expects the miss, so it fails (and asks for this to be removed) once it is fixed.
 */
const knownWrong = z.string().min(1).optional();

const expectedSchema = z.strictObject({
  covers: z.array(construction).min(1),
  /** Every direct, partial and block quotation, in article order. */
  quotes: z.array(
    z.strictObject({
      start: z.string().min(1),
      speaker,
      withheld,
      knownWrong,
      type: z.enum(["direct", "partial", "block"]),
    }),
  ),
  /** Why an expectation is what it is, for the next reader (not checked). */
  notes: z.string().optional(),
  /** Quoted words that are not speech (titles, nicknames, words as words). */
  notQuotes: z.array(z.string().min(1)).min(1).optional(),
  /** People the article names, with their canonical names. */
  people: z.array(z.string().min(1)).min(1).optional(),
  /** Reported speech without quotation marks; speaker null when the article names nobody. */
  reported: z
    .array(z.strictObject({ start: z.string().min(1), speaker, withheld }))
    .min(1)
    .optional(),
  /** Roles the article gives: the entity's name and words its role must contain. */
  roles: z
    .array(z.strictObject({ name: z.string().min(1), role: z.string().min(1) }))
    .min(1)
    .optional(),
  /** Descriptions that must not become an alias of any person ("the transit authority"). */
  notPersonAliases: z.array(z.string().min(1)).min(1).optional(),
});

/** The answers an article must give, as written in its .expected.json. */
export type Expected = z.infer<typeof expectedSchema>;

/** One article of tests/fixtures/quotes/ with its expected answers. */
export interface QuoteFixture {
  /** The article's file name, e.g. "airline-strike.txt". */
  readonly file: string;
  readonly text: string;
  readonly expected: Expected;
}

/** The file names in the fixture folder that end with `suffix`, sorted. */
export function fixtureFiles(suffix: string): string[] {
  return readdirSync(QUOTE_FIXTURES_DIR)
    .filter((name) => name.endsWith(suffix))
    .sort();
}

/** Every article that has a .expected.json beside it, with its answers parsed and checked. */
export function loadQuoteFixtures(): QuoteFixture[] {
  return fixtureFiles(".expected.json").map((answers) => {
    const file = answers.replace(/\.expected\.json$/, ".txt");
    const json: unknown = JSON.parse(readFileSync(join(QUOTE_FIXTURES_DIR, answers), "utf8"));
    const parsed = expectedSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${answers}: ${z.prettifyError(parsed.error)}`);
    return {
      file,
      text: readFileSync(join(QUOTE_FIXTURES_DIR, file), "utf8"),
      expected: parsed.data,
    };
  });
}
