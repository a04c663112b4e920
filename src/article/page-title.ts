// The headline of a page, from the places a page states it: JSON-LD headline, og:title,
// twitter:title, <title> and the <h1>s. Head titles carry site and author names ("Minister quits |
// The Daily", "... - Jane Roe") and portals put one generic og:title on every page ("Example News -
// Latest News & Headlines"); the visible <h1> has neither but may be a section name. So a source
// counts when another one agrees with it, and the agreed headline is taken without its affixes.

/** Where a page states its headline, as found in its markup. */
export interface TitleSources {
  readonly jsonLd?: string | undefined;
  readonly openGraph?: string | undefined;
  readonly twitter?: string | undefined;
  /** The <title> element. */
  readonly document?: string | undefined;
  /** The text of each <h1>, in document order. */
  readonly headings: readonly string[];
  readonly siteName?: string | undefined;
  readonly byline?: string | undefined;
  /** The page's URL: its host names the site too. */
  readonly url?: string | undefined;
}

// Separators between a headline and a site or author name: " | ", " - ", " – ", " — ", " · ", " » ".
// Tried only where a run of spaces starts (from every position of a long run it is quadratic), or
// at a bar right after the spaces that ended the previous separator.
const SEPARATOR = /(?<!\s)(?:\s+[|–—·•»-]\s+|\s*\|\s*)|\|\s*/;

// Titles a portal gives every page, and names that are a site rather than a story.
const GENERIC =
  /^(?:home|home ?page|front ?page|news|latest|start|welcome)$|\b(?:latest|breaking|top|today'?s) (?:news|stories|headlines)\b|\bnews (?:&|and) (?:headlines|analysis|updates|views)\b|^welcome to\b/i;

// A date or a bare number left in a <title>: "21/12/2018", "Feb. 1, 2016", "2024".
const DATE_PART =
  /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\d{4})$/u;

// A headline is a line: a longer title or name is not taken (a page that wraps its text in an <h1>).
// Titles are compared prefix by prefix, which costs a title's length squared, so this bounds it.
const MAX_TITLE_CHARS = 400;
// Only the first <h1>s are compared with the head: each costs a comparison, and pages have a few.
const MAX_HEADINGS = 20;

/** The page's headline (see the file comment), or undefined when it states none. */
export function choosePageTitle(given: TitleSources): string | undefined {
  const sources = { ...given, siteName: flat(given.siteName), byline: flat(given.byline) };
  const strip = (title: string) => stripAffixes(title, sources);
  const usable = (t: string | undefined): t is string => t !== undefined && !isGeneric(t, sources);
  const ld = flat(sources.jsonLd);
  const meta = [sources.openGraph, sources.twitter, sources.document].map(flat).filter(usable);
  const headings = sources.headings.slice(0, MAX_HEADINGS).map(flat).filter(usable);
  const agrees = (a: string, list: readonly string[]) => list.some((b) => agree(a, b, sources));
  // The publisher's declared headline, confirmed by another source.
  if (usable(ld) && agrees(ld, [...meta, ...headings])) return strip(ld);
  // The visible headline, confirmed by the head.
  const head = usable(ld) ? [ld, ...meta] : meta;
  const heading = headings.find((h) => agrees(h, head));
  if (heading !== undefined) return heading;
  for (let i = 0; i < head.length; i++) {
    const other = head.slice(i + 1).find((u) => agree(head[i]!, u, sources));
    // Both state the headline; the shorter carries fewer of the site's words around it.
    if (other !== undefined) return shorter(strip(head[i]!), strip(other));
  }
  const first = head[0];
  if (first !== undefined) return stripNameLikeTail(strip(first));
  return headings.find((h) => h.split(" ").length >= 2);
}

/** True when two titles state the same headline, once affixes are set aside. */
function agree(a: string, b: string, sources: TitleSources): boolean {
  const forms = (t: string) => new Set([...prefixes(t), stripAffixes(t, sources)].map(key));
  const ofA = forms(a);
  for (const form of forms(b)) if (form !== "" && ofA.has(form)) return true;
  return false;
}

