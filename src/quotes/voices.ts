import {
  DOCUMENT_NOUNS,
  GROUP_SUBJECTS,
  SPOKES_NOUNS,
  UNNAMING_GROUP_WORDS,
} from "../people/lexicon.ts";
import { speechLemma } from "../text/speech-verbs.ts";
import type { Quote } from "./quote.ts";

/** Group words that name who spoke, unlike "they", "some" or "sources" (which name nobody). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(
  [...GROUP_SUBJECTS].filter((w) => !UNNAMING_GROUP_WORDS.has(w)),
);

/** An unnamed voice the article lets speak: a group ("protesters") or a document ("the statement"). */
export interface Voice {
  readonly name: string;
  readonly type: "group" | "document";
}

/**
 * The group or document a quotation's cue makes speak, when the article names no speaker for it:
 * "Protesters chanted", "the residents said", "The statement added". The subject is read from the
 * cue's words before its verb of saying (after it when inverted: "said the report").
 */
export function voiceOf(quote: Quote): Voice | undefined {
  if (quote.speaker !== null || quote.cue === undefined) return undefined;
  const words = quote.cue.text.split(/[^\p{L}'-]+/u).filter((w) => w !== "");
  const verb = words.findIndex((w) => speechLemma(w) !== undefined);
  // "His letter quotes from a handbook": the words are the handbook's, not the letter's.
  if (verb < 0 || speechLemma(words[verb] as string) === "quote") return undefined;
  const subject = verb > 0 ? words.slice(0, verb) : words.slice(1, 4);
  // "a spokesman for the supporters' club said": a spokesperson speaks for an organisation.
  if (subject.some((w) => SPOKES_NOUNS.has(w.toLowerCase()))) return undefined;
  for (let k = subject.length - 1; k >= 0; k--) {
    const lower = (subject[k] as string).toLowerCase();
    const type = DOCUMENT_NOUNS.has(lower)
      ? "document"
      : GROUP_NOUNS.has(lower)
        ? "group"
        : undefined;
    if (type === undefined) continue;
    const det = subject[k - 1]?.toLowerCase();
    const name = det === "the" ? `the ${lower}` : lower;
    return { name, type };
  }
  return undefined;
}

/** The distinct voices of a list of quotations, in the order they first speak. */
export function voicesOf(quotes: readonly Quote[]): Voice[] {
  const out = new Map<string, Voice>();
  for (const quote of quotes) {
    const voice = voiceOf(quote);
    if (voice !== undefined && !out.has(voice.name)) out.set(voice.name, voice);
  }
  return [...out.values()];
}
