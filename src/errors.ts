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

/** Facts about a failure that a friendly message or a log line can use. */
export interface ErrorDetails {
  /** HTTP status of the remote answer, when there was one. */
  status?: number;
  /** The URL or file the failure is about. */
  input?: string;
  /** Why, in a few words: "timeout", "dns", "paywall", "not-html"... */
  reason?: string;
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
