/** Every failure newsbrief reports to a user carries one of these codes. */
export type ErrorCode =
  | "INPUT_EMPTY"
  | "INPUT_INVALID"
  | "INPUT_TOO_LARGE"
  | "URL_NOT_ALLOWED"
  | "ARTICLE_FETCH_FAILED"
  | "ARTICLE_UNREADABLE"
  | "ANALYSIS_TIMEOUT"
  | "FRONT_PAGE"
  | "FEED_INVALID"
  | "COMMAND_INVALID"
  | "NO_CURRENT_ARTICLE"
  | "SUBSCRIPTION_NOT_FOUND"
  | "SCHEDULE_INVALID"
  | "TIMEZONE_INVALID"
  | "CONFIG_INVALID"
  | "RATE_LIMITED"
  | "STORE_FAILED"
  | "INTERNAL";

/**
 * Why a failure happened, as a closed list: friendly messages and log queries switch on these, so a
 * new reason is added here (and the compiler shows where it matters), never made up at a call site.
 */
export type ErrorReason =
  // Fetching a page or a feed.
  | "timeout"
  | "dns"
  | "refused"
  | "tls"
  | "network"
  | `http-${number}`
  | "too-many-redirects"
  | "bad-encoding"
  | "bad-xml"
  | "bad-json"
  // Addresses.
  | "bad-url"
  | "protocol"
  | "credentials"
  | "private-address"
  // What came back.
  | "not-article"
  | "not-feed"
  | "html-page"
  | "paywall"
  | "empty"
  | "binary"
  | "too-large"
  | "too-deep"
  | "too-complex"
  | "extract-failed"
  | "out-of-range"
  | "front-page"
  // Analysis.
  | "analysis-timeout"
  // The store.
  | "items-claimed"
  | "store-unreachable"
  // A chat platform refused or failed (the platform's own code goes in `platformCode`).
  | "platform-refused"
  | "forbidden"
  | "channel-not-found"
  | "start-failed";

/** Facts about a failure that a friendly message or a log line can use. */
export interface ErrorDetails {
  /** HTTP status of the remote answer, when there was one. */
  status?: number;
  /** The URL or file the failure is about. */
  input?: string;
  /** Why, from a closed list: "timeout", "dns", "paywall"... */
  reason?: ErrorReason;
  /** A platform's or the database driver's own error code ("not_in_channel", "ECONNREFUSED"), for logs and advice. */
  platformCode?: string;
  /** For RATE_LIMITED: when to try again. */
  retryAfterMs?: number;
}

/** The one error class of newsbrief: a code, a message for people, details and a cause. */
export class NewsbriefError extends Error {
  override readonly name = "NewsbriefError";
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetails; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** Narrows an unknown thrown value to a NewsbriefError. */
export function isNewsbriefError(value: unknown): value is NewsbriefError {
  return value instanceof NewsbriefError;
}

/** Wraps anything thrown into a NewsbriefError, keeping the original as its cause. */
export function toNewsbriefError(value: unknown): NewsbriefError {
  if (isNewsbriefError(value)) return value;
  return new NewsbriefError("INTERNAL", "Something went wrong on our side.", { cause: value });
}

// Whose fault each failure is. Ours (a bug, our store, the deployment's configuration) deserves an
// error log and an alert; the others are expected outcomes of what a user or a remote site did.
// A Record, so that a new code cannot be added without deciding.
const OUR_FAULT: Readonly<Record<ErrorCode, boolean>> = {
  INPUT_EMPTY: false,
  INPUT_INVALID: false,
  INPUT_TOO_LARGE: false,
  URL_NOT_ALLOWED: false,
  ARTICLE_FETCH_FAILED: false,
  ARTICLE_UNREADABLE: false,
  ANALYSIS_TIMEOUT: false,
  FRONT_PAGE: false,
  FEED_INVALID: false,
  COMMAND_INVALID: false,
  NO_CURRENT_ARTICLE: false,
  SUBSCRIPTION_NOT_FOUND: false,
  SCHEDULE_INVALID: false,
  TIMEZONE_INVALID: false,
  CONFIG_INVALID: true,
  RATE_LIMITED: false,
  STORE_FAILED: true,
  INTERNAL: true,
};

/** True when a failure with this code is newsbrief's own (logged as an error), not the user's or a site's. */
export function isOurFault(code: ErrorCode): boolean {
  return OUR_FAULT[code];
}
