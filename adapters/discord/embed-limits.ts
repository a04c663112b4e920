import type { APIEmbed, APIEmbedField } from "discord.js";
import { truncateText } from "../../src/index.ts";

/** Discord's documented limits; going past any of them fails the whole message with error 50035. */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Characters across every embed of one message. */
  embedsTotal: 6000,
  content: 2000,
  /** Longest URL we put in an embed or masked link. */
  url: 2048,
} as const;

/** Characters Discord counts towards the 6000 limit for one embed. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** An embed being assembled: every text is already escaped where Discord renders markdown. */
export interface EmbedDraft {
  readonly title?: string;
  readonly url?: string;
  readonly color?: number;
  readonly description: string;
  readonly fields: readonly APIEmbedField[];
  /** Plain text; Discord does not render markdown in footers. */
  readonly footer: string;
}

/**
 * Builds an embed that respects every per-part limit and the total: the last fields go first
 * (a footer note says how many), then the description shrinks, then the footer.
 */
export function fitEmbed(draft: EmbedDraft): APIEmbed {
  const title =
    draft.title === undefined ? "" : truncateText(draft.title.trim(), DISCORD_LIMITS.title);
  let description = truncateText(draft.description.trim(), DISCORD_LIMITS.description);
  const fields = draft.fields.map(fitField);
  let dropped = Math.max(0, fields.length - DISCORD_LIMITS.fields);
  // One slot stays free for the note when fields are dropped for count.
  if (dropped > 0) dropped += 1;
  let kept = fields.slice(0, fields.length - dropped);
  const footerFor = (n: number) =>
    truncateText(
      [draft.footer.trim(), n > 0 ? `${n} more not shown` : ""].filter((s) => s !== "").join(" · "),
      DISCORD_LIMITS.footer,
    );
  let footer = footerFor(dropped);
  const total = () => title.length + description.length + footer.length + fieldsLength(kept);
  while (total() > DISCORD_LIMITS.embedsTotal && kept.length > 0) {
    kept = kept.slice(0, -1);
    dropped += 1;
    footer = footerFor(dropped);
  }
  const overflow = total() - DISCORD_LIMITS.embedsTotal;
  if (overflow > 0)
    description = truncateText(description, Math.max(0, description.length - overflow));
  const rest = total() - DISCORD_LIMITS.embedsTotal;
  if (rest > 0) footer = truncateText(footer, Math.max(0, footer.length - rest));
  return assemble(draft, title, description, kept, footer);
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    // Discord trims, then rejects empty names and values; a zero-width space is the accepted blank.
    name: truncateText(field.name.trim(), DISCORD_LIMITS.fieldName) || "\u200b",
    value: truncateText(field.value.trim(), DISCORD_LIMITS.fieldValue) || "\u200b",
    ...(field.inline === undefined ? {} : { inline: field.inline }),
  };
}

function fieldsLength(fields: readonly APIEmbedField[]): number {
  return fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}

function assemble(
  draft: EmbedDraft,
  title: string,
  description: string,
  fields: readonly APIEmbedField[],
  footer: string,
): APIEmbed {
  const embed: APIEmbed = {};
  if (title !== "") embed.title = title;
  if (title !== "" && draft.url !== undefined) embed.url = draft.url;
  if (draft.color !== undefined) embed.color = draft.color;
  if (description !== "") embed.description = description;
  if (fields.length > 0) embed.fields = [...fields];
  if (footer !== "") embed.footer = { text: footer };
  return embed;
}
