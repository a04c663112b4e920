/** What kind of document the bytes are, which decides where a charset may be declared inside. */
export type DocumentKind = "html" | "xml" | "text";

const SNIFF_BYTES = 4096;

/**
 * Decodes a body to text: a byte-order mark wins, then the charset the Content-Type header
 * declared, then a `<meta charset>` or XML declaration, then UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252 (what ISO-8859-1 means on the web).
 */
export function decodeBody(
  bytes: Uint8Array,
  declared: string | undefined,
  kind: DocumentKind,
): string {
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return new TextDecoder(bom).decode(bytes);
  const label = usableLabel(declared) ?? usableLabel(sniffDeclaredCharset(bytes, kind));
  if (label !== undefined) return decodeAs(bytes, label);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  return encoding === "windows-1252"
    ? decodeWindows1252(bytes)
    : new TextDecoder(encoding).decode(bytes);
}

// Node 20's TextDecoder reads windows-1252 (and so ISO-8859-1, its alias on the web) as strict
// Latin-1, turning curly quotes, dashes and the euro sign into invisible C1 controls.
const WINDOWS_1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Decodes Windows-1252 bytes, mapping 0x80-0x9F to the characters browsers show. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** The charset a document declares about itself in its first bytes, if any. */
export function sniffDeclaredCharset(bytes: Uint8Array, kind: DocumentKind): string | undefined {
  if (kind === "text") return undefined;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES));
  const ascii = head.toString("latin1");
  if (kind === "xml") {
    const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(ascii);
    if (xml?.[1] !== undefined) return xml[1];
  }
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(ascii);
  return meta?.[1];
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

/** A label TextDecoder understands, normalised; undefined for unknown or unsafe ones. */
function usableLabel(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // A page cannot describe itself in UTF-16 inside ASCII-compatible bytes; browsers read UTF-8.
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return undefined;
  }
}
