// fast-check generators of hostile input for `npm run fuzz` and its short run in `npm test`: the
// pathological shapes, random Unicode, unbalanced quotation marks around speech, and real articles
// (the repository's own fixtures) cut, repeated and spliced at random.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { SHAPES } from "../shapes.ts";

/** A generated input and the kind of generator that made it. */
export interface FuzzInput {
  readonly kind: "shape" | "unicode" | "marks" | "mutated";
  readonly text: string;
}

/** Pieces of news prose and of junk, so random texts hit the quotation machinery often. */
const PIECES = [
  '"',
  "'",
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  "„",
  "\n",
  "\n\n",
  "\r\n",
  "\f",
  " ",
  ". ",
  "...",
  "?!",
  "…",
  ", ",
  ": ",
  "—",
  "(",
  ")",
  " said ",
  " said that ",
  " told reporters ",
  " according to ",
  " he was ",
  " she ",
  "Mr ",
  "Dr. ",
  "the ministry ",
  "the company said ",
  "By Ann Lee ",
  "WASHINGTON — ",
  "Anna Berg",
  "Berg",
  "Tom O'Neil",
  "the Zorv Agency ",
  "don't ",
  "“We will win,” ",
  "'It is over,' ",
];

const root = join(import.meta.dirname, "..", "..");

/** The articles mutated: the seed and the quotation fixtures, all written for this project. */
function ownArticles(): string[] {
  const dir = join(root, "tests", "fixtures", "quotes");
  return [
    readFileSync(join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"), "utf8"),
    ...readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8")),
  ];
}

const marks: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.lorem({ maxCount: 3 })),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(""));

const unicode: fc.Arbitrary<string> = fc.string({ unit: "binary", maxLength: 600 });

const shape: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SHAPES), fc.integer({ min: 1, max: 20_000 }))
  .map(([s, chars]) => s.make(chars));

type Mutation = (text: string) => string;

const position = fc.double({ min: 0, max: 1, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(position, fc.integer({ min: 1, max: 400 })).map(
    ([at, length]): Mutation =>
      (text) => {
        const from = Math.floor(at * text.length);
        return text.slice(0, from) + text.slice(from + length);
      },
  ),
  fc.tuple(position, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2, max: 30 })).map(
    ([at, length, times]): Mutation =>
      (text) => {
        const from = Math.floor(at * text.length);
        const part = text.slice(from, from + length);
        return text.slice(0, from) + part.repeat(times) + text.slice(from);
      },
  ),
  fc.tuple(position, fc.constantFrom(...PIECES)).map(
    ([at, piece]): Mutation =>
      (text) => {
        const from = Math.floor(at * text.length);
        return text.slice(0, from) + piece + text.slice(from);
      },
  ),
  fc.constantFrom<Mutation>(
    (text) => text.replace(/[“”]/g, '"'),
    (text) => text.replace(/["”]/g, ""),
    (text) => text.replace(/\n/g, "\r\n"),
    (text) => text.replace(/\n\n/g, "\f"),
    (text) => text.replace(/\s+/g, " "),
  ),
);

const articles = ownArticles();

const mutated: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...articles), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([article, steps]) => steps.reduce((text, step) => step(text), article));

/** "Kelly said he was “fine. Then he left.": reported speech with quotation marks anywhere in it. */
const reportedClause: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("Kelly", "Anna Berg", "He", "She", "The minister", "A spokeswoman"),
    fc.constantFrom(" said ", " said that ", " told reporters that ", " warned that ", " added "),
    fc.lorem({ maxCount: 6 }),
    fc.constantFrom(" “", " ”", ' "', " ‘", " '", " «", "“", " "),
    fc.lorem({ maxCount: 6 }),
    fc.constantFrom(". ", "? ", ", ", ".” ", ",” ", "” ", ".\n\n", " "),
    fc.constantFrom("Then he left", "It was over", "“No", "”", ""),
    fc.constantFrom(". ", ".” ", "\n\n", ", he said. ", ""),
  )
  .map((parts) => parts.join(""));

/** Texts with speech, names and unbalanced quotation marks: where quotations and reported speech meet. */
export const speechWithMarks: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: reportedClause, weight: 3 }, { arbitrary: marks, weight: 1 }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(""));

/** Every kind of hostile input, in equal shares. */
export const hostileInput: fc.Arbitrary<FuzzInput> = fc.oneof(
  shape.map((text): FuzzInput => ({ kind: "shape", text })),
  unicode.map((text): FuzzInput => ({ kind: "unicode", text })),
  fc.oneof(marks, speechWithMarks).map((text): FuzzInput => ({ kind: "marks", text })),
  mutated.map((text): FuzzInput => ({ kind: "mutated", text })),
);

/** Inputs at the 2,000,000-character cap: each shape, and an article repeated and mutated. */
export function inputsAtCap(cap = 2_000_000): FuzzInput[] {
  const repeated = (articles[0] as string).repeat(Math.ceil(cap / (articles[0] as string).length));
  return [
    ...SHAPES.map((s): FuzzInput => ({ kind: "shape", text: s.make(cap) })),
    { kind: "mutated", text: repeated.replace(/[“”]/g, '"').slice(0, cap) },
    { kind: "mutated", text: repeated.replace(/”/g, "").slice(0, cap) },
  ];
}
