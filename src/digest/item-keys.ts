/** Query parameters that only track where a click came from; two links differing in them are one article. */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref|ref_src|cmpid|ncid|ocid|src|source|smid|sr_share|at_\w+|ns_\w+|itm_\w+|_ga|igshid)$/i;

/** Titles shorter than this (in words) are too generic to dedupe on ("Morning briefing"). */
const MIN_TITLE_WORDS = 4;

/**
 * Normalises an article link so that the same article under cosmetic differences compares equal:
 * scheme, "www.", default port, fragment, tracking parameters, parameter order, trailing slash.
 */
export function normaliseLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length === 0 ? "" : `?${new URLSearchParams(params).toString()}`;
  const path = url.pathname.replace(/(?<!\/)\/+$/, "").replace(/\/index\.html?$/i, "");
  const port = url.port === "" || url.port === "80" || url.port === "443" ? "" : `:${url.port}`;
  return `${host}${port}${path}${query}`;
}

/** Normalises a headline for comparison: case, accents, quotes, punctuation and spacing. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** What identifies a feed item. */
export interface ItemIdentity {
  readonly feedUrl: string;
  readonly guid?: string;
  readonly link?: string;
  readonly title?: string;
}

/**
 * The dedupe keys of a feed item: its guid (scoped to the feed), its normalised link and its
 * normalised title. A feed that rewrites guids or dates still matches on link or title.
 */
export function itemKeys(item: ItemIdentity): string[] {
  const keys: string[] = [];
  if (item.guid !== undefined && item.guid.trim() !== "")
    keys.push(`g:${item.feedUrl} ${item.guid.trim()}`);
  const link = item.link === undefined ? null : normaliseLink(item.link);
  if (link !== null) keys.push(`l:${link}`);
  const title = item.title === undefined ? "" : normaliseTitle(item.title);
  if (title.split(" ").length >= MIN_TITLE_WORDS) keys.push(`t:${title}`);
  if (keys.length === 0 && title !== "") keys.push(`t:${item.feedUrl} ${title}`);
  return keys;
}
