import {
  type Analysis,
  countOf,
  type Entity,
  markQuote,
  personLabel,
  type Quote,
  reportedCount,
  speakerLabel,
  statementCount,
  UNATTRIBUTED,
  unattributedCount,
  unattributedNote,
  type WhoSaidAnswer,
  wrapText,
} from "../../src/index.ts";

const WIDTH = 100;
const INDENT = "    ";

function entityLabel(entity: Entity): string {
  return personLabel(entity.name, entity.role);
}

function quoteText(quote: Quote): string {
  return markQuote(quote.text, quote.type === "indirect");
}

/** The line saying how many quotes have no speaker, or nothing. */
function noteLines(quotes: readonly Quote[]): string[] {
  const note = unattributedNote(unattributedCount(quotes));
  return note === null ? [] : [`${note}.`];
}

/** The people and the quotations of an analysis, aligned for a terminal. */
export function formatQuotes(analysis: Analysis): string {
  const { quotes } = analysis;
  if (quotes.length === 0) return "Nobody is quoted.\n";
  const speakers = analysis.people.filter((p) => quotes.some((q) => q.speakerId === p.id));
  const out = [
    speakers.length === 0
      ? "No speaker is named."
      : `Speakers: ${speakers.map(entityLabel).join("; ")}`,
  ];
  const nameWidth = Math.min(24, Math.max(7, ...quotes.map((q) => speakerLabel(q.speaker).length)));
  const indent = " ".repeat(nameWidth + 11);
  out.push("");
  for (const quote of quotes) {
    const who = speakerLabel(quote.speaker).slice(0, nameWidth).padEnd(nameWidth);
    const text = wrapText(quoteText(quote), WIDTH - indent.length, "", indent);
    out.push(`${who}  ${quote.type.padEnd(8)} ${text}`);
  }
  out.push("", `${countOf(quotes.length, "quote")}.`, ...noteLines(quotes));
  return `${out.join("\n")}\n`;
}

/** How a quotation's speaker was chosen: the cue's rule, then the features that weighed most. */
function explanation(quote: Quote): string {
  const why = quote.why;
  if (why === undefined) return "no speaker model (reported by a block or colon layout)";
  const reasons = why.reasons
    .slice(0, 4)
    .map((r) => `${r.feature} ${r.value >= 0 ? "+" : ""}${r.value.toFixed(1)}`)
    .join(", ");
  const withheld =
    why.withheld === undefined
      ? ""
      : `; withheld ${why.withheld.speaker} (${why.withheld.confidence.toFixed(2)}, under the threshold)`;
  return `rule ${why.rule}; ${reasons === "" ? "no features" : reasons}${withheld}`;
}

/** Every quotation with its speaker, the model's confidence and why: for steering attribution. */
export function formatExplained(analysis: Analysis): string {
  const { quotes } = analysis;
  if (quotes.length === 0) return "Nobody is quoted.\n";
  const out: string[] = [];
  for (const quote of quotes) {
    const head = `${speakerLabel(quote.speaker)} (${quote.confidence.toFixed(2)}) ${quote.type}`;
    out.push(wrapText(`${head}: ${quoteText(quote)}`, WIDTH, "", INDENT));
    out.push(wrapText(explanation(quote), WIDTH, INDENT, INDENT));
  }
  return `${out.join("\n")}\n`;
}

/** A who-said answer for a terminal; `quotes` are the article's, to count those without a speaker. */
export function formatAnswer(answer: WhoSaidAnswer, quotes: readonly Quote[]): string {
  const bullet = (quote: Quote) => wrapText(quoteText(quote), WIDTH - 4, "  - ", INDENT);
  switch (answer.kind) {
    case "speakers": {
      if (answer.speakers.length === 0) {
        const note = noteLines(quotes);
        return `${note.length > 0 ? note.join("\n") : "Nobody is quoted in this article."}\n`;
      }
      const width = Math.max(...answer.speakers.map((s) => entityLabel(s.entity).length));
      const lines = answer.speakers.map(
        (s) =>
          `  ${entityLabel(s.entity).padEnd(width)}  ${statementCount(s.quoteCount, s.reportedCount)}`,
      );
      return `${["Speakers:", ...lines, ...noteLines(quotes)].join("\n")}\n`;
    }
    case "speaker": {
      const count = statementCount(answer.quotes.length, reportedCount(answer.quotes));
      const head = `${entityLabel(answer.entity)}: ${count}`;
      return `${[head, ...answer.quotes.map(bullet), ...noteLines(quotes)].join("\n")}\n`;
    }
    case "phrase": {
      const lines = answer.matches.map(
        (m) => `${m.quote.speaker ?? UNATTRIBUTED}:\n${bullet(m.quote)}`,
      );
      return `Who said “${answer.phrase}”:\n${lines.join("\n")}\n`;
    }
    case "none": {
      const tips = answer.suggestions.map((s) => `  - ${s}`);
      const head = `Nothing in this article matches “${answer.query}”.`;
      return `${[head, ...(tips.length > 0 ? ["Did you mean:", ...tips] : [])].join("\n")}\n`;
    }
  }
}
