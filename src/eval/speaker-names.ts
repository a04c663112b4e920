/** Titles and honorifics the scoring protocol ignores when it compares two speaker names. */
const IGNORED = new Set(
  (
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father rabbi imam " +
    "pope king queen prince princess president vice sen senator rep representative congressman " +
    "congresswoman gov governor gen general lt col colonel capt captain sgt adm admiral mayor " +
    "judge secretary minister prime chancellor ambassador chief deputy former the " +
    // Generational suffixes: "Vann R. Newkirk II" is Vann R. Newkirk.
    "jr sr ii iii iv"
  ).split(" "),
);

/**
 * The words of a name that count for identity: lower case, without dots, titles or honorifics, and
 * without an apposition after a comma ("Patrick McGinley, a law professor at ..." as some silver
 * names of polnear-dev read).
 */
export function nameWords(name: string): string[] {
  return withoutApposition(name)
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, " ")
    .split(/[\s,]+/)
    .filter((word) => word !== "" && !IGNORED.has(word));
}

/** Words that open an apposition after a name's comma: ", a law professor", ", who represents". */
const APPOSITION_OPENERS = new Set(["a", "an", "the", "who", "whose", "of"]);

/** The name before a comma that opens an apposition, else the whole name ("Martin Luther King, Jr."). */
function withoutApposition(name: string): string {
  const comma = name.indexOf(",");
  if (comma < 0) return name;
  const next =
    name
      .slice(comma + 1)
      .trimStart()
      .split(" ", 1)[0]
      ?.toLowerCase() ?? "";
  return APPOSITION_OPENERS.has(next) ? name.slice(0, comma) : name;
}

/**
 * True when two speaker names denote the same person under the scoring protocol: equal ignoring
 * case, titles, honorifics and a leading "The", or one is a surname alone that ends the other (or
 * starts it, for a name written family name first: "Ban" and "Ban Ki-moon"). A
 * surname may be several words ("Le Pen" ends "Marine Le Pen", "Jackson Lee" ends "Sheila Jackson
 * Lee"): the shorter name's words end the longer one's.
 */
export function sameSpeaker(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const a = nameWords(predicted);
  const b = nameWords(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(" ") === b.join(" ")) return true;
  if (isAcronymOf(a, gold) || isAcronymOf(b, predicted)) return true;
  if (isFamilyNameOf(a, gold) || isFamilyNameOf(b, predicted)) return true;
  return (endsWith(b, a) && !isFamilyFirst(gold)) || (endsWith(a, b) && !isFamilyFirst(predicted));
}

/**
 * A Korean given name as romanised in the news: a capital, then a hyphen and a lower-case
 * syllable ("Ki-moon", "Jong-un", "Jae-in"). A name that ends in one is written family name first.
 */
const FAMILY_FIRST_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** True when the name ends in a given name that marks it as written family name first. */
function isFamilyFirst(name: string): boolean {
  const parts = withoutApposition(name).trim().split(/\s+/);
  return parts.length >= 2 && FAMILY_FIRST_GIVEN.test(parts[parts.length - 1] ?? "");
}

/**
 * True when `words` is one word that is the family name of `other` written family name first:
 * "Ban" is the surname of "Ban Ki-moon", as "Blair" is of "Tony Blair".
 */
function isFamilyNameOf(words: readonly string[], other: string): boolean {
  return words.length === 1 && isFamilyFirst(other) && nameWords(other)[0] === words[0];
}

/** True when `tail` is shorter than `words` and its words are their last ones. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length >= words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((word, i) => words[offset + i] === word);
}

/** Words that an acronym skips: "RAD" is the Royal Academy of Dance. */
const ACRONYM_SKIPS = new Set(["of", "the", "and", "for", "&"]);

/** True when `words` is one word that spells the initials of the other name ("RAD", "Royal Academy of Dance"). */
function isAcronymOf(words: readonly string[], other: string): boolean {
  if (words.length !== 1) return false;
  const initials = other
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== "" && !ACRONYM_SKIPS.has(w))
    .map((w) => w[0])
    .join("");
  return initials.length >= 2 && initials === words[0];
}
