// Words that are never names: function words and calendar words, and the words that stand around
// a clause's subject (determiners, auxiliaries and adverbs, group subjects). Lower case throughout.

import { words } from "./words.ts";

/** Capitalised words that begin sentences or headlines but are never names. */
export const FUNCTION_WORDS = words(`
  the a an and but or nor so yet for in on at by to from with without of off into onto over under
  after before during since until till while when where why how what which who whom whose that this
  these those there here then now thus also still just only even already however meanwhile moreover
  furthermore nevertheless nonetheless instead indeed finally eventually later earlier recently today
  yesterday tomorrow tonight last next first second third once some many most much more few several
  all both each every either neither no not none nothing nobody everyone everybody someone somebody
  anyone anybody it its he she they we i you me him her them us his hers their theirs our ours your
  my mine if although though because as unless whether per according like unlike despite among
  between through throughout against within along across around behind beyond near upon via amid
  yes oh well please thanks thank one two three four five six seven eight nine ten dear sorry
  another other such same any above below while whilst lest whatever whoever whichever wherever
  photo photograph image picture video caption credit source sources update updated editor note
  read watch listen see click follow share subscribe advertisement related more latest breaking
  e-mail email mr mrs ms dr sir others maybe perhaps let look
`);

/** Months, days and other capitalised words that are never a speaker. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  christmas easter ramadan hanukkah thanksgiving halloween
`);

/**
 * Determiners that open a noun phrase standing for someone the article leaves unnamed when it is a
 * cue's subject ("a resident said", "said their spokesman"). Distinct from DESCRIPTION_DETERMINERS.
 */
export const SUBJECT_DETERMINERS = words(`
  a an the some many one two several another his her its their
`);

/**
 * Determiners that open a description reference to a person in the text ("the president", "this
 * official"); "his"/"her" are handled beside them because they also mark possession.
 */
export const DESCRIPTION_DETERMINERS = words("the this that");

/** Words that may stand between a subject and its verb: "Kelly further suggested", "is quoted as". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(
  (
    "is was were are be been being has have had will would could should can may might must do " +
    "does did also then later further initially only just still again once first now previously " +
    "recently reportedly repeatedly simply finally quickly immediately never always often not ever " +
    "already even however too quoted as himself herself themselves itself publicly privately " +
    "separately earlier subsequently angrily flatly"
  ).split(" "),
);

/**
 * Subject words that stand for a group or for people the article does not name ("they said", "critics
 * say", "police said"), so the subject reader does not take them for a named speaker.
 */
export const GROUP_SUBJECTS: ReadonlySet<string> = new Set(
  (
    "they we i you it one crowds crowd people officials sources witnesses residents critics " +
    "supporters protesters analysts experts observers aides insiders reports others many some " +
    "fans voters workers students parents neighbours neighbors colleagues friends viewers " +
    "several someone somebody anyone everyone nobody police"
  ).split(" "),
);

/** Words after which a noun phrase starts a clause. */
export const CLAUSE_OPENERS = words(`
  but so yet when while as after before because if that although though since until then whereas
  once meanwhile however also still earlier later yesterday today now
`);

/** Words that may follow an epithet that ends its phrase: a verb, "who", an auxiliary. */
export const AFTER_EPITHET = words("who is was has had will would could also then later");

/** Words that open a reported clause right after its verb: "said the", "said he", "said there". */
export const CLAUSE_STARTS = words(`
  the a an he she they it his her their its there this these those we i you our my your
`);

/** Quantities that open a clause's subject: "said about 4,000 families", "said some residents". */
export const QUANTIFIERS = words(`
  about some more most many nearly almost all few several every each both no two three four five
  six seven eight nine ten dozens hundreds thousands
`);

/** Prepositions that may follow the head of a bare subject: "morale among crews was". */
export const NOUN_PREPOSITIONS = words("of among in at on for from with");

/** The articles. */
export const ARTICLES = words("the a an");

/** Auxiliary and modal verbs that follow a bare subject: "said officers were called". */
export const AUXILIARY_VERBS = words(`
  was were is are had have has will would could should can may might must did do does
`);

/** The forms of "be". */
export const BE_FORMS = words("be been being is was were are am");

/** Pronouns and institutions that are told, after "told": "told him", "told police". */
export const HEARERS = words("him her them us me police parliament congress");

/** Determiners that open a short audience after "told": "told a news conference", "told the jury". */
export const AUDIENCE_DETERMINERS = words("a an the his her their its");

/** Subject pronouns. */
export const SUBJECT_PRONOUNS = words("it he she they we i you");

/** Words of time besides the calendar's: "today", "morning", "later". */
export const TIME_WORDS = words(`
  today yesterday tonight morning afternoon evening night week weekend month year earlier later
`);

/** Words that open a short time or circumstance phrase after a verb: "said on Friday", "said last week". */
export const TIME_PHRASE_OPENERS = words("on in at during after before last this late early");

/** Days and months that follow a name ("Luis Videgaray Thursday") but never belong to it. */
export const DAYS_AND_MONTHS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february september october
  november december
`);

/** Third-person pronouns that stand for a person, and the gender each says. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["he", "male"],
  ["him", "male"],
  ["his", "male"],
  ["she", "female"],
  ["her", "female"],
]);

/** Plural nouns of groups after an organisation's name: "Unite workers", "NHS staff". */
export const GROUP_PLURALS = words(`
  workers officials residents people members voters students fans staff employees leaders families
  farmers drivers nurses doctors teachers activists protesters investors lawmakers troops police
  prisoners patients parents children women men authorities officers management rescuers witnesses
  critics neighbours neighbors locals villagers campaigners supporters opponents sources insiders
  aides organisers organizers demonstrators passengers relatives unions groups companies firms banks
  businesses charities agencies governments hospitals schools
`);

/** Group subjects that name nobody who spoke: "they", "some", "sources", "police". */
export const UNNAMING_GROUP_WORDS = words(`
  they we i you it one people sources reports others many some several someone somebody anyone
  everyone nobody police officials
`);
