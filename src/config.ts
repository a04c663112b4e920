import { z } from "zod";
import { MAX_ITEMS_PER_DIGEST } from "./digest/subscribe.ts";
import { NewsbriefError } from "./errors.ts";
import { DEFAULT_SUMMARY_SENTENCES, MAX_SUMMARY_SENTENCES } from "./summary/brief.ts";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const positiveInt = z.coerce.number().int().positive();

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S*$/, "must be a postgres:// or postgresql:// URL");

/** The core's settings, from environment variables (names in SCREAMING_CASE, all optional). */
const coreSchema = z.object({
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATABASE_PATH: z.string().min(1).default("./data/newsbrief.db"),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a plain schema name (lower-case letters, digits, _)")
    .default("public"),
  DATABASE_POOL_MAX: positiveInt.max(100).default(10),
  DATABASE_RETRY_MS: positiveInt.default(60_000),
  ALLOW_PRIVATE_URLS: bool.default(false),
  FETCH_CONNECT_TIMEOUT_MS: positiveInt.default(5_000),
  FETCH_TIMEOUT_MS: positiveInt.default(15_000),
  FETCH_MAX_BYTES: positiveInt.default(5 * 1024 * 1024),
  FETCH_USER_AGENT: z.string().min(1).optional(),
  CACHE_TTL_MS: positiveInt.default(15 * 60_000),
  CACHE_MAX_ENTRIES: positiveInt.default(200),
  SUMMARY_SENTENCES: positiveInt.max(MAX_SUMMARY_SENTENCES).default(DEFAULT_SUMMARY_SENTENCES),
  DIGEST_MAX_ITEMS: positiveInt.max(MAX_ITEMS_PER_DIGEST).default(10),
  DIGEST_SCHEDULER: bool.default(true),
  ANALYSIS_TIMEOUT_MS: positiveInt.max(600_000).default(5_000),
  DIGEST_LEASE_MS: positiveInt.min(1_000).default(60_000),
});

export interface CoreConfig {
  readonly logLevel: z.infer<typeof coreSchema>["LOG_LEVEL"];
  readonly databasePath: string;
  /** PostgreSQL, when DATABASE_URL is set: several instances then share one database. */
  readonly postgres?: {
    readonly url: string;
    readonly schema: string;
    readonly poolMax: number;
    /** How long a store operation retries while the database is unreachable. */
    readonly retryMs: number;
  };
  readonly allowPrivateUrls: boolean;
  readonly fetch: {
    readonly connectTimeoutMs: number;
    readonly timeoutMs: number;
    readonly maxBytes: number;
    readonly userAgent?: string;
  };
  readonly cache: { readonly ttlMs: number; readonly maxEntries: number };
  readonly summarySentences: number;
  readonly digestMaxItems: number;
  /** Whether this process runs scheduled digests (one process of a sharded or scaled-out bot should). */
  readonly digestScheduler: boolean;
  /** Longest the analysis and briefing of one article may take in the bot before it is given up. */
  readonly analysisTimeoutMs: number;
  /** How long a digest run's claim and a delivery's lease last without renewal. */
  readonly digestLeaseMs: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Validates a zod schema against the environment, throwing one CONFIG_INVALID error naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new NewsbriefError("CONFIG_INVALID", `Invalid configuration: ${problems.join("; ")}`);
}

/** Reads the core configuration from an environment object; pure, returns a frozen object. */
export function loadConfig(env: Env): CoreConfig {
  const raw = parseEnv(coreSchema, env);
  return Object.freeze({
    logLevel: raw.LOG_LEVEL,
    databasePath: raw.DATABASE_PATH,
    ...(raw.DATABASE_URL === undefined
      ? {}
      : {
          postgres: Object.freeze({
            url: raw.DATABASE_URL,
            schema: raw.DATABASE_SCHEMA,
            poolMax: raw.DATABASE_POOL_MAX,
            retryMs: raw.DATABASE_RETRY_MS,
          }),
        }),
    allowPrivateUrls: raw.ALLOW_PRIVATE_URLS,
    fetch: Object.freeze({
      connectTimeoutMs: raw.FETCH_CONNECT_TIMEOUT_MS,
      timeoutMs: raw.FETCH_TIMEOUT_MS,
      maxBytes: raw.FETCH_MAX_BYTES,
      ...(raw.FETCH_USER_AGENT === undefined ? {} : { userAgent: raw.FETCH_USER_AGENT }),
    }),
    cache: Object.freeze({ ttlMs: raw.CACHE_TTL_MS, maxEntries: raw.CACHE_MAX_ENTRIES }),
    summarySentences: raw.SUMMARY_SENTENCES,
    digestMaxItems: raw.DIGEST_MAX_ITEMS,
    digestScheduler: raw.DIGEST_SCHEDULER,
    analysisTimeoutMs: raw.ANALYSIS_TIMEOUT_MS,
    digestLeaseMs: raw.DIGEST_LEASE_MS,
  });
}
