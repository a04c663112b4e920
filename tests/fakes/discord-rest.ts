// The REST routes of the fake Discord, with the state they share and Discord's error answers.
import { type FakeGuild, type FakeUser, messageObject, snowflake } from "./discord-payloads.ts";
import { choiceProblems, commandProblems, messageProblems } from "./discord-validate.ts";

export interface RestRequest {
  readonly method: string;
  /** Regex groups of the matched route. */
  readonly parts: readonly string[];
  readonly body: unknown;
  readonly authorization?: string;
}

export interface RestAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface InteractionState {
  readonly channelId: string;
  readonly dispatchedAt: number;
  /** Callback type once answered (4 reply, 5 deferred, 8 autocomplete). */
  answered?: number;
  deleted?: boolean;
}

/** What the routes read and change. */
export interface RestState {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: FakeUser;
  readonly guilds: readonly FakeGuild[];
  readonly responseWindowMs: number;
  gatewayUrl: string;
  readonly interactions: Map<string, InteractionState>;
  readonly interactionByToken: Map<string, string>;
  readonly rateLimits: { channelId: string; retryAfterS: number }[];
  /** Commands last registered, by guild id or "global". */
  readonly commands: Map<string, unknown[]>;
  /** Messages created with enforce_nonce, by channel and nonce. */
  readonly nonces: Map<string, unknown>;
  /** Every message created in a channel (not interaction replies), in order. */
  readonly created: { channelId: string; body: Record<string, unknown> }[];
  /** Shards GET /gateway/bot recommends. */
  readonly recommendedShards?: number;
}

type Handler = (request: RestRequest, state: RestState) => RestAnswer;

function error(status: number, code: number, message: string, errors?: unknown): RestAnswer {
  return { status, body: { code, message, ...(errors === undefined ? {} : { errors }) } };
}

const invalidForm = (problems: string[]) =>
  error(400, 50035, "Invalid Form Body", { _errors: problems });

function needsBot(request: RestRequest, state: RestState): RestAnswer | null {
  return request.authorization === `Bot ${state.token}` ? null : error(401, 0, "401: Unauthorized");
}

function byToken(state: RestState, token: string): InteractionState | undefined {
  const id = state.interactionByToken.get(token);
  return id === undefined ? undefined : state.interactions.get(id);
}

function interactionMessage(state: RestState, channelId: string, body: unknown) {
  return messageObject({
    channelId,
    author: state.bot,
    applicationId: state.applicationId,
    body: body as Record<string, unknown>,
    interaction: true,
  });
}

const gatewayBot: Handler = (request, state) =>
  needsBot(request, state) ?? {
    status: 200,
    body: {
      url: state.gatewayUrl,
      shards: state.recommendedShards ?? 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
    },
  };

const callback: Handler = ({ parts, body }, state) => {
  const [, id = "", token = ""] = parts;
  const interaction = state.interactions.get(id);
  if (interaction === undefined || state.interactionByToken.get(token) !== id)
    return error(404, 10062, "Unknown interaction");
  if (interaction.answered !== undefined)
    return error(400, 40060, "Interaction has already been acknowledged.");
  // Discord invalidates an interaction nobody answered within the window.
  if (performance.now() - interaction.dispatchedAt > state.responseWindowMs)
    return error(404, 10062, "Unknown interaction");
  const { type, data } = body as { type: number; data?: unknown };
  const problems = type === 4 ? messageProblems(data) : type === 8 ? choiceProblems(data) : [];
  if (problems.length > 0) return invalidForm(problems);
  interaction.answered = type;
  return { status: 204 };
};

const editOriginal: Handler = ({ parts, body }, state) => {
  const interaction = byToken(state, parts[2] ?? "");
  if (parts[1] !== state.applicationId || interaction?.answered === undefined)
    return error(404, 10008, "Unknown Message");
  const problems = messageProblems(body);
  if (problems.length > 0) return invalidForm(problems);
  return { status: 200, body: interactionMessage(state, interaction.channelId, body) };
};

