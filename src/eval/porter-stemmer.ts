// The Porter stemmer as NLTK's `PorterStemmer()` runs it by default (mode NLTK_EXTENSIONS), which
// is the stemmer Google's rouge-score uses. ROUGE numbers are only comparable with published ones
// when every token stems exactly as there, so this follows NLTK's rules, including its departures
// from the 1980 paper (irregular forms, "ies"/"ied" on four-letter words, y -> i, "alli", "logi").

/** A suffix rule: the suffix, its replacement and the condition on the stem left without it. */
type Rule = readonly [
  suffix: string,
  replacement: string,
  condition: ((stem: string) => boolean) | null,
];

/** Words NLTK maps straight to a paradigm form, bypassing the steps. */
const IRREGULAR = new Map<string, string>([
  ["sky", "sky"],
  ["skies", "sky"],
  ["dying", "die"],
  ["lying", "lie"],
  ["tying", "tie"],
  ["news", "news"],
  ["innings", "inning"],
  ["inning", "inning"],
  ["outings", "outing"],
  ["outing", "outing"],
  ["cannings", "canning"],
  ["canning", "canning"],
  ["howe", "howe"],
  ["proceed", "proceed"],
  ["exceed", "exceed"],
  ["succeed", "succeed"],
]);

/** Stems a word the way NLTK's default Porter stemmer does ("running" -> "run", "skies" -> "sky"). */
export function porterStem(word: string): string {
  // NLTK looks the word up before lower-casing it; rouge-score only ever passes lower case.
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  const lower = word.toLowerCase();
  // NLTK leaves words of one or two characters alone.
  if (lower.length <= 2) return lower;
  let stem = step1a(lower);
  stem = step1b(stem);
  stem = step1c(stem);
  stem = step2(stem);
  stem = step3(stem);
  stem = step4(stem);
  stem = step5a(stem);
  return step5b(stem);
}

function isVowelLetter(ch: string): boolean {
  return ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u";
}

/** A consonant is any letter but a, e, i, o, u, and but a y that follows a consonant. */
function isConsonant(word: string, i: number): boolean {
  // Iterative form of the paper's recursive definition: a y is a consonant when the letter before
  // it is not one, so walk back over the run of y's.
  let result = true;
  let j = i;
  while (j >= 0) {
    const ch = word[j] ?? "";
    if (isVowelLetter(ch)) {
      result = false;
      break;
    }
    if (ch !== "y" || j === 0) {
      result = true;
      break;
    }
    j--;
  }
  // Each y between j and i flips the answer of the letter before it.
  return (i - j) % 2 === 0 ? result : !result;
}

/** The paper's m: how many vowel-consonant sequences the stem has (one pass, so linear even on "yyyy..."). */
function measure(stem: string): number {
  let m = 0;
  let previousConsonant = false;
  let previousVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const ch = stem[i] ?? "";
    const consonant: boolean = isVowelLetter(ch)
      ? false
      : ch === "y"
        ? i === 0 || !previousConsonant
        : true;
    if (consonant && previousVowel) m++;
    previousVowel = !consonant;
    previousConsonant = consonant;
  }
  return m;
}

const positiveMeasure = (stem: string): boolean => measure(stem) > 0;
const measureAboveOne = (stem: string): boolean => measure(stem) > 1;

function containsVowel(stem: string): boolean {
  // A vowel letter, or a y after a consonant (which the first letter always is, when it is not a vowel).
  return /[aeiou]|.y/.test(stem);
}

function endsDoubleConsonant(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

/** The paper's *o (consonant-vowel-consonant, last not w, x or y), plus NLTK's two-letter vowel-consonant case. */
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n === 2) return !isConsonant(word, 0) && isConsonant(word, 1);
  return (
    n >= 3 &&
    isConsonant(word, n - 3) &&
    !isConsonant(word, n - 2) &&
    isConsonant(word, n - 1) &&
    !"wxy".includes(word[n - 1] ?? "")
  );
}

/** Applies the first rule whose suffix the word ends with; if its condition fails, no other rule is tried. */
function applyRules(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    return condition === null || condition(stem) ? stem + replacement : word;
  }
  return word;
}

function step1a(word: string): string {
  if (word.length === 4 && word.endsWith("ies")) return `${word.slice(0, 1)}ie`;
  return applyRules(word, [
    ["sses", "ss", null],
    ["ies", "i", null],
    ["ss", "ss", null],
    ["s", "", null],
  ]);
}

