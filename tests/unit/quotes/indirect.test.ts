import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";

function reported(text: string): Array<[string | null, string]> {
  return analyzeArticle({ text })
    .quotes.filter((q) => q.type === "indirect")
    .map((q) => [q.speaker, q.text]);
}

describe("reported speech without quotation marks", () => {
  it.each([
    [
      "skips a time phrase before a clause without 'that'",
      "Harbor Foods Inc said on Tuesday it would cut 400 jobs.",
      ["Harbor Foods Inc", "it would cut 400 jobs"],
    ],
    [
      "skips a bare day before 'that'",
      "Mayor Ann Cole said Tuesday that the bridge would reopen in May.",
      ["Ann Cole", "the bridge would reopen in May"],
    ],
    [
      "skips whoever was told and where",
      "Nina Castellano told analysts on a conference call that flour prices had eased.",
      ["Nina Castellano", "flour prices had eased"],
    ],
    [
      "gives a second verb of saying the first one's subject",
      'Opposition leader Greg Mills called the project "a vanity tram" and said the money would be better spent on buses.',
      ["Greg Mills", "the money would be better spent on buses"],
    ],
    [
      "reads the clause before a sentence-final verb with a time phrase",
      "Researchers at Norbridge University ran the trial. The test found eight of ten cancers, the university said on Wednesday.",
      ["Norbridge University", "The test found eight of ten cancers"],
    ],
    [
      "starts the clause at a quantity",
      "Luis Ortega said about 4,000 families now rely on it each month.",
      ["Luis Ortega", "about 4,000 families now rely on it each month"],
    ],
    [
      "starts the clause at a bare plural subject and its verb",
      "Kent Police said officers were called at about 3am.",
      ["Kent Police", "officers were called at about 3am"],
    ],
    [
      "skips a date after the verb",
      "Dana Perino announced March 27 that the cancer had recurred.",
      ["Dana Perino", "the cancer had recurred"],
    ],
    [
      "gives 'the force' the police force named before",
      "Kent Police arrested a man on Sunday. He was being held in custody, the force said.",
      ["Kent Police", "He was being held in custody"],
    ],
    [
      "gives officials of an organisation to the organisation",
      "Officials at Harbor Foods said the plant would close in June.",
      ["Harbor Foods", "the plant would close in June"],
    ],
    [
      "starts the clause at a subject of plain words and its verb",
      "Dr. Karl Brandt called the effect small. He said field trials would be needed.",
      ["Karl Brandt", "field trials would be needed"],
    ],
    [
      "reads '..., the Foreign Ministry said' and leaves the dateline out",
      "TOKYO (AP) — Japan lodged a formal protest on Wednesday, the Foreign Ministry said.",
      ["Foreign Ministry", "Japan lodged a formal protest on Wednesday"],
    ],
    [
      "skips an apposition between doubled dashes",
      "Aaron Kall -- co-editor of a book on the debates -- said the candidate liked to make announcements.",
      ["Aaron Kall", "the candidate liked to make announcements"],
    ],
    [
      "skips 'the' before a named hearer",
      "Its chief operating officer, Marcus Lee, told the Tribune that the company would not appeal.",
      ["Marcus Lee", "the company would not appeal"],
    ],
    [
      "skips an age and a relative clause between the name and the verb",
      "The director cast Lily Osei. Osei, 23, who until last year was working in a bakery, said the role had changed her life.",
      ["Lily Osei", "the role had changed her life"],
    ],
    [
      "starts the clause at a subject with a short prepositional phrase",
      "Paramedic Lisa Carr, who has worked for the service for 14 years, said morale among crews was at its lowest point.",
      ["Lisa Carr", "morale among crews was at its lowest point"],
    ],
    [
      "starts the clause at a number word",
      "Almaz Temirov accused the army of shelling a school. He said two teachers had been wounded.",
      ["Almaz Temirov", "two teachers had been wounded"],
    ],
    [
      "starts the clause after a source named in apposition: 'According to his agent, X, ...'",
      "Valdez signed on Tuesday. According to his agent, Diego Ferreira, several clubs had also asked about him.",
      ["Diego Ferreira", "several clubs had also asked about him"],
    ],
    [
      "skips an audience after 'told': 'told a news conference that'",
      "Farrukh Nazarov told a news conference that the army had fired first.",
      ["Farrukh Nazarov", "the army had fired first"],
    ],
    [
      "skips an audience after 'told' before a subject pronoun: 'told the jury he'",
      "The prosecutor, Ruth Okafor, told the jury he had lied about the letters.",
      ["Ruth Okafor", "he had lied about the letters"],
    ],
    [
      "reads the clause before an inverted verb: '..., said John Smith, the finance minister.'",
      "The plan will cost five billion dollars over a decade, said John Smith, the finance minister.",
      ["John Smith", "The plan will cost five billion dollars over a decade"],
    ],
    [
      "takes the name after an owner as the speaker of an inverted verb",
      "The debates are not likely to alter the campaign, noted NBC's Dante Chinni.",
      ["Dante Chinni", "The debates are not likely to alter the campaign"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(reported(text)).toContainEqual(expected);
  });

  it("does not read a preposition after the verb as a clause", () => {
    const text = "Donald Trump complained about his microphone the morning after the debate.";
    expect(reported(text)).toEqual([]);
  });

  it("does not take a phrase after the verb for a time phrase", () => {
    const text =
      "Republicans learned again that, whatever the stakes, Donald Trump will insist on being Donald Trump.";
    expect(reported(text).filter(([, words]) => words.startsWith("Republicans"))).toEqual([]);
  });
});
