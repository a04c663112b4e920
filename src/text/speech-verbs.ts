// The verbs that attribute speech, in every tense, and how strongly each one does.

import type { Lexeme } from "./lexer.ts";

/** Irregular verbs: lemma, then its other forms. */
const IRREGULAR: readonly string[] = [
  "say said says saying",
  "tell told tells telling",
  "write wrote written writes writing",
  "speak spoke spoken speaks speaking",
  "cry cried cries crying",
  "reply replied replies replying",
  "testify testified testifies testifying",
  "deny denied denies denying",
  "quip quipped quips quipping",
  "admit admitted admits admitting",
  "chat chatted chats chatting",
  "blog blogged blogs blogging",
  "text texted texts texting",
  "sing sang sung sings singing",
  "read reads reading",
  "repeat repeated repeats repeating",
  "plead pleaded pled pleads pleading",
  "snap snapped snaps snapping",
  "bemoan bemoaned bemoans bemoaning",
  "chime chimed chimes chiming",
  "remark remarked remarks remarking",
];

/** Regular verbs that introduce a quotation or reported speech. */
const REGULAR =
  "add ask answer respond explain insist warn claim argue note state declare announce tweet post " +
  "shout yell scream chant whisper mutter joke laugh sigh acknowledge concede confirm suggest " +
  "recall continue conclude observe comment mention report predict promise vow pledge boast " +
  "complain lament stress emphasise emphasize urge beg demand protest counter retort agree " +
  "disagree allege contend maintain assert affirm reckon describe call dub label brand term " +
  "praise criticise criticize condemn slam blast hail welcome champion dismiss reject decry " +
  "lambaste caution advise inform wonder muse murmur interject interrupt proclaim threaten " +
  "recount reveal disclose assure reassure reiterate confide confess brag gush rave fume scoff " +
  "sneer grumble groan moan howl bellow roar exclaim echo concur offer volunteer accuse charge " +
  "cite quote preach pray signal accuse tout question challenge mock ridicule characterize " +
  "characterise highlight underline liken";

/** Verbs that attribute a quotation directly ("...," X said); the rest mostly frame partial quotes. */
const DIRECT_LEMMAS = new Set(
  (
    "say tell write add ask answer reply respond explain insist warn claim argue note state declare " +
    "announce tweet post shout yell scream cry chant whisper mutter joke quip laugh sigh admit " +
    "acknowledge concede confirm deny suggest recall continue conclude observe comment mention " +
    "report predict promise vow pledge boast complain lament stress emphasise emphasize urge plead " +
    "beg demand protest counter retort snap agree disagree allege contend maintain assert affirm " +
    "reckon testify proclaim threaten recount reveal assure reassure reiterate confide confess " +
    "brag gush rave fume scoff sneer grumble groan moan howl bellow roar exclaim echo concur offer " +
    "volunteer read speak chime interject interrupt muse murmur wonder blog text sing preach pray " +
    "caution advise inform remark bemoan repeat"
  ).split(" "),
);

/** Verbs whose reported clause is speech: "Kelly said that...", "she denied that...". */
const REPORTING_LEMMAS = new Set(
  (
    "say tell add explain insist warn claim argue note state declare announce admit acknowledge " +
    "concede confirm deny suggest recall conclude observe report predict promise vow pledge boast " +
    "complain stress emphasise emphasize urge contend maintain assert affirm testify reveal assure " +
    "reiterate confess agree allege write tweet indicate"
  ).split(" "),
);

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

function buildForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lemma of REGULAR.split(" ")) {
    for (const form of regularForms(lemma)) forms.set(form, lemma);
  }
  for (const line of IRREGULAR) {
    const [lemma, ...rest] = line.split(" ");
    if (lemma === undefined) continue;
    for (const form of [lemma, ...rest]) forms.set(form, lemma);
  }
  forms.set("indicated", "indicate");
  forms.set("indicates", "indicate");
  return forms;
}

const FORMS = buildForms();

/** The lemma of a speech verb form ("said" → "say"), or undefined when the word is not one. */
export function speechLemma(word: string): string | undefined {
  return FORMS.get(word.toLowerCase());
}

/** True for verbs that attribute a whole quotation: "...," X said / added / told reporters. */
export function isDirectSpeechVerb(lemma: string): boolean {
  return DIRECT_LEMMAS.has(lemma);
}

/** True for verbs whose complement clause is reported speech. */
export function isReportingVerb(lemma: string): boolean {
  return REPORTING_LEMMAS.has(lemma);
}

/** Words after which a plain or -s form is a verb, not a noun: "they note", "to comment". */
export const VERB_CONTEXT_WORDS: ReadonlySet<string> = new Set(
  "to will would could should can may might must did does do i we you they he she it also often who".split(
    " ",
  ),
);

/** Speech-verb lemmas whose plain and -s forms are nouns as often: "state", "report", "claims". */
export const NOUN_LIKE_SPEECH_LEMMAS: ReadonlySet<string> = new Set(
  (
    "state post report note comment claim question call text charge offer answer reply tweet blog " +
    "quote echo counter champion welcome demand promise pledge vow protest label brand term signal " +
    "highlight challenge mock remark joke cry plea laugh sigh shout chant whisper blast slam " +
    "praise respond statement comment point message read add"
  ).split(" "),
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
  const lemma = lex?.word === true && !lex.cap ? speechLemma(lex.lower) : undefined;
  return lemma !== undefined && isDirectSpeechVerb(lemma);
}
