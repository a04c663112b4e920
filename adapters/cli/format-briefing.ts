import {
  type Briefing,
  type BriefQuote,
  countOf,
  markQuote,
  personLabel,
  personWithCount,
  quotesFromSpeakers,
  speakerLabel,
  unattributedNote,
  wrapText,
} from "../../src/index.ts";

const WIDTH = 88;

function quoteLine(quote: BriefQuote): string {
  const text = markQuote(quote.text, quote.type === "indirect");
  return wrapText(`${text} — ${speakerLabel(quote.speaker, quote.role)}`, WIDTH, "  • ", "    ");
}

/** The human-readable briefing for a terminal; `unattributed` counts the article's quotes without a speaker. */
export function formatBriefing(briefing: Briefing, unattributed: number): string {
  const { stats } = briefing;
  const out: string[] = [wrapText(briefing.title, WIDTH), ""];
  out.push(
    `${countOf(stats.words, "word")} · ${stats.readingMinutes} min read · ${quotesFromSpeakers(stats.quotes, stats.speakers)}`,
  );
  if (briefing.url !== undefined) out.push(briefing.url);
  out.push("", "Summary", wrapText(briefing.summary.map((s) => s.text).join(" "), WIDTH, "  "));
  if (briefing.keyPoints.length > 0) {
    out.push(
      "",
      "Key points",
      ...briefing.keyPoints.map((p) => wrapText(p.text, WIDTH, "  • ", "    ")),
    );
  }
  if (briefing.people.length > 0) {
    out.push("", "People");
    for (const person of briefing.people) {
      const label = personLabel(person.name, person.role);
      out.push(`  • ${personWithCount(label, person.quoteCount, person.reportedCount)}`);
    }
  }
  const note = unattributedNote(unattributed);
  if (briefing.quotes.length > 0 || note !== null) out.push("", "What they said");
  out.push(...briefing.quotes.map(quoteLine));
  if (note !== null) out.push(`  ${note}.`);
  return `${out.join("\n")}\n`;
}
