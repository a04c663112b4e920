import type { Analysis } from "../analysis.ts";
import type { Entity } from "../people/entity.ts";
import {
  personWithCount,
  statementCount,
  unattributedCount,
  unattributedNote,
} from "../present/counts.ts";
import { displayQuoteText, personLabel } from "../present/quotes.ts";
import { reportedCount } from "../quotes/counts.ts";
import type { Quote } from "../quotes/quote.ts";
import type { WhoSaidAnswer } from "../quotes/who-said.ts";
import type { Reply, ReplyBlock, ReplyQuote } from "./reply.ts";

/** Turns a who-said answer into a neutral reply about the article it came from. */
export function renderWhoSaid(answer: WhoSaidAnswer, analysis: Analysis): Reply {
  const source = articleLabel(analysis);
  const url = analysis.article.url;
  const base = { visibility: "channel" as const, ...(url === undefined ? {} : { url }) };
  const unattributed = unattributedNote(unattributedCount(analysis.quotes));
  switch (answer.kind) {
    case "speakers": {
      if (answer.speakers.length === 0) {
        const text =
          unattributed === null
            ? `Nobody is quoted in ${source}.`
            : `${unattributed} in ${source}.`;
        return { ...base, blocks: [{ kind: "paragraph", text }], fallbackText: text };
      }
      const items = answer.speakers.map((s) =>
        personWithCount(entityLabel(s.entity), s.quoteCount, s.reportedCount),
      );
      const title = `Who speaks in ${source}`;
      const blocks: ReplyBlock[] = [{ kind: "list", items }];
      if (unattributed !== null) blocks.push({ kind: "paragraph", text: `${unattributed}.` });
      blocks.push({ kind: "context", text: 'Ask /whosaid <name> or /whosaid "a phrase".' });
      const fallbackText = [`${title}: ${items.join("; ")}.`, unattributed]
        .filter((s) => s !== null)
        .join(" ");
      return { ...base, title, blocks, fallbackText };
    }
    case "speaker": {
      const title = `What ${answer.entity.name} said`;
      const blocks: ReplyBlock[] = [];
      if (answer.entity.role !== undefined)
        blocks.push({ kind: "context", text: answer.entity.role });
      blocks.push({
        kind: "quotes",
        quotes: answer.quotes.map((q) => toReplyQuote(q, answer.entity)),
      });
      const count = `${statementCount(answer.quotes.length, reportedCount(answer.quotes))} in ${source}`;
      // Quotes nobody could be given may be this speaker's too: the reader should know they exist.
      const text = unattributed === null ? count : `${count} · ${unattributed}`;
      blocks.push({ kind: "context", text });
      const fallbackText = `${title}: ${answer.quotes.map((q) => q.text).join(" / ")}`;
      return { ...base, title, blocks, fallbackText };
    }
    case "phrase":
      return phraseReply(answer, analysis, base);
    case "none": {
      const text = `Nothing in ${source} matches “${answer.query}”.`;
      const blocks: ReplyBlock[] = [{ kind: "paragraph", text }];
      if (answer.suggestions.length > 0)
        blocks.push({ kind: "list", title: "Did you mean", items: [...answer.suggestions] });
      return { ...base, visibility: "requester", blocks, fallbackText: text };
    }
  }
}

function phraseReply(
  answer: Extract<WhoSaidAnswer, { kind: "phrase" }>,
  analysis: Analysis,
  base: Pick<Reply, "visibility" | "url">,
): Reply {
  const title = `Who said “${answer.phrase}”`;
  const quotes = answer.matches.map((m) => ({
    ...toReplyQuote(m.quote, speakerOf(m.quote, analysis)),
    context: m.sentence.text,
  }));
  const names = [...new Set(quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker])))];
  const note = unattributedNote(unattributedCount(quotes));
  const who = [names.join(", "), note === null ? "" : `${note}.`].filter((s) => s !== "");
  return {
    ...base,
    title,
    blocks: [
      { kind: "paragraph", text: who.join(" ") },
      { kind: "quotes", quotes },
    ],
    fallbackText: `${title}: ${who.join(" ")}`,
  };
}

function toReplyQuote(quote: Quote, entity: Entity | undefined): ReplyQuote {
  return {
    text: displayQuoteText(quote.text),
    speaker: quote.speaker,
    ...(entity?.role === undefined ? {} : { role: entity.role }),
    ...(quote.type === "indirect" ? { indirect: true } : {}),
  };
}

function speakerOf(quote: Quote, analysis: Analysis): Entity | undefined {
  return quote.speakerId === null
    ? undefined
    : analysis.people.find((p) => p.id === quote.speakerId);
}

function entityLabel(entity: Entity): string {
  return personLabel(entity.name, entity.role);
}

function articleLabel(analysis: Analysis): string {
  const title = analysis.article.title;
  return title === undefined || title === "" ? "this article" : `“${title}”`;
}
