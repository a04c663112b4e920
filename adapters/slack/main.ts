import type { AdapterCore, Env } from "../../src/index.ts";
import { type SlackAdapter, startSlackApp } from "./app.ts";
import { slackConfigured as configured, loadSlackConfig } from "./config.ts";

export type { SlackAdapter } from "./app.ts";

/** True when the environment configures the Slack adapter (SLACK_BOT_TOKEN is set). */
export function slackConfigured(env: Env): boolean {
  return configured(env);
}

/** Validates the Slack variables and starts the adapter in HTTP or Socket Mode. */
export async function startSlack(env: Env, core: AdapterCore): Promise<SlackAdapter> {
  return startSlackApp(loadSlackConfig(env), core);
}
