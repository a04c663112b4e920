import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../../src/analysis.ts";
import { analyzeArticle } from "../../../src/analyze.ts";
import { isNewsbriefError } from "../../../src/errors.ts";
import type { Entity, MentionForm } from "../../../src/people/entity.ts";
import type { Quote, QuoteType } from "../../../src/quotes/quote.ts";
import { brief } from "../../../src/summary/brief.ts";
import type { Briefing } from "../../../src/summary/briefing.ts";
import { segmentText } from "../../../src/text/segment.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "summary");
const riverton = readFileSync(join(fixtures, "riverton-flood-barrier.txt"), "utf8");
const harbor = readFileSync(join(fixtures, "harbor-strike.txt"), "utf8");

function briefText(text: string, options = {}): Briefing {
  return brief(analyzeArticle({ text }), options);
}

function expectGrounded(text: string, briefing: Briefing): void {
  for (const s of [...briefing.summary, ...briefing.keyPoints, ...briefing.quotes]) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe("brief: the summary", () => {
  it("keeps every summary and key-point sentence a verbatim slice of the article", () => {
    expect.hasAssertions();
    expectGrounded(riverton, briefText(riverton));
    expectGrounded(harbor, briefText(harbor));
  });

  it("opens with the lead and keeps the sentences in article order", () => {
    const { summary } = briefText(riverton);
    expect(summary[0]?.text).toMatch(/^The Riverton city council voted 7-2 on Tuesday/);
    const starts = summary.map((s) => s.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("never picks the headline, its repetition, the byline, the photo credit or calls to action", () => {
    expect.hasAssertions();
    const { summary, keyPoints } = briefText(riverton);
    for (const sentence of [...summary, ...keyPoints]) {
      expect(sentence.text).not.toMatch(
        /Photo:|^By |Read more|Sign up|RIVERTON —|Approves \$4\.2 Million/,
      );
    }
  });

  it("takes the headline from a heading-like first line", () => {
    expect(briefText(riverton).title).toBe(
      "Riverton Council Approves $4.2 Million Flood Barrier Plan",
    );
  });

  it("prefers the page's title when the article has one", () => {
    const analysis = analyzeArticle({ text: harbor, title: "Calder port strike strands 40 ships" });
    expect(brief(analysis).title).toBe("Calder port strike strands 40 ships");
  });

  it("falls back to a short sentence of the article for the title", () => {
    const { title } = briefText(harbor);
    expect(harbor).toContain(title);
    expect(title.split(/\s+/).length).toBeLessThanOrEqual(20);
  });

  it("gives the number of sentences asked for, within the word budget", () => {
    expect(briefText(harbor, { sentences: 1 }).summary).toHaveLength(1);
    expect(briefText(harbor, { sentences: 2 }).summary).toHaveLength(2);
    const three = briefText(harbor, { sentences: 3, maxWords: 80 }).summary;
    expect(three.length).toBeGreaterThanOrEqual(2);
    const words = three.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0);
    expect(words).toBeLessThanOrEqual(80);
  });

  it("stops short of the budget rather than add a filler sentence", () => {
    const summary = briefText(harbor, { sentences: 3, maxWords: 30 }).summary;
    expect(summary.map((s) => s.text)).toEqual([
      "Dockworkers at the port of Calder walked off the job on Monday after talks over automation broke down, leaving 40 container ships waiting offshore.",
    ]);
  });

  it("takes a sentence that opens with But or It only right after the sentence it leans on", () => {
    for (const sentences of [1, 2, 3, 4, 5]) {
      const { summary } = briefText(harbor, { sentences, maxWords: 500 });
      const indexes = summary.map((s) =>
        segmentText(harbor).sentences.findIndex((x) => x.start === s.start),
      );
      summary.forEach((s, i) => {
        if (/^(But|It)\b/.test(s.text)) expect(indexes).toContain((indexes[i] ?? 0) - 1);
      });
    }
  });

  it("leaves out a sentence that repeats one already chosen", () => {
    const text =
      "Officials closed the Elm Street bridge on Friday after inspectors found cracks in two of its steel beams. " +
      "Officials closed the Elm Street bridge on Friday after inspectors found cracks in two steel beams, the city said. " +
      "Drivers will have to use the Oak Avenue crossing, adding about ten minutes to the trip downtown. " +
      "Repairs are expected to take at least three months and cost about $2 million.";
    const { summary } = briefText(text, { sentences: 2, maxWords: 200 });
    expect(summary.filter((s) => s.text.startsWith("Officials closed"))).toHaveLength(1);
  });
});

describe("brief: what the summary leaves out and what it prefers", () => {
  const sentencesOf = (briefing: Briefing) => briefing.summary.map((s) => s.text);

  it("never takes a piece of a quotation that runs over several sentences", () => {
    const text = [
      "The Alder city council approved a new budget on Tuesday that raises spending on road repairs by 12 percent.",
      "The plan passed by six votes to three after a four-hour debate that ran past midnight.",
      '"This budget fixes roads that have been broken for a decade and more. It also keeps property taxes flat for the third year in a row," Mayor Jane Alder told reporters after the vote.',
      "Road crews will start work on the worst streets in April, the city's public works department said.",
    ].join(" ");
    const briefing = briefText(text, { sentences: 4 });
    expect(sentencesOf(briefing)).toEqual([
      "The Alder city council approved a new budget on Tuesday that raises spending on road repairs by 12 percent.",
      "The plan passed by six votes to three after a four-hour debate that ran past midnight.",
      "Road crews will start work on the worst streets in April, the city's public works department said.",
    ]);
    for (const point of briefing.keyPoints) expect(point.text).not.toMatch(/property taxes/);
  });

  it.each([
    ["(CNN)", "Officials closed"],
    ["WASHINGTON (Reuters) -- ", "Officials closed"],
    ["New Delhi, India (CNN)", "Officials closed"],
    ["", "Officials closed"],
  ])("starts the summary after a dateline %j, still a slice of the article", (dateline, start) => {
    const text =
      `${dateline}Officials closed the Elm Street bridge on Friday after inspectors found cracks in two of its steel beams. ` +
      "Drivers will have to use the Oak Avenue crossing, adding about ten minutes to the trip downtown.";
    const briefing = briefText(text);
    expect(briefing.summary[0]?.text.startsWith(start)).toBe(true);
    expectGrounded(text, briefing);
  });

  it("keeps a name with a bracket at the start of the story", () => {
    const text =
      "Lewis Hamilton (Britain) took pole position in Shanghai on Saturday with a lap of 1:35.782. " +
      "His Mercedes team-mate Nico Rosberg was only four hundredths of a second slower.";
    expect(briefText(text).summary[0]?.text).toMatch(/^Lewis Hamilton \(Britain\) took pole/);
  });

  it("prefers the reporter's statement to a quotation just before it", () => {
    const text = [
      "Firefighters contained a wildfire near the town of Pine Ridge on Sunday after it burned across 400 acres of forest.",
      '"We were lucky the wind dropped overnight and gave our crews a chance to get ahead of the fire," said fire chief Daniel Coleman.',
      "About 200 residents who left their homes on Saturday were allowed to return to Pine Ridge on Sunday evening.",
      "Investigators believe the wildfire was started by sparks from a tractor mowing a dry field.",
    ].join(" ");
    expect(sentencesOf(briefText(text, { sentences: 2 }))).toEqual([
      "Firefighters contained a wildfire near the town of Pine Ridge on Sunday after it burned across 400 acres of forest.",
      "About 200 residents who left their homes on Saturday were allowed to return to Pine Ridge on Sunday evening.",
    ]);
  });

  it("keeps the lead but passes over an aside for the sentence the rest of the story develops", () => {
    const text = [
      "A hospital in Marlow will close its maternity ward in June, health officials said on Monday.",
      "The closure follows a review that found the ward could not recruit enough midwives to run safely.",
      "Marlow is known for its annual summer music festival, which draws thousands of visitors each year.",
      "Expectant mothers will have to travel 40 miles to the maternity ward in Kenton to give birth.",
      "Some expectant mothers say the 40-mile drive to Kenton frightens them in winter.",
      "The maternity ward in Kenton is already short of midwives, its managers said.",
      "Kenton's managers said they would hire more midwives to cope with expectant mothers from Marlow.",
    ].join(" ");
    const summary = sentencesOf(briefText(text));
    expect(summary[0]).toMatch(/^A hospital in Marlow will close/);
    expect(summary).toHaveLength(3);
    expect(summary.join(" ")).toMatch(/Expectant mothers will have to travel 40 miles/);
    expect(summary.join(" ")).not.toMatch(/music festival/);
  });
});

describe("brief: key points", () => {
  it("adds three to five sentences that the summary lacks, without quotations", () => {
    const { summary, keyPoints } = briefText(riverton);
    expect(keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(keyPoints.length).toBeLessThanOrEqual(5);
    const chosen = new Set(summary.map((s) => s.start));
    for (const point of keyPoints) {
      expect(chosen.has(point.start)).toBe(false);
      expect(point.text).not.toMatch(/^["“]/);
    }
  });

  it("can be turned off", () => {
    expect(briefText(riverton, { keyPoints: 0 }).keyPoints).toEqual([]);
  });
});

function mention(text: string, needle: string, entityId: number, form: MentionForm) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the fixture`);
  return { start, end: start + needle.length, entityId, form };
}

function quote(
  text: string,
  words: string,
  speaker: Entity | null,
  type: QuoteType = "direct",
): Quote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the fixture`);
  const sentence = segmentText(text).sentences.findIndex((s) => s.start <= start && start < s.end);
  return {
    start,
    end: start + words.length,
    text: words,
    type,
    speaker: speaker?.name ?? null,
    speakerId: speaker?.id ?? null,
    sentence,
    confidence: speaker === null ? 0 : 1,
  };
}

/** The analysis the who-said-what core would give for the Riverton fixture, written out by hand. */
function rivertonAnalysis(): Analysis {
  const t = riverton;
  const brandt: Entity = {
    id: 1,
    kind: "person",
    name: "Elena Brandt",
    aliases: ["Mayor Elena Brandt"],
    role: "Mayor",
    mentions: [mention(t, "Mayor Elena Brandt", 1, "name")],
  };
  const harlow: Entity = {
    id: 2,
    kind: "person",
    name: "Pete Harlow",
    aliases: ["Harlow"],
    role: "Councilman",
    mentions: [
      mention(t, "Councilman Pete Harlow", 2, "name"),
      mention(t, "Harlow said", 2, "surname"),
    ],
  };
  const ruiz: Entity = {
    id: 3,
    kind: "person",
    name: "Dana Ruiz",
    aliases: [],
    mentions: [mention(t, "Dana Ruiz", 3, "name")],
  };
  const said: Entity = {
    id: 4,
    kind: "person",
    name: "Omar Said",
    aliases: [],
    role: "city finance director",
    mentions: [mention(t, "Omar Said", 4, "name")],
  };
  const council: Entity = {
    id: 5,
    kind: "organization",
    name: "Riverton city council",
    aliases: [],
    mentions: [mention(t, "Riverton city council", 5, "organization")],
  };
  const quotes = [
    quote(t, "We have watched Mill Street go under three times in five years,", brandt),
    quote(
      t,
      "Tonight we finally decided to stop mopping up and start building a barrier that will protect six hundred homes and the businesses that keep this town alive.",
      brandt,
    ),
    quote(t, "This is a lot of money for a wall that protects one neighbourhood,", harlow),
    quote(t, "the cost would force cuts to road repairs elsewhere in town", harlow, "indirect"),
  ];
  return {
    article: { text: t, url: "https://example.test/riverton" },
    text: segmentText(t),
    people: [council, brandt, harlow, ruiz, said],
    quotes,
  };
}

describe("brief: people and what they said", () => {
  const briefing = brief(rivertonAnalysis());

  it("lists speakers first, by quotations then mentions, with their roles and quote counts", () => {
    expect(briefing.people.slice(0, 2)).toEqual([
      { name: "Pete Harlow", kind: "person", role: "Councilman", quoteCount: 2, reportedCount: 1 },
      { name: "Elena Brandt", kind: "person", role: "Mayor", quoteCount: 2, reportedCount: 0 },
    ]);
  });

  it("lists people named once only when the article gives their role, and no silent organisation", () => {
    const names = briefing.people.map((p) => p.name);
    expect(names).toContain("Omar Said");
    expect(names).not.toContain("Dana Ruiz");
    expect(names).not.toContain("Riverton city council");
  });

  it("shows one quotation per speaker, the most informative, verbatim", () => {
    expect(briefing.quotes.map((q) => [q.speaker, q.type])).toEqual([
      ["Pete Harlow", "direct"],
      ["Elena Brandt", "direct"],
    ]);
    expect(briefing.quotes[1]?.text).toMatch(/^Tonight we finally decided/);
    expect(briefing.quotes[1]?.role).toBe("Mayor");
    expectGrounded(riverton, briefing);
  });

  it("counts words, reading time, quotes and speakers, and keeps the source URL", () => {
    expect(briefing.stats).toEqual({
      words: expect.any(Number),
      readingMinutes: 1,
      quotes: 4,
      speakers: 2,
      url: "https://example.test/riverton",
    });
    expect(briefing.stats.words).toBeGreaterThan(250);
    expect(briefing.url).toBe("https://example.test/riverton");
  });

  it("has no people or quotes when the analysis found none", () => {
    const empty = briefText(harbor);
    expect(empty.people).toEqual([]);
    expect(empty.quotes).toEqual([]);
    expect(empty.stats.speakers).toBe(0);
  });
});

describe("brief: quotations stay out of the key points", () => {
  it("leaves out the sentences of a block quotation, which the analysis marks", () => {
    const text = [
      "Engineers closed the Elm Street bridge on Friday after an inspection found damage to its frame.",
      "The city had delayed repairs on the crossing for more than a decade because of budget cuts. The inspector's report put it this way:",
      "The structure has two cracked beams and corroded bearings at both ends of the span. It should stay closed to all traffic until both beams are replaced.",
      "Drivers will have to use the Oak Avenue crossing, adding about ten minutes to trips downtown. Repairs are expected to take at least three months and to cost about $2 million.",
    ].join("\n\n");
    const model = segmentText(text);
    const block = model.paragraphs[2];
    if (block === undefined) throw new Error("the fixture has four paragraphs");
    const inspector: Entity = {
      id: 1,
      kind: "person",
      name: "the inspector",
      aliases: [],
      mentions: [],
    };
    const blockQuote: Quote = {
      ...quote(text, text.slice(block.start, block.end), inspector, "block"),
    };
    const briefing = brief(
      { article: { text }, text: model, people: [inspector], quotes: [blockQuote] },
      { sentences: 1 },
    );
    expect(briefing.keyPoints.length).toBeGreaterThan(0);
    for (const sentence of briefing.keyPoints) {
      expect(sentence.text).not.toMatch(/cracked beams|stay closed to all traffic/);
    }
    expect(briefing.quotes.map((q) => q.type)).toEqual(["block"]);
  });
});

describe("brief: odd input", () => {
  it("summarises a one-line text with that line", () => {
    const { summary, title } = briefText("Storm closes schools");
    expect(summary.map((s) => s.text)).toEqual(["Storm closes schools"]);
    expect(title).toBe("Storm closes schools");
  });

  it("handles text with no sentence punctuation at all", () => {
    const text = Array.from({ length: 50 }, (_, i) => `word${i}`).join(" ");
    const { summary } = briefText(text);
    expect(summary).toHaveLength(1);
    expect(summary[0]?.text).toBe(text);
  });

  it("handles a very long article", () => {
    const paragraph = harbor.trim();
    const text = Array.from({ length: 2_000 }, () => paragraph).join("\n\n");
    const briefing = briefText(text);
    expect(briefing.summary.length).toBeGreaterThan(0);
    expectGrounded(text, briefing);
  });

  it("rejects a word budget below one word", () => {
    expect(() => briefText(harbor, { maxWords: 0 })).toThrow(/maxWords must be a positive number/);
  });

  it.each([0, 11, 2.5, Number.NaN])(
    "rejects %s summary sentences with a clear error",
    (sentences) => {
      let caught: unknown;
      try {
        briefText(harbor, { sentences });
      } catch (error) {
        caught = error;
      }
      expect(isNewsbriefError(caught) && caught.code).toBe("INPUT_INVALID");
      expect((caught as Error).message).toMatch(/sentences must be a whole number from 1 to 10/);
    },
  );
});
