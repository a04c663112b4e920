import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { readPeople } from "../../../src/people/read-people.ts";
import { attributeQuotes, attributeReported } from "../../../src/quotes/attribute.ts";
import { extractQuotedSpans } from "../../../src/quotes/extract.ts";
import { findReportedSpeech } from "../../../src/quotes/indirect.ts";
import { primaryFamily } from "../../../src/quotes/marks.ts";
import { headlineParagraphs } from "../../../src/text/headlines.ts";
import { lexText } from "../../../src/text/lexer.ts";
import { segmentText } from "../../../src/text/segment.ts";
import { seedText } from "../../fakes/pages.ts";
import { loadQuoteFixtures } from "../analyze/quote-fixtures.ts";

/** One people reading of an article, and a function running the quote stages over it. */
function stagesOver(text: string) {
  const model = segmentText(text);
  const headlines = headlineParagraphs(text, model.paragraphs);
  const spans = extractQuotedSpans(text, model.paragraphs, primaryFamily(text));
  const marks = spans.map((s) => ({ start: s.open, end: s.outerEnd }));
  const people = readPeople(text, lexText(text, model.sentences, marks), headlines);
  const reportedStage = () => {
    const found = findReportedSpeech(people, headlines);
    return { found, attributed: attributeReported(people, found.speech, found.events) };
  };
  const spokenStage = (events: Parameters<typeof attributeQuotes>[3]) =>
    attributeQuotes(people, spans, headlines, events);
  return { people, reportedStage, spokenStage };
}

/** What a run of the stages answers: each statement's speaker and confidence, and the aliases cues confirm. */
function answers(text: string) {
  const { people, reportedStage, spokenStage } = stagesOver(text);
  const { found, attributed } = reportedStage();
  const spoken = spokenStage(attributed.events);
  return {
    people,
    result: {
      reported: attributed.speech.map((r) => [r.first, r.entity, r.choice.confidence]),
      spoken: spoken.map((s) => [s.span.open, s.entity, s.choice.confidence]),
      confirmed: [...new Set([...found.confirmed, ...spoken.flatMap((s) => s.confirmed)])].sort(),
    },
    again: () => {
      const second = reportedStage();
      const spokenAgain = spokenStage(second.attributed.events);
      return {
        reported: second.attributed.speech.map((r) => [r.first, r.entity, r.choice.confidence]),
        spoken: spokenAgain.map((s) => [s.span.open, s.entity, s.choice.confidence]),
        confirmed: [
          ...new Set([...second.found.confirmed, ...spokenAgain.flatMap((s) => s.confirmed)]),
        ].sort(),
      };
    },
  };
}

describe("the quote stages over one people reading", () => {
  const fixtures = loadQuoteFixtures();

  it("answer the same when run a second time over the same reading", () => {
    expect.hasAssertions();
    for (const { file, text } of fixtures) {
      const run = answers(text);
      expect(run.again(), file).toEqual(run.result);
    }
  });

  it("leave the people reading as the people stage returned it", () => {
    // A spokesperson's name read as an organisation's and every description resolved up front:
    // the quote stages only read People, so nothing in it changes while they run.
    expect.hasAssertions();
    const snapshot = (people: ReturnType<typeof readPeople>) => ({
      refs: people.refs.map((ref) => ref.entity),
      kinds: people.entities.map((entity) => entity.kind),
      learned: [...people.learned],
    });
    const texts = [
      ...fixtures.map(({ file, text }) => ({ file, text })),
      {
        file: "inline",
        text: 'Grimsby Mutual has cut its rates. "We are sorry," a Grimsby Mutual spokesman said. The lender said it would review them.\n\nThe regulator said: "We will look into it."',
      },
    ];
    for (const { file, text } of texts) {
      const { people, reportedStage, spokenStage } = stagesOver(text);
      const before = snapshot(people);
      spokenStage(reportedStage().attributed.events);
      expect(snapshot(people), file).toEqual(before);
    }
  });

  it("return the descriptions their cues confirm instead of writing them into People", () => {
    // "... the former Exxon CEO championed ...": the cue names Tillerson by that description.
    const seed = seedText;
    const run = answers(seed);
    const at = seed.indexOf("the former Exxon CEO");
    const described = run.people.refs.findIndex(
      (ref) => run.people.lexemes[ref.first]?.start === at,
    );
    expect(run.people.refs[described]?.form).toBe("role");
    expect(run.result.confirmed).toContain(described);
    expect(run.people.confirmed.has(described)).toBe(false);
    const tillerson = analyzeArticle({ text: seed }).people.find((p) => p.name === "Rex Tillerson");
    expect(tillerson?.aliases).toContain("the former Exxon CEO");
  });
});
