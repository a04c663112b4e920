// The verbs that attribute speech, in every tense, and what each one does: one table, one row a verb.

import type { Lexeme } from "./lexer.ts";

/**
 * What a speech verb does besides introducing speech:
 * - direct: attributes a whole quotation ("...," X said / added / told reporters);
 * - reporting: its complement clause is reported speech ("Kelly said that...", "she denied that...");
 * - noun: its plain and -s forms are nouns as often ("state", "report", "claims");
 * - intention: with "to", reports an intention ("promised to focus on housing");
 * - addressed: takes the one told or asked as its object ("told reporters", "asked him").
 */
export type SpeechVerbFlag = "direct" | "reporting" | "noun" | "intention" | "addressed";

/**
 * Every speech verb: its lemma; after a colon, its forms when they are not the regular ones (the
 * lemma is a form only when listed); after a bar, its flags.
 */
const SPEECH_VERBS: readonly string[] = [
  "accuse",
  "acknowledge | direct reporting",
  "add | direct reporting noun",
  "admit: admit admitted admits admitting | direct reporting",
  "advise | direct",
  "affirm | direct reporting",
  "agree | direct reporting intention",
  "allege | direct reporting",
  "announce | direct reporting",
  "answer | direct noun",
  "argue | direct reporting",
  "ask | direct addressed",
  "assert | direct reporting",
  "assure | direct reporting",
  "bark | direct",
  "beam | direct",
  "beg | direct",
  "bellow | direct",
  "bemoan | direct",
  "blast | noun",
  "blog: blog blogged blogs blogging | direct noun",
  "boast | direct reporting",
  "brag | direct",
  "brand | noun",
  "call | noun",
  "caution | direct",
  "challenge | noun",
  "champion | noun",
  "chant | direct noun",
  "characterise",
  "characterize",
  "charge | noun",
  "chat: chat chatted chats chatting",
  "chime | direct",
  "cite",
  "claim | direct reporting noun",
  "comment | direct noun",
  "complain | direct reporting",
  "concede | direct reporting",
  "conclude | direct reporting",
  "concur | direct",
  "condemn",
  "confess | direct reporting",
  "confide | direct",
  "confirm | direct reporting",
  "contend | direct reporting",
  "continue | direct",
  "counter | direct noun",
  "criticise",
  "criticize",
  "cry: cry cried cries crying | direct noun",
  "declare | direct reporting",
  "decry",
  "demand | direct noun",
  "deny: deny denied denies denying | direct reporting",
  "describe",
  "disagree | direct",
  "disclose",
  "dismiss",
  "dub: dub dubs dubbed dubbing",
  "echo | direct noun",
  "emphasise | direct reporting",
  "emphasize | direct reporting",
  "exclaim | direct",
  "explain | direct reporting",
  "fume | direct",
  "groan | direct",
  "grumble | direct",
  "gush | direct",
  "hail",
  "highlight | noun",
  "howl | direct",
  "indicate: indicated indicates | reporting",
  "inform | direct",
  "insist | direct reporting",
  "interject | direct",
  "interrupt | direct",
  "joke | direct noun",
  "label: label labels labelled labelling labeled labeling | noun",
  "lambaste",
  "lament | direct",
  "laugh | direct noun",
  "liken",
  "maintain | direct reporting",
  "mention | direct",
  "moan | direct",
  "mock | noun",
  "murmur | direct",
  "muse | direct",
  "mutter | direct",
  "note | direct reporting noun",
  "observe | direct reporting",
  "offer | direct noun",
  "opine | direct reporting",
  "plead: plead pleaded pled pleads pleading | direct",
  "pledge | direct reporting noun intention",
  "post | direct noun",
  "praise | noun",
  "pray | direct",
  "preach | direct",
  "predict | direct reporting",
  "proclaim | direct",
  "promise | direct reporting noun intention",
  "protest | direct noun",
  "question | noun",
  "quip: quip quipped quips quipping | direct",
  "quote | noun",
  "rave | direct",
  "read: read reads reading | direct noun",
  "reassure | direct",
  "recall | direct reporting",
  "reckon | direct",
  "recount | direct",
  "reiterate | direct reporting",
  "reject",
  "remark | direct noun",
  "repeat | direct",
  "reply: reply replied replies replying | direct noun",
  "report | direct reporting noun",
  "respond | direct noun",
  "retort | direct",
  "reveal | direct reporting",
  "ridicule",
  "roar | direct",
  "say: say said says saying | direct reporting",
  "scoff | direct",
  "scream | direct",
  "shout | direct noun",
  "sigh | direct noun",
  "signal | noun",
  "sing: sing sang sung sings singing | direct",
  "slam | noun",
  "snap: snap snapped snaps snapping | direct",
  "sneer | direct",
  "speak: speak spoke spoken speaks speaking | direct",
  "state | direct reporting noun",
  "stress | direct reporting",
  "suggest | direct reporting",
  "tell: tell told tells telling | direct reporting addressed",
  "term | noun",
  "testify: testify testified testifies testifying | direct reporting",
  "text | direct noun",
  "threaten | direct intention",
  "tout",
  "tweet | direct reporting noun",
  "underline",
  "urge | direct reporting intention",
  "volunteer | direct",
  "vow | direct reporting noun intention",
  "warn | direct reporting intention",
  "welcome | noun",
  "whisper | direct noun",
  "wonder | direct",
  "write: write wrote written writes writing | direct reporting",
  "yell | direct",
];

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

