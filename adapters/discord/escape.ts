// Discord markdown treats a backslash before any ASCII punctuation as an escape, so escaping every
// character that can start formatting, a mention (<@…>, <#…>, <t:…>) or a masked link is enough to
// show article text exactly as written.
const MARKDOWN = /[\\*_~`|<>[\]()#]/g;
// Characters that only format at the start of a line: lists, block quotes, headings, subtext.
const LIST_MARKER = /^([ \t]*)([-+])(?=[ \t])/gm;
const NUMBERED_ITEM = /^([ \t]*\d+)\.(?=[ \t])/gm;
// @everyone and @here ping through text alone on some clients; a zero-width space breaks the word.
const MASS_MENTION = /@(everyone|here)/gi;

/** Escapes text for Discord markdown so it renders literally, with no formatting, links or mentions. */
export function escapeDiscord(text: string): string {
  return text
    .replace(MARKDOWN, "\\$&")
    .replace(LIST_MARKER, "$1\\$2")
    .replace(NUMBERED_ITEM, "$1\\.")
    .replace(MASS_MENTION, "@\u200b$1");
}
