// Pathological input shapes, each a function of its length in characters: the inputs that once made
// the analysis or the briefing superlinear. The growth tests, `npm run bench` and `npm run fuzz`
// share them.

/** One shape of hostile input. */
export interface Shape {
  readonly name: string;
  /** Builds an input of about `chars` characters. */
  make(chars: number): string;
}

const repeatTo = (unit: string, chars: number): string =>
  unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars);

const ORGS = ["Ministry", "Agency", "Authority", "Council", "Union", "Commission", "Bureau"];

/** A paragraph naming an organisation and then referring to it by its kind, never resolved by name. */
function organisationParagraph(i: number): string {
  const head = ORGS[i % ORGS.length] as string;
  const name = `Zorv${i.toString(36)}`;
  return `The ${name} ${head} met on Monday. The ${head.toLowerCase()} said the ${name} ${head.toLowerCase()} would act, a regional ${head.toLowerCase()} official said.`;
}

/** The shapes, in the order the issue lists them. */
export const SHAPES: readonly Shape[] = [
  { name: "run of dots", make: (n) => `He left. ${".".repeat(Math.max(0, n - 10))}x` },
  { name: "run of ?!", make: (n) => `He left. ${repeatTo("?!", Math.max(0, n - 10))}x` },
  { name: "run of …", make: (n) => `He left. ${"…".repeat(Math.max(0, n - 10))}x` },
  {
    name: "spaces after capitals",
    // A dateline-like line of capitals, long enough to be a summary candidate, then spaces.
    make: (n) =>
      `He left.\n\nWASHINGTON AND NEW YORK ARE ON IT${" ".repeat(Math.max(0, n - 45))}x.`,
  },
  {
    name: "byline then spaces",
    make: (n) => `He left.\n\nBy Ann Lee and Bo Cy Dee Eve${" ".repeat(Math.max(0, n - 40))}x.`,
  },
  { name: "tiny paragraphs", make: (n) => repeatTo("a\n\nb\n\n", n) },
  {
    name: "quote-dense",
    make: (n) => repeatTo(`“Yes,” said Ann Lee. “No,” he said. She said “maybe” `, n),
  },
  {
    name: "organisation-dense",
    make: (n) => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < n; i++) {
        const p = organisationParagraph(i);
        parts.push(p);
        length += p.length + 2;
      }
      return parts.join("\n\n").slice(0, n);
    },
  },
  { name: "no punctuation", make: (n) => repeatTo("word ", n) },
];

/** The shape of that name (a test's or benchmark's typo fails loudly). */
export function shapeNamed(name: string): Shape {
  const shape = SHAPES.find((s) => s.name === name);
  if (shape === undefined) throw new Error(`no input shape named ${name}`);
  return shape;
}
