// Discord markdown treats a backslash before any ASCII punctuation as an escape, so escaping every
// character that can start formatting, a mention (<@…>, <#…>, <t:…>) or a masked link is enough to
// show article text exactly as written.
const MARKDOWN = /[\\*_~`|<>[\]()#]/g;
// Characters that only format at the start of a line: lists, block quotes, headings, subtext.
const LINE_START = /^([ \t]*)([-+]|\d+\.)(?=[ \t])/gm;
// @everyone and @here ping through text alone on some clients; a zero-width space breaks the word.
const MASS_MENTION = /@(everyone|here)/gi;

/** Escapes text for Discord markdown so it renders literally, with no formatting, links or mentions. */
export function escapeDiscord(text: string): string {
  return text
    .replace(MARKDOWN, "\\$&")
    .replace(LINE_START, "$1\\$2")
    .replace(MASS_MENTION, "@\u200b$1");
}
