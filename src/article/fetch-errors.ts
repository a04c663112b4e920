import { type ErrorReason, NewsbriefError } from "../errors.ts";

/** The error for an HTTP answer that is not a page: 403, 404, 429, 5xx... */
export function statusError(url: URL, status: number, retryAfter?: string): NewsbriefError {
  const details = { input: url.href, status, reason: `http-${status}` as const };
  const retryAfterMs = status === 429 ? parseRetryAfter(retryAfter) : undefined;
  return new NewsbriefError("ARTICLE_FETCH_FAILED", statusMessage(url, status, retryAfterMs), {
    details: retryAfterMs === undefined ? details : { ...details, retryAfterMs },
  });
}

function statusMessage(url: URL, status: number, retryAfterMs: number | undefined): string {
  const host = url.host;
  if (status === 401 || status === 403) {
    return `${host} refused to give newsbrief ${url.href} (HTTP ${status}). The site may block automated readers: paste the article's text instead.`;
  }
  if (status === 404 || status === 410) {
    return `${url.href} was not found (HTTP ${status}). Check the link.`;
  }
  if (status === 429) {
    const when =
      retryAfterMs === undefined
        ? "in a few minutes"
        : `in ${Math.ceil(retryAfterMs / 60_000)} min`;
    return `${host} is limiting requests (HTTP 429). Try again ${when}.`;
  }
  if (status >= 500) {
    return `${host} had an error (HTTP ${status}) serving ${url.href}. Try again later.`;
  }
  return `${url.href} could not be read (HTTP ${status}). Check the link.`;
}

/** The error for a link that keeps redirecting. */
export function tooManyRedirectsError(url: URL, max: number): NewsbriefError {
  return new NewsbriefError(
    "ARTICLE_FETCH_FAILED",
    `${url.href} redirects more than ${max} times. Open it in a browser and share the final link.`,
    { details: { input: url.href, reason: "too-many-redirects" } },
  );
}

/** Turns whatever a request threw (undici, sockets, the timeout signal) into a NewsbriefError. */
export function networkError(
  error: unknown,
  url: URL,
  timedOut: boolean,
  timeoutMs: number,
): NewsbriefError {
  const own = findNewsbriefError(error);
  if (own !== undefined) return own;
  const code = errorCode(error);
  const host = url.host;
  const fail = (reason: ErrorReason, message: string) =>
    new NewsbriefError("ARTICLE_FETCH_FAILED", message, {
      details: { input: url.href, reason },
      cause: error,
    });
  if (timedOut || /TIMEOUT/.test(code) || isTimeoutName(error)) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    return fail("timeout", `${host} did not answer in time (limit ${seconds} s). Try again later.`);
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return fail(
      "dns",
      `Could not find the site ${host}: its address did not resolve. Check the link.`,
    );
  }
  if (code === "ECONNREFUSED") {
    return fail(
      "refused",
      `${host} refused the connection. The site may be down; try again later.`,
    );
  }
  if (/CERT|TLS|SSL/.test(code)) {
    return fail("tls", `Could not open a secure connection to ${host} (${code}).`);
  }
  const what = error instanceof Error ? error.message : String(error);
  return fail("network", `Could not reach ${host}: ${what}. Try again later.`);
}

function findNewsbriefError(error: unknown): NewsbriefError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (current instanceof NewsbriefError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return "";
}

function isTimeoutName(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  return name === "TimeoutError";
}

/** Retry-After as milliseconds: either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