interface SpeechVerbTable {
  /** Each form's lemma ("said" → "say"). */
  readonly forms: Map<string, string>;
  /** Each lemma's flags. */
  readonly flags: Map<string, ReadonlySet<SpeechVerbFlag>>;
}

function readTable(rows: readonly string[]): SpeechVerbTable {
  const forms = new Map<string, string>();
  const flags = new Map<string, ReadonlySet<SpeechVerbFlag>>();
  for (const row of rows) {
    const [head = "", flagList = ""] = row.split(" | ");
    const [lemma = "", formList] = head.split(": ");
    const own = formList === undefined ? regularForms(lemma) : formList.split(" ");
    for (const form of own) forms.set(form, lemma);
    const set = new Set(flagList.split(" ").filter((f) => f !== "") as SpeechVerbFlag[]);
    flags.set(lemma, set);
  }
  return { forms, flags };
}

const TABLE = readTable(SPEECH_VERBS);

/** The lemma of a speech verb form ("said" → "say"), or undefined when the word is not one. */
export function speechLemma(word: string): string | undefined {
  return TABLE.forms.get(word.toLowerCase());
}

/**
 * `speechLemma` of a word already in lower case (a lexeme's `lower`): the same answer without
 * lower-casing it again, which doubled the cost of a look-up made at nearly every lexeme.
 */
export function speechLemmaOfLower(lower: string): string | undefined {
  return TABLE.forms.get(lower);
}

/** True when the speech verb `lemma` has `flag` in the table. */
export function hasSpeechVerbFlag(lemma: string, flag: SpeechVerbFlag): boolean {
  return TABLE.flags.get(lemma)?.has(flag) === true;
}

/** True for verbs that attribute a whole quotation: "...," X said / added / told reporters. */
export function isDirectSpeechVerb(lemma: string): boolean {
  return hasSpeechVerbFlag(lemma, "direct");
}

/** True for verbs whose complement clause is reported speech. */
export function isReportingVerb(lemma: string): boolean {
  return hasSpeechVerbFlag(lemma, "reporting");
}

/** Speech-verb lemmas whose plain and -s forms are nouns as often: "state", "report", "claims". */
export const NOUN_LIKE_SPEECH_LEMMAS: ReadonlySet<string> = new Set(
  [...TABLE.flags].flatMap(([lemma, set]) => (set.has("noun") ? [lemma] : [])),
);

/** Words after which a plain or -s form is a verb, not a noun: "they note", "to comment". */
export const VERB_CONTEXT_WORDS: ReadonlySet<string> = new Set(
  "to will would could should can may might must did does do i we you they he she it also often who".split(
    " ",
  ),
);

/** The words after "as" that make "X quoted Y as saying" report Y's words. */
export const QUOTED_AS_PARTICIPLES: ReadonlySet<string> = new Set([
  "saying",
  "telling",
  "stating",
  "having",
  "describing",
  "calling",
  "warning",
]);

/** A lower-case word that is a verb of saying direct speech ("said", "says", "told"). */
export function isSpeechVerbLexeme(lex: Lexeme | undefined): boolean {
  const lemma = lex?.word === true && !lex.cap ? speechLemmaOfLower(lex.lower) : undefined;
  return lemma !== undefined && isDirectSpeechVerb(lemma);
}

/** Forms that introduce a whole quotation right before it: after said "...", the words are not partial. */
export const QUOTE_INTRODUCING_FORMS: ReadonlySet<string> = new Set(
  "said says told asked added tweeted wrote declared replied answered".split(" "),
);

/** A speech verb anywhere in a text: a paragraph that has one is prose, not a headline. */
export const SPEECH_VERB_IN_TEXT =
  /\b(said|says|told|tells|added|adds|asked|wrote|writes|insisted|warned|claimed)\b/;

/** Verbs that introduce an interview but are no verbs of saying elsewhere: "X talks about Y:". */
export const INTERVIEW_INTRO_FORMS: ReadonlySet<string> = new Set(
  "talk talks talked talking speaks spoke speaking".split(" "),
);

/** Verbs that end a clause right before a role: "said union leader X" keeps "said" out of the role. */
export const VERBS_BEFORE_ROLE: ReadonlySet<string> = new Set(
  "said says told tells added asked wrote according called named appointed met replaced beat hired fired sacked elected".split(
    " ",
  ),
);

/** Forms of "tell" and "ask", whose object is the hearer, not the speaker: "told Okafor". */
export const TELL_ASK_FORMS: ReadonlySet<string> = new Set("told asked tells asks".split(" "));

/** "said" and "says": "So says X". */
export const SAID_SAYS: ReadonlySet<string> = new Set(["said", "says"]);
