import type { Readable } from "node:stream";
import { Agent, type Dispatcher, request } from "undici";
import type { CoreConfig } from "../config.ts";
import {
  type ContentType,
  checkContentType,
  type Expected,
  parseContentType,
} from "./content-type.ts";
import { networkError, statusError, tooManyRedirectsError } from "./fetch-errors.ts";
import { createGuardedLookup, type DnsLookup, systemLookup } from "./guarded-lookup.ts";
import { readBody, tooLargeError } from "./read-body.ts";
import { type AddressPolicy, checkUrl } from "./url-guard.ts";

/** The User-Agent sent when none is configured: a browser-compatible token plus who we are. */
export const DEFAULT_USER_AGENT =
  "Mozilla/5.0 (compatible; newsbrief/0.1; news briefing bot; +https://github.com/newsbrief)";

/** How the fetcher behaves: timeouts, size cap, and which addresses it may reach. */
export interface FetcherOptions extends AddressPolicy {
  readonly connectTimeoutMs: number;
  /** Total time for one fetch, redirects and body included. */
  readonly timeoutMs: number;
  /** Largest body read, after decompression; enforced while streaming. */
  readonly maxBytes: number;
  readonly userAgent?: string;
  /** At most this many redirects are followed (5 unless set). */
  readonly maxRedirects?: number;
  /** Host name resolution; the system resolver unless a test maps names itself. */
  readonly lookup?: DnsLookup;
  /**
   * Certificate authorities (PEM) trusted instead of Node's bundled roots; for tests. A deployment
   * that must trust a private CA as well sets NODE_EXTRA_CA_CERTS.
   */
  readonly trustedCa?: string;
}

/** What to fetch and the validators of a previous answer for a conditional GET. */
export interface FetchRequest {
  readonly expect: Expected;
  readonly etag?: string;
  readonly lastModified?: string;
}

/** A fetched page or feed. */
export interface FetchedResource {
  /** The final URL after redirects. */
  readonly url: string;
  readonly status: number;
  /** True on a 304 answer to a conditional GET: the body is empty. */
  readonly notModified: boolean;
  readonly contentType: ContentType;
  readonly body: Buffer;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly contentLanguage?: string;
}

/** The core's port for HTTP: fetches one URL safely. */
export interface Fetcher {
  fetch(url: string, request: FetchRequest): Promise<FetchedResource>;
  /** Closes pooled connections so a short-lived process can exit. */
  close(): Promise<void>;
}

const ACCEPT: Record<Expected, string> = {
  article: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
  feed: "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1",
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The fetcher settings of a loaded configuration. */
export function fetcherOptionsFromConfig(config: CoreConfig): FetcherOptions {
  return { ...config.fetch, allowPrivateUrls: config.allowPrivateUrls };
}

/** Creates the safe HTTP fetcher: SSRF-checked addresses, timeouts, size cap, redirects re-checked. */
export function createFetcher(options: FetcherOptions): Fetcher {
  const agent = new Agent({
    connect: {
      timeout: options.connectTimeoutMs,
      lookup: createGuardedLookup(options.lookup ?? systemLookup, options),
      ...(options.trustedCa === undefined ? {} : { ca: options.trustedCa }),
    },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
    connections: 8,
  });
  return {
    fetch: (url, fetchRequest) => fetchFollowing(agent, options, url, fetchRequest),
    close: () => agent.close(),
  };
}

async function fetchFollowing(
  agent: Dispatcher,
  options: FetcherOptions,
  raw: string,
  fetchRequest: FetchRequest,
): Promise<FetchedResource> {
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = checkUrl(raw, options);
  for (let hop = 0; ; hop++) {
    const response = await send(agent, options, url, fetchRequest, signal);
    const location = header(response.headers, "location");
    if (REDIRECTS.has(response.statusCode) && location !== undefined) {
      await response.body.dump().catch(() => undefined);
      if (hop >= maxRedirects) throw tooManyRedirectsError(url, maxRedirects);
      url = checkUrl(new URL(location, url).href, options);
      continue;
    }
    try {
      return await finish(response, url, options, fetchRequest);
    } catch (error) {
      discard(response.body);
      throw networkError(error, url, signal.aborted, options.timeoutMs);
    }
  }
}

async function send(
  agent: Dispatcher,
  options: FetcherOptions,
  url: URL,
  fetchRequest: FetchRequest,
  signal: AbortSignal,
): Promise<Dispatcher.ResponseData> {
  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT[fetchRequest.expect],
    "accept-encoding": "gzip, deflate, br",
    "accept-language": "en;q=1.0, *;q=0.5",
  };
  if (fetchRequest.etag !== undefined) headers["if-none-match"] = fetchRequest.etag;
  if (fetchRequest.lastModified !== undefined)
    headers["if-modified-since"] = fetchRequest.lastModified;
  try {
    return await request(url, { dispatcher: agent, method: "GET", headers, signal });
  } catch (error) {
    throw networkError(error, url, signal.aborted, options.timeoutMs);
  }
}

async function finish(
  response: Dispatcher.ResponseData,
  url: URL,
  options: FetcherOptions,
  fetchRequest: FetchRequest,
): Promise<FetchedResource> {
  const { statusCode: status, headers } = response;
  const contentType = parseContentType(header(headers, "content-type"));
  const validators = {
    ...optional("etag", header(headers, "etag")),
    ...optional("lastModified", header(headers, "last-modified")),
    ...optional("contentLanguage", header(headers, "content-language")),
  };
  const base = { url: url.href, status, contentType, ...validators };
  if (status === 304) {
    await response.body.dump();
    return { ...base, notModified: true, body: Buffer.alloc(0) };
  }
  if (status < 200 || status >= 300) {
    await response.body.dump().catch(() => undefined);
    throw statusError(url, status, header(headers, "retry-after"));
  }
  checkContentType(contentType, fetchRequest.expect, url.href);
  const declared = Number(header(headers, "content-length") ?? Number.NaN);
  if (declared > options.maxBytes) throw tooLargeError(url.href, options.maxBytes);
  const body = await readBody(
    response.body as unknown as Readable,
    header(headers, "content-encoding"),
    options.maxBytes,
    url.href,
  );
  return { ...base, notModified: false, body };
}

/** Drops a body without reading it; the no-op listener keeps the abort from being an unhandled error. */
function discard(body: Dispatcher.ResponseData["body"]): void {
  body.on("error", () => undefined);
  body.destroy();
}

function header(headers: Dispatcher.ResponseData["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