const deleteOriginal: Handler = ({ parts }, state) => {
  const interaction = byToken(state, parts[2] ?? "");
  if (interaction?.answered === undefined || interaction.deleted === true)
    return error(404, 10008, "Unknown Message");
  interaction.deleted = true;
  return { status: 204 };
};

const followUp: Handler = ({ parts, body }, state) => {
  const interaction = byToken(state, parts[2] ?? "");
  if (parts[1] !== state.applicationId || interaction?.answered === undefined)
    return error(404, 10015, "Unknown Webhook");
  const problems = messageProblems(body);
  if (problems.length > 0) return invalidForm(problems);
  return { status: 200, body: interactionMessage(state, interaction.channelId, body) };
};

const putCommands: Handler = (request, state) => {
  const denied = needsBot(request, state);
  if (denied !== null) return denied;
  const [, app, guildId] = request.parts;
  if (app !== state.applicationId) return error(403, 50001, "Missing Access");
  if (guildId !== undefined && !state.guilds.some((g) => g.id === guildId))
    return error(403, 50001, "Missing Access");
  const problems = commandProblems(request.body);
  if (problems.length > 0) return invalidForm(problems);
  const saved = (request.body as Record<string, unknown>[]).map((command) => ({
    id: snowflake(),
    application_id: state.applicationId,
    version: snowflake(),
    ...(guildId === undefined ? {} : { guild_id: guildId }),
    ...command,
  }));
  state.commands.set(guildId ?? "global", saved);
  return { status: 200, body: saved };
};

const createMessage: Handler = (request, state) => {
  const denied = needsBot(request, state);
  if (denied !== null) return denied;
  const channelId = request.parts[1] ?? "";
  const limited = state.rateLimits.findIndex((r) => r.channelId === channelId);
  if (limited !== -1) {
    const [rule] = state.rateLimits.splice(limited, 1);
    return rateLimited(rule?.retryAfterS ?? 1);
  }
  const problems = messageProblems(request.body);
  if (problems.length > 0) return invalidForm(problems);
  const body = request.body as Record<string, unknown>;
  const nonceKey = body.enforce_nonce === true ? `${channelId}:${String(body.nonce)}` : undefined;
  // Discord answers a repeated enforced nonce with the message it already created.
  const earlier = nonceKey === undefined ? undefined : state.nonces.get(nonceKey);
  if (earlier !== undefined) return { status: 200, body: earlier };
  const message = messageObject({ channelId, author: state.bot, body });
  if (nonceKey !== undefined) state.nonces.set(nonceKey, message);
  state.created.push({ channelId, body });
  return { status: 200, body: message };
};

function rateLimited(retryAfterS: number): RestAnswer {
  return {
    status: 429,
    headers: {
      "retry-after": String(retryAfterS),
      "x-ratelimit-limit": "5",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-after": String(retryAfterS),
      "x-ratelimit-bucket": "fake-channel-bucket",
      "x-ratelimit-scope": "user",
    },
    body: { message: "You are being rate limited.", retry_after: retryAfterS, global: false },
  };
}

const ROUTES: readonly (readonly [string, RegExp, Handler])[] = [
  ["GET", /^gateway\/bot$/, gatewayBot],
  ["POST", /^interactions\/(\d+)\/([\w-]+)\/callback$/, callback],
  ["PATCH", /^webhooks\/(\d+)\/([\w-]+)\/messages\/(?:@|%40)original$/, editOriginal],
  ["DELETE", /^webhooks\/(\d+)\/([\w-]+)\/messages\/(?:@|%40)original$/, deleteOriginal],
  ["POST", /^webhooks\/(\d+)\/([\w-]+)$/, followUp],
  ["PUT", /^applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/, putCommands],
  ["POST", /^channels\/(\d+)\/messages$/, createMessage],
];

/** Answers one REST request; `path` is relative to /api/v10/. */
export function answerRest(
  request: Omit<RestRequest, "parts">,
  path: string,
  state: RestState,
): RestAnswer {
  for (const [method, pattern, handler] of ROUTES) {
    const match = pattern.exec(path);
    if (match !== null && method === request.method)
      return handler({ ...request, parts: [...match] }, state);
  }
  return error(404, 0, "404: Not Found");
}
