// Feed summaries arrive as HTML snippets. A full DOM per item would cost more than the feed;
// this linear scan is enough for a one-paragraph summary.

const BLOCK_TAGS = new Set(
  "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr td th table section article figure pre hr dd dt".split(
    " ",
  ),
);

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  middot: "·",
  bull: "•",
  times: "×",
  shy: "",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  aacute: "á",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  ntilde: "ñ",
  ccedil: "ç",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
  Eacute: "É",
};

/** Plain text of an HTML snippet: tags removed (scripts with their content), entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, lt));
    const next = skipMarkup(html, lower, lt, parts);
    i = next;
  }
  return decodeEntities(parts.join(""))
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Returns where text resumes after the markup at `lt`; a lone "<" is kept as text. */
function skipMarkup(html: string, lower: string, lt: number, parts: string[]): number {
  if (lower.startsWith("<![cdata[", lt)) {
    const end = html.indexOf("]]>", lt + 9);
    parts.push(html.slice(lt + 9, end === -1 ? html.length : end));
    return end === -1 ? html.length : end + 3;
  }
  if (lower.startsWith("<!--", lt)) {
    const end = lower.indexOf("-->", lt + 4);
    return end === -1 ? html.length : end + 3;
  }
  const gt = html.indexOf(">", lt + 1);
  const name = /^<\/?([a-z][a-z0-9]*)/.exec(lower.slice(lt, lt + 40))?.[1];
  if (gt === -1 || (name === undefined && html[lt + 1] !== "!")) {
    parts.push("<");
    return lt + 1;
  }
  if ((name === "script" || name === "style") && html[lt + 1] !== "/") {
    const close = lower.indexOf(`</${name}`, gt);
    return close === -1 ? html.length : close;
  }
  parts.push(name !== undefined && BLOCK_TAGS.has(name) ? "\n" : "");
  return gt + 1;
}

/** Decodes character references: numeric ones and the common named ones. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi,
    (match, dec, hex, name) => {
      if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? match;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    },
  );
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
