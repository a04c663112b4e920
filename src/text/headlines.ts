import type { Paragraph } from "./span.ts";
import { SPEECH_VERB_IN_TEXT } from "./speech-verbs.ts";

const SMALL = new Set(
  "a an the of and or in on at to for with from by as but is are be vs".split(" "),
);

/**
 * Paragraphs that are headlines, captions or credits rather than prose: no final punctuation and
 * either title case or the article's first line. Quotations there summarise, they are not speech.
 */
export function headlineParagraphs(text: string, paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  // A text of one paragraph is the article itself, whatever it looks like.
  if (paragraphs.length < 2) return out;
  for (const p of paragraphs) {
    if (p.end - p.start > 300) continue;
    const body = text.slice(p.start, p.end);
    const terminal = /[.!?:;…]["'”’)\]»]*$/.test(body);
    // A sentence-like paragraph is only a headline in title case, which a long one never is.
    if (terminal && body.length > 160) continue;
    const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    if (words.length === 0 || words.length > 25) continue;
    const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
    const capitals = content.filter((w) => /^\p{Lu}/u.test(w)).length;
    const ratio = content.length === 0 ? 0 : capitals / content.length;
    // Some feeds end their headlines with a period; full title case still gives them away.
    if (terminal && !(ratio >= 0.8 && words.length >= 3)) continue;
    if (ratio >= 0.6 || (p.index === 0 && !SPEECH_VERB_IN_TEXT.test(body))) out.add(p.index);
  }
  return out;
}
