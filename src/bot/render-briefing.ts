import type { Briefing } from "../summary/briefing.ts";
import { plural, statementCount } from "./count-label.ts";
import { displayQuoteText } from "./quote-text.ts";
import type { Reply, ReplyBlock } from "./reply.ts";

/** Turns a briefing into the neutral reply every platform renders, posted for the whole channel. */
export function renderBriefing(briefing: Briefing, requestedBy?: string): Reply {
  const blocks: ReplyBlock[] = [];
  if (briefing.summary.length > 0) {
    blocks.push({ kind: "paragraph", text: briefing.summary.map((s) => s.text).join(" ") });
  }
  if (briefing.keyPoints.length > 0) {
    blocks.push({
      kind: "list",
      title: "Key points",
      items: briefing.keyPoints.map((p) => p.text),
    });
  }
  if (briefing.quotes.length > 0) {
    blocks.push({
      kind: "quotes",
      title: "What they said",
      quotes: briefing.quotes.map((q) => ({
        text: displayQuoteText(q.text),
        speaker: q.speaker,
        ...(q.role === undefined ? {} : { role: q.role }),
        ...(q.type === "indirect" ? { indirect: true } : {}),
      })),
    });
  }
  if (briefing.people.length > 0) {
    blocks.push({ kind: "list", title: "People", items: briefing.people.map(describePerson) });
  }
  blocks.push({ kind: "context", text: describeStats(briefing) });
  if (briefing.url !== undefined) {
    blocks.push({ kind: "link", label: "Read the article", url: briefing.url });
  }
  return {
    visibility: "channel",
    title: briefing.title,
    ...(briefing.url === undefined ? {} : { url: briefing.url }),
    ...(requestedBy === undefined ? {} : { requestedBy }),
    blocks,
    fallbackText: fallbackFor(briefing),
  };
}

function describePerson(person: Briefing["people"][number]): string {
  const role = person.role === undefined ? "" : `, ${person.role}`;
  const quotes =
    person.quoteCount === 0 ? "" : ` (${statementCount(person.quoteCount, person.reportedCount)})`;
  return `${person.name}${role}${quotes}`;
}

function describeStats(briefing: Briefing): string {
  const { stats } = briefing;
  const parts: string[] = [];
  if (briefing.siteName !== undefined) parts.push(briefing.siteName);
  else if (stats.url !== undefined) parts.push(hostOf(stats.url));
  parts.push(`${stats.readingMinutes} min read`);
  parts.push(`${stats.words.toLocaleString("en")} words`);
  parts.push(
    `${stats.quotes} ${plural(stats.quotes, "quote")} from ${stats.speakers} ${plural(stats.speakers, "speaker")}`,
  );
  return parts.join(" · ");
}

function fallbackFor(briefing: Briefing): string {
  const summary = briefing.summary.map((s) => s.text).join(" ");
  return summary === "" ? briefing.title : `${briefing.title}: ${summary}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
