import type { Analysis } from "../analysis.ts";
import type { Entity } from "../people/entity.ts";
import { reportedCount } from "../quotes/counts.ts";
import type { Quote } from "../quotes/quote.ts";
import type { WhoSaidAnswer } from "../quotes/who-said.ts";
import { statementCount } from "./count-label.ts";
import { displayQuoteText } from "./quote-text.ts";
import type { Reply, ReplyBlock, ReplyQuote } from "./reply.ts";

/** Turns a who-said answer into a neutral reply about the article it came from. */
export function renderWhoSaid(answer: WhoSaidAnswer, analysis: Analysis): Reply {
  const source = articleLabel(analysis);
  const url = analysis.article.url;
  const base = url === undefined ? {} : { url };
  switch (answer.kind) {
    case "speakers": {
      if (answer.speakers.length === 0) {
        const text = `Nobody is quoted in ${source}.`;
        return {
          visibility: "channel",
          ...base,
          blocks: [{ kind: "paragraph", text }],
          fallbackText: text,
        };
      }
      const items = answer.speakers.map(
        (s) => `${nameWithRole(s.entity)}: ${statementCount(s.quoteCount, s.reportedCount)}`,
      );
      const title = `Who speaks in ${source}`;
      return {
        visibility: "channel",
        title,
        ...base,
        blocks: [
          { kind: "list", items },
          { kind: "context", text: 'Ask /whosaid <name> or /whosaid "a phrase".' },
        ],
        fallbackText: `${title}: ${items.join("; ")}`,
      };
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
      blocks.push({
        kind: "context",
        text: `${statementCount(answer.quotes.length, reportedCount(answer.quotes))} in ${source}`,
      });
      return {
        visibility: "channel",
        title,
        ...base,
        blocks,
        fallbackText: `${title}: ${answer.quotes.map((q) => q.text).join(" / ")}`,
      };
    }
    case "phrase": {
      const title = `Who said “${answer.phrase}”`;
      const quotes = answer.matches.map((m) => ({
        ...toReplyQuote(m.quote, speakerOf(m.quote, analysis)),
        context: m.sentence.text,
      }));
      const who = [...new Set(quotes.map((q) => q.speaker ?? "an unnamed speaker"))].join(", ");
      return {
        visibility: "channel",
        title,
        ...base,
        blocks: [
          { kind: "paragraph", text: who },
          { kind: "quotes", quotes },
        ],
        fallbackText: `${title}: ${who}`,
      };
    }
    case "none": {
      const text = `Nothing in ${source} matches “${answer.query}”.`;
      const blocks: ReplyBlock[] = [{ kind: "paragraph", text }];
      if (answer.suggestions.length > 0)
        blocks.push({ kind: "list", title: "Did you mean", items: [...answer.suggestions] });
      return { visibility: "requester", ...base, blocks, fallbackText: text };
    }
  }
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

function nameWithRole(entity: Entity): string {
  return entity.role === undefined ? entity.name : `${entity.name} (${entity.role})`;
}

function articleLabel(analysis: Analysis): string {
  const title = analysis.article.title;
  return title === undefined || title === "" ? "this article" : `“${title}”`;
}
