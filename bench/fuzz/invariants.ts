// What must hold for any input: no crash, every span a verbatim slice inside the text, and any two
// quotations (reported speech included) apart or one inside the other.
import type { Analysis } from "../../src/analysis.ts";
import { analyzeArticle } from "../../src/analyze.ts";
import { isNewsbriefError } from "../../src/errors.ts";
import { brief } from "../../src/summary/brief.ts";
import type { Briefing } from "../../src/summary/briefing.ts";

/** What one input did. */
export interface FuzzOutcome {
  readonly crash?: string;
  readonly offsetViolations: string[];
  readonly partialOverlaps: string[];
  /** CPU milliseconds of the analysis and briefing. */
  readonly cpuMs: number;
}

interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly text?: string;
}

function offsetProblems(text: string, what: string, spans: readonly SpanLike[]): string[] {
  const out: string[] = [];
  for (const s of spans) {
    const inside =
      Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end;
    if (!inside || s.end > text.length) out.push(`${what} ${s.start}-${s.end} outside the text`);
    else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      out.push(`${what} ${s.start}-${s.end} is not the text it points at`);
    }
  }
  return out;
}

/** Pairs of quotations that overlap without one holding the other. */
export function partialOverlaps(quotes: readonly SpanLike[]): string[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: SpanLike[] = [];
  const out: string[] = [];
  for (const q of sorted) {
    while (open.length > 0 && (open[open.length - 1] as SpanLike).end <= q.start) open.pop();
    const outer = open[open.length - 1];
    if (outer !== undefined && q.end > outer.end) {
      out.push(`${outer.start}-${outer.end} and ${q.start}-${q.end}`);
    }
    open.push(q);
  }
  return out;
}

/** The briefing, or undefined when it is refused with a NewsbriefError (an expected outcome). */
function briefOrRefusal(analysis: Analysis): Briefing | undefined {
  try {
    return brief(analysis);
  } catch (error) {
    if (isNewsbriefError(error)) return undefined;
    throw error;
  }
}

function offsetViolations(
  text: string,
  analysis: Analysis,
  summary: readonly SpanLike[],
): string[] {
  return [
    ...offsetProblems(text, "paragraph", analysis.text.paragraphs),
    ...offsetProblems(text, "sentence", analysis.text.sentences),
    ...offsetProblems(text, "quote", analysis.quotes),
    ...offsetProblems(
      text,
      "cue",
      analysis.quotes.flatMap((q) => (q.cue === undefined ? [] : [q.cue])),
    ),
    ...offsetProblems(
      text,
      "mention",
      analysis.people.flatMap((p) => p.mentions),
    ),
    ...offsetProblems(text, "summary sentence", summary),
  ];
}

/** Analyses and briefs one input and checks what must hold. */
export function checkInput(text: string): FuzzOutcome {
  const before = process.cpuUsage();
  let analysis: Analysis;
  let briefing: Briefing | undefined;
  try {
    analysis = analyzeArticle({ text });
    briefing = briefOrRefusal(analysis);
  } catch (error) {
    const used = process.cpuUsage(before);
    return {
      crash: (error as Error)?.stack ?? String(error),
      offsetViolations: [],
      partialOverlaps: [],
      cpuMs: (used.user + used.system) / 1000,
    };
  }
  const used = process.cpuUsage(before);
  return {
    offsetViolations: offsetViolations(text, analysis, briefing?.summary ?? []),
    partialOverlaps: partialOverlaps(analysis.quotes),
    cpuMs: (used.user + used.system) / 1000,
  };
}
