import pino from "pino";

/** The structured logger the core is given; pino's API, so `log.info({ channel, ms }, "brief sent")`. */
export type Logger = pino.Logger;

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/** Creates the process logger; logs go to stderr so stdout stays clean for CLI output. */
export function createLogger(level: LogLevel = "info"): Logger {
  return pino(
    {
      level,
      redact: { paths: ["token", "*.token", "headers.authorization"], censor: "[redacted]" },
    },
    pino.destination(2),
  );
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
