import type { Analysis } from "./analysis.ts";
import type { Article } from "./article/article.ts";
import { buildEntities, canonicalNames } from "./people/build-entities.ts";
import { type PeopleReading, readPeople } from "./people/read-people.ts";
import { type AttributionOptions, attributeQuotes, attributeReported } from "./quotes/attribute.ts";
import { blockCandidates, findBlockQuotes, paragraphsAfterGaps } from "./quotes/block.ts";
import { buildQuotes } from "./quotes/build-quotes.ts";
import { extractQuotedSpans } from "./quotes/extract.ts";
import { findReportedSpeech } from "./quotes/indirect.ts";
import { findLayoutQuotes, layoutCandidates } from "./quotes/layout.ts";
import { primaryFamily } from "./quotes/marks.ts";
import { headlineParagraphs } from "./text/headlines.ts";
import { lexText } from "./text/lexer.ts";
import { segmentText } from "./text/segment.ts";

/** Hooks into one analysis, for training the speaker model and explaining its choices. */
export interface AnalysisOptions {
  readonly attribution?: AttributionOptions;
  /** Sees the people stage's result and every entity's canonical name, once the quotes are built. */
  readonly onPeople?: (people: PeopleReading, names: ReadonlyMap<number, string>) => void;
}

/** Everything read before the speakers are chosen: the text model, people, quotations found. */
export interface AttributionInput {
  readonly text: string;
  readonly model: ReturnType<typeof segmentText>;
  readonly lexemes: ReturnType<typeof lexText>;
  readonly people: PeopleReading;
  readonly spans: ReturnType<typeof extractQuotedSpans>;
  readonly layouts: ReturnType<typeof findLayoutQuotes>;
  readonly blocks: ReturnType<typeof findBlockQuotes>;
  /** Paragraphs that are block quotations or interview turns. */
  readonly blockParagraphs: ReadonlySet<number>;
  /** Paragraphs no cue is read in: headlines and the blocks. */
  readonly skip: ReadonlySet<number>;
  readonly found: ReturnType<typeof findReportedSpeech>;
}

/**
 * The stages before the speaker choice, in order. Exported so the speaker choice can be timed on
 * its own (tests/unit/linear/attribution-growth.test.ts) with exactly the analysis's inputs.
 */
export function readForAttribution(article: Article): AttributionInput {
  const text = article.text;
  const model = segmentText(text);
  const headlines = headlineParagraphs(text, model.paragraphs);
  const spans = extractQuotedSpans(text, model.paragraphs, primaryFamily(text));
  const lexemes = lexText(
    text,
    model.sentences,
    spans.map((s) => ({ start: s.open, end: s.outerEnd })),
  );
  const quotable = blockCandidates(text, model.paragraphs);
  for (const p of layoutCandidates(text, model.paragraphs)) quotable.add(p);
  const gaps = paragraphsAfterGaps(model.paragraphs, article.quoteGaps);
  // The sets below are filled in the order spreads would give, without the arrays in between.
  const notLayout = new Set(headlines);
  for (const p of gaps) notLayout.add(p);
  const readQuoted = (quoted: ReadonlySet<number>) => {
    const people = readPeople(text, lexemes, headlines, quoted);
    const layouts = findLayoutQuotes(people, model.paragraphs, notLayout);
    const notBlock = new Set(notLayout);
    for (const l of layouts) notBlock.add(l.paragraph);
    const blocks = findBlockQuotes(people, model.paragraphs, notBlock);
    return { people, layouts, blocks };
  };
  let read = readQuoted(quotable);
  // A candidate that is no block after all is narrative: read its people again as such
  // ("his wife, Jane, ... she said"), keeping only the blocks and layouts found the first time.
  const kept = new Set<number>();
  for (const l of read.layouts) kept.add(l.paragraph);
  for (const b of read.blocks) kept.add(b.paragraph.index);
  if (kept.size < quotable.size) {
    const again = readQuoted(kept);
    read = {
      people: again.people,
      layouts: again.layouts.filter((l) => kept.has(l.paragraph)),
      blocks: again.blocks.filter((b) => kept.has(b.paragraph.index)),
    };
  }
  const { people, layouts, blocks } = read;
  const inLayouts = layouts.map((l) => l.paragraph);
  const blockParagraphs = new Set<number>();
  for (const b of blocks) blockParagraphs.add(b.paragraph.index);
  for (const p of inLayouts) blockParagraphs.add(p);
  const skip = new Set(headlines);
  for (const p of blockParagraphs) skip.add(p);
  const found = findReportedSpeech(people, skip);
  return { text, model, lexemes, people, spans, layouts, blocks, blockParagraphs, skip, found };
}

/** Analyses an article in one linear pass: text model, people, quotations and their speakers. */
export function analyzeArticle(article: Article, options: AnalysisOptions = {}): Analysis {
  const input = readForAttribution(article);
  const { text, model, lexemes, people, spans, skip, found } = input;
  const reported = attributeReported(people, found.speech, found.events, options.attribution);
  const spoken = attributeQuotes(people, spans, skip, reported.events, options.attribution);
  const names = canonicalNames(people);
  const quotes = buildQuotes(
    { text, lexemes, sentences: model.sentences, names },
    spoken,
    input.blocks,
    reported.speech,
    input.blockParagraphs,
    input.layouts,
  );
  options.onPeople?.(people, names);
  const speakers = new Set<number>();
  for (const q of quotes) if (q.speakerId !== null) speakers.add(q.speakerId);
  // Descriptions a cue names a speaker with are that speaker's aliases; the stages return them.
  const confirmed = new Set(found.confirmed);
  for (const s of spoken) for (const r of s.confirmed) confirmed.add(r);
  const entities = buildEntities(people, names, speakers, confirmed);
  return { article, text: model, people: entities, quotes };
}
