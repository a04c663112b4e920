import { z } from "zod";
import { NewsbriefError } from "../errors.ts";

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const goldQuoteSchema = z.object({
  ...span,
  text: z.string(),
  speaker: z.string().nullable(),
  cue: z.string().optional(),
  partial: z.boolean().optional(),
  /** Where the text names or refers to the speaker (PolNeAR's gold source span), when annotated. */
  speaker_mention: z
    .unknown()
    .optional()
    .transform((v) => {
      const parsed = z.object({ ...span, text: z.string() }).safeParse(v);
      return parsed.success ? parsed.data : undefined;
    }),
});

const querySchema = z.union([
  z.object({ ask: z.string().min(1), quote_ids: z.array(z.number().int().nonnegative()) }),
  z.object({ ask: z.string().min(1), speaker: z.string().nullable() }),
]);

const goldArticleSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().min(1),
  quotes: z.array(goldQuoteSchema),
  ambiguous: z.array(z.object({ ...span, why: z.string().optional() })).default([]),
  non_speech: z
    .array(z.object({ ...span, why: z.string().optional() }))
    .nullish()
    .transform((v) => v ?? []),
  queries: z
    .array(querySchema)
    .nullish()
    .transform((v) => v ?? []),
});

export type GoldQuote = z.infer<typeof goldQuoteSchema>;
export type GoldQuery = z.infer<typeof querySchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** Parses a gold file in the format of the shared eval data (one JSON article per line). */
export function parseGoldArticles(content: string, source: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? "";
    if (line === "") continue;
    articles.push(parseGoldLine(line, `${source} line ${i + 1}`));
  }
  if (articles.length === 0) {
    throw new NewsbriefError("INPUT_EMPTY", `${source} holds no gold articles.`, {
      details: { input: source },
    });
  }
  return articles;
}

function parseGoldLine(line: string, where: string): GoldArticle {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new NewsbriefError("INPUT_INVALID", `${where} is not valid JSON.`, { cause: error });
  }
  const parsed = goldArticleSchema.safeParse(value);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new NewsbriefError(
      "INPUT_INVALID",
      `${where} is not a gold article: ${problem?.path.join(".") ?? ""} ${problem?.message ?? ""}.`,
    );
  }
  for (const quote of parsed.data.quotes) {
    if (parsed.data.text.slice(quote.start, quote.end) !== quote.text) {
      throw new NewsbriefError(
        "INPUT_INVALID",
        `${where}: the quote at ${quote.start}-${quote.end} does not match the text at those offsets.`,
      );
    }
  }
  return parsed.data;
}
