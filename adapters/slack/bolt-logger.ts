import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import { type Logger, redactSecrets } from "../../src/index.ts";

const TO_BOLT: Readonly<Record<string, LogLevel>> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/** Routes Bolt's and the Socket Mode client's logs into our pino logger instead of the console. */
export function boltLogger(logger: Logger): BoltLogger {
  let log = logger.child({ component: "slack" });
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...msg: unknown[]) => {
      // Bolt and the Web API client log request details as text: tokens and URLs are redacted.
      const text = msg.map((part) => (part instanceof Error ? part.message : String(part)));
      log[level](redactSecrets(text.join(" ")));
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // Our level is set once from LOG_LEVEL; Bolt asking for another one must not override it.
    setLevel: () => {},
    getLevel: () => TO_BOLT[log.level] ?? LogLevel.ERROR,
    setName: (name) => {
      log = logger.child({ component: "slack", name });
    },
  };
}
