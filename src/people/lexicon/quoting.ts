// Words around quoted words that say whether they are speech: titles and labels, elisions, first
// person. Lower case unless a pattern says otherwise.

import { words } from "./words.ts";

/** Function words a title may keep in lower case: "Hour of Power", "Prayer: My Soul's Adventure with God". */
export const TITLE_SMALL_WORDS = words(
  "a an the of and or in on at to for with from by as but nor is vs via",
);

/** Words right before quoted words that name them rather than quote them. */
export const NAMING_WORDS = words(`
  titled entitled dubbed nicknamed named labelled labeled branded termed billed hashtag word words
  term terms phrase slogan motto catchphrase headline caption label tag search book memoir memoirs
  novel film movie show programme program series album song play article column essay poem
  documentary autobiography biography musical opera single sign banner placard website blog podcast
  magazine report
`);

/** Participles that, after a form of "be", make the quoted words a label: "could be described as". */
export const LABEL_PARTICIPLES = words(`
  described characterized characterised labelled labeled branded termed dubbed billed known called
  seen portrayed
`);

/** Elisions that start with an apostrophe and are never an opening quotation mark. */
export const ELISIONS = words(
  "em tis twas til cause n s d ll re ve m t bout round kay nuff cos ol",
);

/**
 * First-person words, for telling an interview (told in the first person) from a list of results
 * under names. "us" only in lower case: "US" is the country.
 */
export const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b/;

/**
 * First-person words with "we" contractions ("we're"), for telling an interview's paragraphs from
 * a list ("The plans include: - a ban on ..."). "us" only in lower case: "US" is the country.
 */
export const FIRST_PERSON_WITH_CONTRACTIONS =
  /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|us)\b/;

/**
 * Verbs whose object gets the subject's own characterisation, often in quotation marks: "called
 * the plan "a costly mistake"", "described the results as "rather weak"", "accused the council of
 * "dragging its feet"".
 */
export const CHARACTERISING_LEMMAS = words(
  "call describe dub label brand term characterise characterize accuse",
);

/** Words between such a verb and the quoted words that are no object: "as", "of being like a". */
export const CHARACTERISING_LINKS = words("as a an the of being like its his her their");

/** Particles that make "call" another verb: "call for", "called on", "called off". */
export const CALL_PARTICLES = words("for on off up in out back");

/** Conjunctions that join a quoted fragment to the one before: "as "reckless" and "shameful"". */
export const FRAGMENT_CONJUNCTIONS = words("and or but");

/** Possessive determiners that make "words" someone's: "in her words, "..."". */
export const POSSESSIVE_DETERMINERS = words("his her their its my our your");

/**
 * Prepositions after which capitalised quoted words are a title even with a cue beside them:
 * "In an interview on "Morning Talk," the senator said".
 */
export const TITLE_PREPOSITIONS = words("on in with from of at about into onto");
