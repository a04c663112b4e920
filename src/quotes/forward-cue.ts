import type { People } from "../people/descriptions.ts";
import { COPULA_FORMS, DEMONSTRATIVE_OPENERS, SOURCE_PREPOSITIONS } from "../people/lexicon.ts";
import { type Lexeme, NOT_QUOTED } from "../text/lexer.ts";
import { SAID_SAYS } from "../text/speech-verbs.ts";
import type { Cue, QuoteWindow } from "./cues.ts";
import { NOBODY } from "./subject.ts";
import { subjectAfter } from "./subject-after.ts";

/** How far into the next sentence its "of" may stand: "Those were the words of". */
const MAX_HEAD_WORDS = 6;
/** How far after "of" the speaker's name may end: "the club's president, António Rocha". */
const MAX_SPEAKER_LEXEMES = 14;

/**
 * A quotation alone in its paragraph, named by the sentence that opens the next one: “We are not a
 * supermarket.” / Those were the words of the club's president, António Rocha. / So says Ana Ruiz.
 */
export function forwardCue(people: People, w: QuoteWindow): Cue | undefined {
  const { lexemes } = people;
  const open = lexemes[w.open] as Lexeme;
  if (lexemes[w.open - 1]?.paragraph === open.paragraph) return undefined;
  let k = w.after;
  while (lexemes[k] !== undefined && !(lexemes[k] as Lexeme).word) k++;
  const first = lexemes[k];
  if (first === undefined || first.paragraph === open.paragraph || first.quote !== NOT_QUOTED) {
    return undefined;
  }
  if (lexemes[k - 1] !== undefined && (lexemes[k - 1] as Lexeme).paragraph === first.paragraph) {
    return undefined;
  }
  const of = speakerOpening(lexemes, k);
  if (of === undefined) return undefined;
  let end = of;
  while (end - of < MAX_SPEAKER_LEXEMES && lexemes[end + 1]?.sentence === first.sentence) end++;
  const s = subjectAfter(people, of, end);
  if (s === undefined || s.entity === NOBODY) return undefined;
  return {
    rule: "next-paragraph",
    subject: { first: s.first, last: s.last },
    entity: s.entity,
    first: k,
    last: s.last,
    adjacent: false,
  };
}

/** The lexeme before the speaker: after "Those were the words of", "the message from", "So says". */
function speakerOpening(lexemes: readonly Lexeme[], k: number): number | undefined {
  const first = lexemes[k] as Lexeme;
  const second = lexemes[k + 1]?.lower ?? "";
  if (first.lower === "so" && SAID_SAYS.has(second)) return k + 1;
  if (!DEMONSTRATIVE_OPENERS.has(first.lower) || !COPULA_FORMS.has(second)) {
    return undefined;
  }
  let of = k + 2;
  while (
    of - k <= MAX_HEAD_WORDS &&
    lexemes[of]?.word === true &&
    !SOURCE_PREPOSITIONS.has(lexemes[of]?.lower ?? "")
  )
    of++;
  return SOURCE_PREPOSITIONS.has(lexemes[of]?.lower ?? "") ? of : undefined;
}

/** Words that may follow a speech verb before it opens a quotation: "writes back:", "said again:". */
const VERB_PARTICLES = new Set(["back", "again", "later", "simply"]);

/**
 * True when the speech verb at `m`, after a quotation that ended its sentence, introduces the next
 * one: a colon right before the next opening mark, or a comma when the next quotation starts a
 * sentence. A split quotation's cue ("“Yes,” he said, “and...”") is shared by both parts.
 */
export function opensNextQuotation(people: People, w: QuoteWindow, m: number): boolean {
  const { lexemes } = people;
  const k = VERB_PARTICLES.has(lexemes[m + 1]?.lower ?? "") ? m + 2 : m + 1;
  const mark = lexemes[k + 1];
  const inside = lexemes[k + 2];
  // The window ends at the next quotation, its last lexeme the verb's colon or the one before.
  if (k < w.ceiling || k > w.ceiling + 1 || mark === undefined || !/^["“‘']$/.test(mark.text))
    return false;
  if (inside === undefined || inside.quote < 0) return false;
  // A quotation inside a sentence shares its cue: his "warmest congratulations", saying: "...".
  if (!/^[.?!]$/.test(lexemes[w.after - 2]?.text ?? "")) return false;
  const punct = lexemes[k]?.text;
  // "“Why now?” Mills writes back, “You look fine.”": a new sentence opens the next quotation.
  return punct === ":" || (punct === "," && inside.cap && inside.text !== "I");
}