function step1b(word: string): string {
  if (word.endsWith("ied")) return word.length === 4 ? word.slice(0, 3) : word.slice(0, -2);
  if (word.endsWith("eed")) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? `${stem}ee` : word;
  }
  let stem: string | null = null;
  for (const suffix of ["ed", "ing"]) {
    if (word.endsWith(suffix) && containsVowel(word.slice(0, -suffix.length))) {
      stem = word.slice(0, -suffix.length);
      break;
    }
  }
  if (stem === null) return word;
  if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) return `${stem}e`;
  if (endsDoubleConsonant(stem))
    return "lsz".includes(stem.at(-1) ?? "") ? stem : stem.slice(0, -1);
  return measure(stem) === 1 && endsCvc(stem) ? `${stem}e` : stem;
}

function step1c(word: string): string {
  if (!word.endsWith("y")) return word;
  const stem = word.slice(0, -1);
  return stem.length > 1 && isConsonant(stem, stem.length - 1) ? `${stem}i` : word;
}

const STEP2_RULES: readonly Rule[] = [
  ["ational", "ate", positiveMeasure],
  ["tional", "tion", positiveMeasure],
  ["enci", "ence", positiveMeasure],
  ["anci", "ance", positiveMeasure],
  ["izer", "ize", positiveMeasure],
  ["bli", "ble", positiveMeasure],
  ["alli", "al", positiveMeasure],
  ["entli", "ent", positiveMeasure],
  ["eli", "e", positiveMeasure],
  ["ousli", "ous", positiveMeasure],
  ["ization", "ize", positiveMeasure],
  ["ation", "ate", positiveMeasure],
  ["ator", "ate", positiveMeasure],
  ["alism", "al", positiveMeasure],
  ["iveness", "ive", positiveMeasure],
  ["fulness", "ful", positiveMeasure],
  ["ousness", "ous", positiveMeasure],
  ["aliti", "al", positiveMeasure],
  ["iviti", "ive", positiveMeasure],
  ["biliti", "ble", positiveMeasure],
  ["fulli", "ful", positiveMeasure],
  // NLTK keeps the "l" with the stem here, so "geologi" qualifies like "archaeologi".
  ["logi", "log", (stem) => positiveMeasure(`${stem}l`)],
];

function step2(word: string): string {
  // NLTK applies "alli" -> "al" first and, when it fires, runs step 2 again on the result.
  if (word.endsWith("alli") && positiveMeasure(word.slice(0, -4))) {
    return step2(`${word.slice(0, -4)}al`);
  }
  return applyRules(word, STEP2_RULES);
}

const STEP3_RULES: readonly Rule[] = [
  ["icate", "ic", positiveMeasure],
  ["ative", "", positiveMeasure],
  ["alize", "al", positiveMeasure],
  ["iciti", "ic", positiveMeasure],
  ["ical", "ic", positiveMeasure],
  ["ful", "", positiveMeasure],
  ["ness", "", positiveMeasure],
];

function step3(word: string): string {
  return applyRules(word, STEP3_RULES);
}

const STEP4_RULES: readonly Rule[] = [
  ["al", "", measureAboveOne],
  ["ance", "", measureAboveOne],
  ["ence", "", measureAboveOne],
  ["er", "", measureAboveOne],
  ["ic", "", measureAboveOne],
  ["able", "", measureAboveOne],
  ["ible", "", measureAboveOne],
  ["ant", "", measureAboveOne],
  ["ement", "", measureAboveOne],
  ["ment", "", measureAboveOne],
  ["ent", "", measureAboveOne],
  ["ion", "", (stem) => measureAboveOne(stem) && /[st]$/.test(stem)],
  ["ou", "", measureAboveOne],
  ["ism", "", measureAboveOne],
  ["ate", "", measureAboveOne],
  ["iti", "", measureAboveOne],
  ["ous", "", measureAboveOne],
  ["ive", "", measureAboveOne],
  ["ize", "", measureAboveOne],
];

function step4(word: string): string {
  return applyRules(word, STEP4_RULES);
}

function step5a(word: string): string {
  if (!word.endsWith("e")) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

function step5b(word: string): string {
  return word.endsWith("ll") && measure(word.slice(0, -1)) > 1 ? word.slice(0, -1) : word;
}