/**
 * "A - B - C" gives "A", "A - B" and "A - B - C", each of at least three words: a one- or
 * two-word prefix ("Brexit", "World") is a section's name more often than a headline.
 */
function prefixes(title: string): string[] {
  const parts = title.split(SEPARATOR);
  const out: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(" - ");
    if (i === parts.length || key(prefix).split(" ").length >= 3) out.push(prefix);
  }
  return out;
}

function shorter(a: string, b: string): string {
  return b.length < a.length ? b : a;
}

/** The headline without the site, author or date names around it. */
function stripAffixes(title: string, sources: TitleSources): string {
  const parts = title.split(SEPARATOR);
  const count = parts.length;
  const isAffix = (part: string) =>
    isSiteName(part, sources) || isAuthor(part, sources.byline) || DATE_PART.test(part.trim());
  while (parts.length > 1 && isAffix(parts[parts.length - 1]!)) parts.pop();
  while (parts.length > 1 && isAffix(parts[0]!)) parts.shift();
  return parts.length === count ? title : rejoin(title, parts);
}

/** The kept parts as they were written (with their own separators), not re-punctuated. */
function rejoin(title: string, parts: readonly string[]): string {
  const start = title.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const end = title.indexOf(last, Math.max(0, start)) + last.length;
  return start === -1 || end < start ? parts.join(" - ") : title.slice(start, end).trim();
}

/**
 * When no other source confirms a title, trailing parts that read as a name ("| The Daily Post",
 * "- Jane Roe", "- example.com") or a date are taken for the site's, the author's or the day's.
 */
function stripNameLikeTail(title: string): string {
  const parts = title.split(SEPARATOR);
  const count = parts.length;
  while (
    parts.length > 1 &&
    (NAME_LIKE.test(parts.at(-1)!.trim()) || DATE_PART.test(parts.at(-1)!.trim()))
  )
    parts.pop();
  return parts.length === count ? title : rejoin(title, parts);
}

// One to four capitalised words ("The Daily Post", "BBC News"), or a domain ("example.com").
const NAME_LIKE =
  /^\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|and|&|de|la|le|el|du|der)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,3}$|^[\w-]+(?:\.[A-Za-z]{2,})+$/u;

/**
 * A portal's title for every page ("Example News - Latest News & Headlines"), or a site's name: a
 * generic phrase or the site's name, with at most other short names beside it.
 */
function isGeneric(title: string, sources: TitleSources): boolean {
  const parts = title.split(SEPARATOR).map((part) => part.trim());
  const named = (part: string) => GENERIC.test(part) || isSiteName(part, sources);
  return parts.some(named) && parts.every((part) => named(part) || part.split(/\s+/).length <= 3);
}

function isSiteName(part: string, sources: TitleSources): boolean {
  const name = key(part).replace(/ /g, "");
  if (name === "") return false;
  const site = key(sources.siteName ?? "").replace(/ /g, "");
  if (site !== "" && (name === site || site.startsWith(name) || name.startsWith(site))) return true;
  const host = hostName(sources.url);
  return host !== undefined && (name === host || name === `${host}com`);
}

/** "www.example-times.co.uk" gives "exampletimes". */
function hostName(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const labels = new URL(url).hostname.split(".").filter((l) => !/^(?:www\d*|m|amp)$/.test(l));
  const main = labels.length > 2 && /^(?:co|com|org|net|gov|ac)$/.test(labels.at(-2)!) ? -3 : -2;
  const label = labels.at(main) ?? labels[0];
  return label === undefined ? undefined : key(label).replace(/ /g, "");
}

function isAuthor(part: string, byline: string | undefined): boolean {
  if (byline === undefined) return false;
  const name = key(part.replace(/^by\s+/i, ""));
  return byline.split(/,|\band\b|&/).some((author) => key(author) === name && name !== "");
}

/** A comparison key: lower case, letters and digits only, single spaces. */
function key(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function flat(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text === undefined || text === "" || text.length > MAX_TITLE_CHARS ? undefined : text;
}
