import { isNewsbriefError } from "./errors.ts";

// Secrets that can turn up inside error messages, stacks and URLs. Each is a single run of a
// character class after a fixed prefix, so matching stays linear.
const SECRET_PATTERNS: readonly (readonly [RegExp, string])[] = [
  // Slack bot, user and app-level tokens.
  [/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g, "[redacted]"],
  // Discord bot tokens: three base64url parts. The lookbehind lets a run start only at its first
  // character, so a long run that is no token is scanned once, not once per position.
  [/(?<![\w-])[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/g, "[redacted]"],
  // Authorization header values.
  [/\b(Bot|Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, "$1 [redacted]"],
  // Discord interaction and webhook URLs carry their token in the path.
  [/\/(webhooks|interactions)\/(\d+)\/[A-Za-z0-9_.-]+/g, "/$1/$2/[redacted]"],
  // Slack response_url and incoming-webhook paths are bearer secrets too.
  [/(hooks\.slack\.com\/)[^\s"'<>]+/g, "$1[redacted]"],
  // Secrets in query strings and a password in a URL.
  [/([?&](?:token|access_token|api_key|key|sig|signature)=)[^&\s"'<>]+/gi, "$1[redacted]"],
  [/(\/\/[^/\s:@]+:)[^/\s@]+@/g, "$1[redacted]@"],
];

/** Replaces tokens, token-bearing URL parts and passwords in a string with "[redacted]". */
export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const MAX_CAUSE_DEPTH = 3;

/**
 * An error as a log field: its type, message, code, status and stack, the details of a
 * NewsbriefError and its causes, every string redacted. Never the raw object, whose other
 * properties (request options, headers, response bodies) may hold tokens or whole articles.
 */
export function serializeError(value: unknown, depth = 0): Record<string, unknown> {
  if (!(value instanceof Error)) return describeThrown(value);
  const out: Record<string, unknown> = {
    type: value.name,
    message: redactSecrets(value.message),
  };
  const { code, status, statusCode } = value as {
    code?: unknown;
    status?: unknown;
    statusCode?: unknown;
  };
  if (typeof code === "string" || typeof code === "number") out.code = code;
  if (typeof status === "number") out.status = status;
  else if (typeof statusCode === "number") out.status = statusCode;
  if (isNewsbriefError(value)) {
    const { input, ...details } = value.details;
    out.details = input === undefined ? details : { ...details, input: redactSecrets(input) };
  }
  if (value.stack !== undefined) out.stack = redactSecrets(value.stack);
  if (value.cause !== undefined && depth < MAX_CAUSE_DEPTH)
    out.cause = serializeError(value.cause, depth + 1);
  return out;
}

/** Something thrown that is not an Error: its message, name and code when it has them, redacted. */
function describeThrown(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return { message: redactSecrets(String(value)) };
  const out: Record<string, unknown> = {};
  for (const key of ["type", "name", "message", "code", "status"]) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === "string") out[key] = redactSecrets(field);
    else if (typeof field === "number") out[key] = field;
  }
  return out;
}
