// Small closed classes each read at one place: the prepositions allowed after a head, auxiliary
// and determiner sets narrower or wider than grammar.ts's, and the words that end or follow a
// cue's name. Each set is its own list on purpose: merging two that differ would change what is
// read. Lower case throughout.

import { words } from "./words.ts";

/** Prepositions that tie a spokesperson or an unnamed voice to an organisation: "spokeswoman for". */
export const SPEAKS_FOR_PREPOSITIONS = words("for of at from");

/** Prepositions after a role that name its organisation: "chief executive of", "director at". */
export const ROLE_OF_PREPOSITIONS = words("for of at");

/** Prepositions after an anonymous person's noun that tie them to something: "a source close to". */
export const ANONYMOUS_HEAD_PREPOSITIONS = words("for of at from to");

/** Words before "a ..." that make it a comparison, not a person: "as a", "like a", "than a". */
export const COMPARISON_WORDS = words("as like than");

/** Prepositions that may follow an inverted subject's head: "said the head of", "said a man in". */
export const SUBJECT_HEAD_PREPOSITIONS = words("for of at from with in on");

/** Prepositions that tie a subject before its verb to an owner: "a spokesman for", "officials in". */
export const OWNER_PREPOSITIONS = words("of for from at in with to");

/** Words that carry an organisation's name on after an organisation word: "Institute for", "and". */
export const ORG_LINK_WORDS = words("for on and");

/** Prepositions inside an organisation's name: "Bank of", "Centre for", "Commission on". */
export const ORG_INNER_PREPOSITIONS = words("of for on");

/** "the words of", "the message from": the preposition before a quotation's owner. */
export const SOURCE_PREPOSITIONS = words("of from");

/** Words that may stand between a description's head and its verb: "the official was", "also". */
export const DESCRIPTION_AUXILIARIES = words("is was has had will would could also");

/** Words a description's match ignores: determiners and time modifiers ("the former minister"). */
export const DESCRIPTION_IGNORED = words("the this that his her former then new current");

/** Auxiliaries and modals that are finite: "Her deputy, X, is" (not "do"). */
export const FINITE_AUXILIARIES = words(`
  is are was were has have had will would could should can may might must does did
`);

/** Auxiliaries, modals and "be"/"do" forms a verb-like word in a run may be. */
export const RUN_AUXILIARIES = words(`
  have has had is was were are be been will would can could should may might must do does did
`);

/** The forms of "be" a passive is built with ("am" aside: no speaker is "I"). */
export const PASSIVE_BE_FORMS = words("is are was were be been being");

/** Adverbs that may stand between a form of "be" and its participle ("also", "often"). */
export const PASSIVE_ADVERBS = words("also once often now even");

/** Words that open a noun phrase before its role: "her deputy", "its planning director". */
export const ROLE_OPENERS = words("the a an his her its their our my your");

/** Determiners before an organisation's possessive role: "the company's", "their club's". */
export const OWNER_DETERMINERS = words("a an the its their");

/** Singular indefinite determiners: "a spokeswoman", "one victim", "another witness". */
export const INDEFINITES = words("a an one another");

/** Relative pronouns that open a clause about a role: "who", "which", "that". */
export const RELATIVE_PRONOUNS = words("who which that");

/** Words that open "Those were the words of X" before a quotation's owner. */
export const DEMONSTRATIVE_OPENERS = words("that those these such");

/** Past and present forms of "be" in "Those were the words of". */
export const COPULA_FORMS = words("was were is are");

/** Conjunctions that join a second verb to a cue's subject: "X said and added". */
export const VERB_CONJUNCTIONS = words("and but then");

/** Words before a name that a cue reads past: "per X", "as X said". */
export const CUE_SKIPPED_WORDS = words("per as");

/** Words between "it" and its verb of saying: "it also said", "it has previously warned". */
export const IT_BEFORE_VERB = words(
  "also has had have would will could previously later then again further earlier",
);

/** Words that open a clause inside another one: its subject is not the sentence's main one. */
export const SUBORDINATING = words(`
  that when while as after before because if although though since until whereas once
`);

/** Words that open a subordinate clause put before its sentence's main clause. */
export const FRONTED_SUBORDINATORS = words(`
  after when while before because although though once until whereas
`);

/** Words after an inverted "said Okafor" that end the cue: "said Okafor afterwards", "..., who". */
export const INVERTED_TAIL = words(`
  afterwards later yesterday today tonight recently earlier last on at in after before when as while
  who of
`);

/** Words right before a one-word name that make it no subject: "the", "for", "told". */
export const NOT_BEFORE_SUBJECT = words(
  "the a an for of at in to from with by on & tells told asks asked",
);

/**
 * Words that may follow the name after an inverted verb without starting a clause of their own:
 * prepositions, relatives, a second verb of saying, and time words ("said Okafor afterwards").
 */
export const NAME_FOLLOWERS = words(`
  of at for from in on with who which and told wrote said says after before during outside later
  earlier yesterday today tonight last this when while as afterwards afterward then now again too
  also recently previously simply
`);
