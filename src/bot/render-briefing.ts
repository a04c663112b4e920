import { personWithCount, quotesFromSpeakers, unattributedNote } from "../present/counts.ts";
import { displayQuoteText, personLabel } from "../present/quotes.ts";
import type { Briefing } from "../summary/briefing.ts";
import type { Reply, ReplyBlock } from "./reply.ts";

/** What a briefing reply says beyond the briefing itself. */
export interface BriefingExtras {
  /** Who asked, for the "requested by" line. */
  readonly requestedBy?: string;
  /** How many of the article's quotes have no speaker: the reply says so rather than hide them. */
  readonly unattributed?: number;
}

/** Turns a briefing into the neutral reply every platform renders, posted for the whole channel. */
export function renderBriefing(briefing: Briefing, extras: BriefingExtras = {}): Reply {
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
  const note = unattributedNote(extras.unattributed ?? 0);
  if (note !== null) blocks.push({ kind: "paragraph", text: `${note}.` });
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
    ...(extras.requestedBy === undefined ? {} : { requestedBy: extras.requestedBy }),
    blocks,
    fallbackText: fallbackFor(briefing),
  };
}

function describePerson(person: Briefing["people"][number]): string {
  return personWithCount(
    personLabel(person.name, person.role),
    person.quoteCount,
    person.reportedCount,
  );
}

function describeStats(briefing: Briefing): string {
  const { stats } = briefing;
  const parts: string[] = [];
  if (briefing.siteName !== undefined) parts.push(briefing.siteName);
  else if (stats.url !== undefined) parts.push(hostOf(stats.url));
  parts.push(`${stats.readingMinutes} min read`);
  parts.push(`${stats.words.toLocaleString("en")} words`);
  parts.push(quotesFromSpeakers(stats.quotes, stats.speakers));
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
