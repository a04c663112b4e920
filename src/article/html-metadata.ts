import { parseDate } from "./dates.ts";
import type { DomDocument } from "./dom.ts";
import { choosePageTitle } from "./page-title.ts";

/** What a page says about itself in its head: title, author, site, date, language, paywall flag. */
export interface PageMetadata {
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly publishedAt?: string;
  readonly lang?: string;
  /** JSON-LD says the article is not free to read (isAccessibleForFree: false). */
  readonly paywalled: boolean;
  /** JSON-LD describes an article, or og:type is "article". */
  readonly declaredArticle: boolean;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/;

const DATE_META = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
];

/**
 * Reads the metadata of a page from JSON-LD NewsArticle, Open Graph, meta tags, <title> and <h1>.
 * Call it before the page is cleaned: the <h1> is often in a header that the clean-up removes.
 */
export function readMetadata(document: DomDocument, url?: string): PageMetadata {
  const meta = metaTags(document);
  const ld = articleJsonLd(document);
  const byline = authorsOf(ld?.author) ?? cleanByline(meta.get("author") ?? meta.get("byl"));
  const siteName = meta.get("og:site_name") ?? text((ld?.publisher as Json | undefined)?.name);
  const published =
    text(ld?.datePublished) ??
    DATE_META.map((name) => meta.get(name)).find((v) => v !== undefined) ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    undefined;
  const lang =
    document.documentElement?.getAttribute("lang") ??
    text(ld?.inLanguage) ??
    meta.get("og:locale")?.replace("_", "-");
  const title = choosePageTitle({
    jsonLd: text(ld?.headline),
    openGraph: meta.get("og:title"),
    twitter: meta.get("twitter:title"),
    document: document.title,
    headings: Array.from(document.querySelectorAll("h1"), (h1) => h1.textContent ?? ""),
    siteName,
    byline,
    url,
  });
  const fields = {
    title,
    byline,
    siteName,
    publishedAt: normaliseDate(published),
    lang: lang?.trim() || undefined,
  };
  return {
    ...(Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined && v !== ""),
    ) as Omit<PageMetadata, "paywalled" | "declaredArticle">),
    paywalled: ld !== undefined && isPaywalled(ld),
    declaredArticle: ld !== undefined || meta.get("og:type")?.toLowerCase() === "article",
  };
}

function metaTags(document: DomDocument): Map<string, string> {
  const found = new Map<string, string>();
  const tags = document.querySelectorAll("meta[content]");
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const key =
      tag.getAttribute("property") ?? tag.getAttribute("name") ?? tag.getAttribute("itemprop");
    const content = tag.getAttribute("content")?.trim();
    if (key && content && !found.has(key.toLowerCase())) found.set(key.toLowerCase(), content);
  }
  return found;
}

/** The first JSON-LD object on the page whose type is a kind of article. */
function articleJsonLd(document: DomDocument): Json | undefined {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      // Many sites wrap their JSON-LD in a CDATA section (XHTML habit); JSON.parse would refuse it.
      parsed = JSON.parse(
        (scripts[i]!.textContent ?? "").replace(
          /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g,
          "",
        ),
      );
    } catch {
      continue; // Broken JSON-LD is common; the other sources still count.
    }
    const found = candidates(parsed).find((item) =>
      typesOf(item).some((t) => ARTICLE_TYPE.test(t)),
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

function candidates(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap((v) => (isObject(v) ? [v] : []));
  if (!isObject(value)) return [];
  const graph = value["@graph"];
  return Array.isArray(graph) ? [value, ...candidates(graph)] : [value];
}

function typesOf(item: Json): string[] {
  const type = item["@type"];
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

function isPaywalled(ld: Json): boolean {
  const free = ld.isAccessibleForFree;
  if (free === false || (typeof free === "string" && free.toLowerCase() === "false")) return true;
  const parts = Array.isArray(ld.hasPart) ? ld.hasPart : [ld.hasPart];
  return parts.some(
    (part) =>
      isObject(part) &&
      (part.isAccessibleForFree === false || part.isAccessibleForFree === "False"),
  );
}

function authorsOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((a) => (typeof a === "string" ? a : isObject(a) ? text(a.name) : undefined))
    .filter((n): n is string => n !== undefined && !/^https?:/.test(n));
  return names.length === 0 ? undefined : cleanByline(names.join(", "));
}

/** "By Jane Roe" and "Jane Roe | Staff" become "Jane Roe"; URLs and essays are not bylines. */
function cleanByline(value: string | undefined): string | undefined {
  const flat = value
    ?.replace(/\s+/g, " ")
    .trim()
    .replace(/^by\s+/i, "");
  if (flat === undefined || flat === "" || flat.length > 120 || /^https?:/.test(flat))
    return undefined;
  return flat;
}

/** ISO 8601 dates are kept as written (with their offset); other formats (any language) become UTC ISO. */
function normaliseDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    return Number.isNaN(Date.parse(trimmed)) ? undefined : trimmed;
  }
  return parseDate(trimmed);
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const flat = value.replace(/\s+/g, " ").trim();
  return flat === "" ? undefined : flat;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
