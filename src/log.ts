import pino from "pino";
import { isOurFault, toNewsbriefError } from "./errors.ts";
import { serializeError } from "./log-redact.ts";

/** The structured logger the core is given; pino's API, so `log.info({ channel, ms }, "brief sent")`. */
export type Logger = pino.Logger;

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

// Fields that hold secrets wherever they appear in a log line's object.
const REDACT_PATHS = [
  "token",
  "*.token",
  "botToken",
  "appToken",
  "signingSecret",
  "headers.authorization",
  "*.headers.authorization",
  "headers.Authorization",
  "*.headers.Authorization",
];

/**
 * Creates the process logger; logs go to stderr so stdout stays clean for CLI output. Errors (`err`
 * and `error` fields) are logged by the redacting serializer, never as raw objects: those can hold
 * request headers, interaction tokens in URLs and whole response bodies.
 */
export function createLogger(
  level: LogLevel = "info",
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}

/**
 * Logs a failed command by the one policy every front end shares: our fault is an error with the
 * (redacted) error; anything else is an info line with its code, reason and status. Returns the
 * failure as a NewsbriefError, for the reply.
 */
export function logFailure(
  logger: Logger,
  error: unknown,
  fields: Readonly<Record<string, unknown>>,
): ReturnType<typeof toNewsbriefError> {
  const failure = toNewsbriefError(error);
  const { reason, status, platformCode } = failure.details;
  const facts = { ...fields, code: failure.code, reason, status, platformCode };
  if (isOurFault(failure.code)) logger.error({ ...facts, err: error }, "command failed");
  else logger.info(facts, "command refused");
  return failure;
}

export { redactSecrets } from "./log-redact.ts";
