// Why a summary or key-point sentence looks like page furniture rather than article prose. These are
// a reviewer's hints for `npm run eval:pages`, not the filters newsbrief uses: they are deliberately
// broader (a flagged sentence is read by a person, not dropped), and one of them looks the sentence
// up in the page's own caption markup, which the summary never sees.
import { parseDocument } from "../src/article/dom.ts";

const FLAGS: readonly [string, RegExp][] = [
  ["counter", /^\s*\d+\s*(?:\/|of)\s*\d+\b/i],
  [
    "credit",
    /\b(?:photo(?:graph)?|image|picture|credit|illustration)s?\s*(?::|by\b)|getty images|\bap photo\b|\/\s*(?:ap|afp|reuters|epa)\b|shutterstock/i,
  ],
  ["bracketed", /^\s*[[(][^\])]*[\])]\s*\.?\s*$/],
  ["promo", /\b(?:newsletter|subscribe|sign up|inbox|download (?:the|our) app|follow us)\b/i],
  ["byline", /^\s*(?:by|par|por|von|di)\s+\p{Lu}/u],
  [
    "bio",
    /\b(?:is|was) (?:a|an|the)\b[^.]{0,80}\b(?:writer|editor|reporter|correspondent|columnist|contributor|author|journalist)\b/i,
  ],
  ["related", /^\s*(?:related|read more|see also|more|watch|read|listen)\s*:/i],
  ["no-ending", /[^.!?…"'”’»)\]]\s*$/],
];

// "caption", "image-caption", "photo_credit"; not "no_caption" (a wrapper saying there is none).
const CAPTION_TOKEN = /^(?!no[-_])(?:[\w-]*[-_])?(?:caption|credits?)(?:[-_][\w-]*)?$/i;

/** Text the page itself marks as a caption or a credit (figcaption, figure, caption/credit classes). */
export function captionTexts(html: string): string[] {
  const document = parseDocument(html);
  const boxes = document.querySelectorAll("figcaption, [itemprop=caption], [class]");
  const texts: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!;
    const tokens = (box.getAttribute("class") ?? "").split(/\s+/);
    const marked =
      box.tagName === "FIGCAPTION" ||
      box.getAttribute("itemprop") === "caption" ||
      tokens.some((token) => CAPTION_TOKEN.test(token));
    const text = marked ? (box.textContent ?? "").replace(/\s+/g, " ").trim() : "";
    if (text.length >= 20) texts.push(text);
  }
  return texts;
}

/** The reasons a sentence looks like furniture; empty when it reads as prose. */
export function flagSentence(sentence: string, captions: readonly string[]): string[] {
  const reasons = FLAGS.filter(([, pattern]) => pattern.test(sentence)).map(([name]) => name);
  const flat = sentence.replace(/\s+/g, " ").trim();
  if (flat.length >= 20 && captions.some((caption) => caption.includes(flat))) {
    reasons.push("in-caption-markup");
  }
  if (flat.split(" ").length < 6) reasons.push("short");
  return reasons;
}
