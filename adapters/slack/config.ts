import { z } from "zod";
import { type Env, parseEnv } from "../../src/index.ts";

const DEFAULT_API_URL = "https://slack.com/api/";

const schema = z
  .object({
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-\S+$/, "must be a bot token starting with xoxb-"),
    SLACK_SIGNING_SECRET: z
      .string()
      .regex(/^\S{8,}$/, "must be the app's signing secret (Basic Information page)")
      .optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-\S+$/, "must be an app-level token starting with xapp- (Socket Mode)")
      .optional(),
    SLACK_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    SLACK_HOST: z.string().min(1).optional(),
    SLACK_API_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://slack.com/api/" })
      .default(DEFAULT_API_URL),
  })
  .superRefine((raw, ctx) => {
    // Socket Mode needs no signature check (Slack never calls us), HTTP mode always does.
    if (raw.SLACK_APP_TOKEN === undefined && raw.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)",
      });
    }
  });

/** How the Slack adapter connects: Slack calls our HTTP endpoint, or we open a Socket Mode WebSocket. */
export type SlackMode =
  | {
      readonly kind: "http";
      readonly signingSecret: string;
      readonly port: number;
      readonly host?: string;
    }
  | { readonly kind: "socket"; readonly appToken: string };

export interface SlackConfig {
  readonly botToken: string;
  readonly mode: SlackMode;
  /** Base URL of the Web API, ending with a slash. */
  readonly apiUrl: string;
}

/** True when the environment asks for the Slack adapter (a bot token is set). */
export function slackConfigured(env: Env): boolean {
  return (env.SLACK_BOT_TOKEN ?? "").trim() !== "";
}

/** Validates the Slack variables; throws one CONFIG_INVALID error naming every bad one. */
export function loadSlackConfig(env: Env): SlackConfig {
  const raw = parseEnv(schema, pick(env));
  const mode: SlackMode =
    raw.SLACK_APP_TOKEN !== undefined
      ? { kind: "socket", appToken: raw.SLACK_APP_TOKEN }
      : {
          kind: "http",
          signingSecret: raw.SLACK_SIGNING_SECRET ?? "",
          port: raw.SLACK_PORT,
          ...(raw.SLACK_HOST === undefined ? {} : { host: raw.SLACK_HOST }),
        };
  const apiUrl = raw.SLACK_API_URL.endsWith("/") ? raw.SLACK_API_URL : `${raw.SLACK_API_URL}/`;
  return Object.freeze({ botToken: raw.SLACK_BOT_TOKEN, mode, apiUrl });
}

// Only the Slack variables, so a bad core variable is reported once, by the core's config.
function pick(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith("SLACK_")));
}
