// Sentences that a page carries around its article but that are not the article's prose: a photo
// caption before the wire lead, slideshow counters, bracketed asides and promos, bylines in other
// languages, author bios, "contributed reporting" notes and editor's notes. A briefing's summary and
// key points are made of article prose only. Found by where a sentence stands and what it says,
// never by site: they must hold for pages newsbrief has never seen. Every pattern is linear-time
// (anchored or bounded, no nested quantifiers over overlapping classes).
import type { Analysis } from "../analysis.ts";
import type { Paragraph, Sentence } from "../text/span.ts";

/** A wire or newspaper lead: "PORT KEEL, Maine (AP) — ", "CAIRO — ", "(CNN) -- ". */
const DATELINE_LEAD =
  /^(?:\p{Lu}{2}[\p{Lu}\p{M}.'’ -]{0,40}(?:,[\p{L}\p{M}.'’ ]{2,30})?(?:\([^()]{2,25}\))?\s*(?:—|–|--?)\s|\([^()]{2,25}\)\s*(?:—|–|--?)\s)/u;
/** Labels that open a paragraph like a dateline but are not a place: "UPDATE — ...". */
const NOT_A_PLACE =
  /^(?:UPDATED?|BREAKING|CORRECTION|CLARIFICATION|EDITOR['’]S NOTE|NOTE|ANALYSIS|OPINION|COMMENTARY|REVIEW|WATCH|LIVE|EXCLUSIVE|EARLIER|MORE|RELATED|FILE)\b/;
/** How far into the article a dateline lead is looked for... */
const DATELINE_WITHIN_PARAGRAPHS = 5;
/** ...after paragraphs no longer than a caption: a paragraph of prose before it is the story. */
const CAPTION_WORDS = 60;

/** "1 / 5 The tug pulls...", "Photo 2 of 12". */
const COUNTER = /^\s*(?:(?:photo|image|picture|slide)s?\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}\b/i;

/** A paragraph or sentence wholly in brackets: "[Start your day with our briefing.]". */
// The spaces before a full stop and after it are separate runs: one run split two ways backtracks.
const BRACKETED = /^\s*(?:\[[^\]]*\]|\([^()]*\))(?:\s*\.)?\s*$/;

/** A caption that ends with its agency credit: "... on Tuesday. (AP Photo/Lena Hart)". */
const CREDIT_END =
  /\((?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|PA|Xinhua|Shutterstock)(?: Photos?)?(?:\s*\/[^()]{1,60})?\)\s*$/;

/** Promotions of the site's own newsletters, apps and podcasts, and requests for support. */
const PROMO =
  /\b(?:(?:in|to) your inbox|start your day with|get (?:it|them|our \w+|the \w+) (?:delivered|in your|sent)|(?:our|the) (?:free )?(?:daily |morning |evening |weekly )?(?:newsletters?|podcast|app)\b[^.!?]{0,40}\b(?:sign up|subscribe|download|listen)|support (?:our|independent) journalism|become a (?:member|subscriber))\b/i;

/** Notes about the article rather than its story. */
const NOTE =
  /\b(?:contributed (?:reporting|to this (?:report|story|article))|additional reporting by|reporting by \p{Lu}|editing by \p{Lu}|(?:this|the) (?:article|story|column|piece) (?:was|has been|first|originally) (?:\p{L}+ )?(?:published|appeared|reprinted|updated|corrected)|the (?:views|opinions) expressed (?:in this [^.!?]{0,40}?)?are (?:his|her|their|the author['’]s) own|is on (?:twitter|instagram|facebook)\b|follow (?:him|her|them|me) on|(?:email|reach|contact) (?:him|her|them) at|can be reached at)/iu;

/** "Editor's note:" opens a note, not the story. */
const EDITORS_NOTE = /^\s*editor['’]s note\b/i;

/** "Par Sébastien Farcis", "Por Bruno Rodrigues", "Von Jana Weber": bylines in other languages. */
const FOREIGN_BYLINE =
  /^(?:par|por|von|di|door|av|af|przez)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u;

/** "Lucas Nolan is a reporter for ...", "Jane Roe is an Egypt-based correspondent for The Post." */
// The words between the article and the job start with a non-space, so the spaces after the
// article are taken one way only (with `[^.!?]{0,80}` the ReDoS checker could not decide it).
const BIO =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},?\s+(?:is|was|has been|serves as)\s+(?:an?|the)\s+(?:[^\s.!?][^.!?]{0,79}?\s)?(?:reporter|writer|correspondent|editor|columnist|contributor|author|journalist|producer|photographer|fellow|professor|lecturer|analyst|economist|researcher|commentator|novelist|blogger|historian)s?\b/u;
/** Bios stand at the end of the article. */
const BIO_LAST_PARAGRAPHS = 2;

/** Indexes of the sentences that are not article prose (see the file comment). */
export function notProseSentences(analysis: Analysis): Set<number> {
  const { text, paragraphs, sentences } = analysis.text;
  const authors = (analysis.article.byline ?? "")
    .split(/,|\band\b|&/)
    .map(bylineKey)
    .filter((name) => name.includes(" "));
  const out = new Set<number>();
  const skipped = furnitureParagraphs(text, paragraphs, sentences);
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const last = sentence.paragraph >= paragraphs.length - BIO_LAST_PARAGRAPHS;
    if (
      skipped.has(sentence.paragraph) ||
      isFurnitureSentence(body) ||
      authors.some((author) => isAboutAuthor(body, author)) ||
      (last && BIO.test(body))
    ) {
      out.add(sentence.index);
    }
  }
  return out;
}

/**
 * True for a counter, a bracketed aside, a credited caption, a promo, a note or a byline, and for a
 * sentence ending with a colon: it announces a list or a quotation and says nothing alone.
 */
export function isFurnitureSentence(sentence: string): boolean {
  const words = sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return (
    /:\s*$/.test(sentence) ||
    COUNTER.test(sentence) ||
    BRACKETED.test(sentence) ||
    CREDIT_END.test(sentence) ||
    NOTE.test(sentence) ||
    EDITORS_NOTE.test(sentence) ||
    FOREIGN_BYLINE.test(sentence.trim()) ||
    (words <= 40 && PROMO.test(sentence))
  );
}

/**
 * Paragraphs that are not the story: everything before a dateline lead near the top (captions,
 * credits and bylines stand there; "if the lead is a caption, the real lead still wins"), bracketed
 * paragraphs, editor's notes, captions ending with their credit, and a closing author's bio.
 */
function furnitureParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
): Set<number> {
  const out = new Set<number>();
  const bodyOf = (p: Paragraph) => text.slice(p.start, p.end);
  const lead = datelineLead(paragraphs, bodyOf);
  for (const paragraph of paragraphs) {
    const body = bodyOf(paragraph);
    if (
      (lead !== undefined && paragraph.index < lead.index) ||
      BRACKETED.test(body) ||
      EDITORS_NOTE.test(body) ||
      CREDIT_END.test(body)
    ) {
      out.add(paragraph.index);
    }
  }
  for (const paragraph of paragraphs.slice(-BIO_LAST_PARAGRAPHS)) {
    const first = sentences.find((s) => s.paragraph === paragraph.index);
    if (first !== undefined && BIO.test(text.slice(first.start, first.end))) {
      out.add(paragraph.index);
    }
  }
  return out;
}

/** The paragraph that opens with a dateline, when only caption-length lines stand before it. */
function datelineLead(
  paragraphs: readonly Paragraph[],
  bodyOf: (p: Paragraph) => string,
): Paragraph | undefined {
  for (const paragraph of paragraphs.slice(0, DATELINE_WITHIN_PARAGRAPHS)) {
    const body = bodyOf(paragraph);
    if (DATELINE_LEAD.test(body) && !NOT_A_PLACE.test(body)) return paragraph;
    if ((body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > CAPTION_WORDS) return undefined;
  }
  return undefined;
}

/** A sentence that is the byline, or tells who the author is ("Jane Roe is a reporter ..."). */
function isAboutAuthor(sentence: string, author: string): boolean {
  const flat = bylineKey(sentence);
  if (flat === author || flat === `by ${author}`) return true;
  return flat.startsWith(`${author} `) && BIO.test(sentence.trim());
}

function bylineKey(text: string | undefined): string {
  return (text ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
