import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake received: a Web API call or a post to a response_url. */
export interface SlackCall {
  /** "chat.postMessage", "auth.test"..., or "response_url" for /response/<id>. */
  readonly method: string;
  /** The path's last segment for response_url posts. */
  readonly responseId?: string;
  readonly authorization?: string;
  /** The body with JSON-encoded form fields (blocks) decoded. */
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export interface FakeSlackApiOptions {
  /** The ws:// URL apps.connections.open hands out (Socket Mode). */
  socketUrl?: string;
  /** Answer chat.postMessage with HTTP 429 and this Retry-After, in seconds. */
  rateLimitSeconds?: number;
  /** The bot user auth.test reports. */
  botUserId?: string;
  /** Answer auth.test with this Slack error ("invalid_auth"), as for a revoked token. */
  authError?: string;
  /** Answer chat.postMessage with this Slack error ("not_in_channel"). */
  postMessageError?: string;
  /** Keep every call in `calls` (default true); benchmarks only count them. */
  record?: boolean;
  /**
   * Post this many chat.postMessage messages to the channel but drop the connection instead of
   * answering: Slack accepted them, and the caller cannot know.
   */
  dropPostAnswers?: number;
  /** Answer conversations.history with this Slack error ("missing_scope"). */
  historyError?: string;
}

/** A message the fake posted to a channel, as conversations.history returns it. */
export interface FakeSlackMessage {
  readonly ts: string;
  readonly text: string;
  readonly metadata?: unknown;
}

/** A fake Slack Web API and response_url endpoint on 127.0.0.1 that records every call. */
export interface FakeSlackApi {
  /** Base URL of the Web API, for SLACK_API_URL: http://127.0.0.1:<port>/api/ */
  readonly apiUrl: string;
  /** A fresh response_url on this server. */
  responseUrl(id?: string): string;
  readonly calls: SlackCall[];
  /** How many calls of each method arrived, recorded or not. */
  readonly counts: Map<string, number>;
  readonly options: FakeSlackApiOptions;
  /** The messages chat.postMessage put in a channel, oldest first. */
  messagesIn(channel: string): readonly FakeSlackMessage[];
  /** Resolves with the first call (past or future) that matches, or rejects after `timeoutMs`. */
  waitFor(match: (call: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  close(): Promise<void>;
}

/** Starts the fake Slack Web API. */
export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: SlackCall[] = [];
  const counts = new Map<string, number>();
  const waiters = new Set<() => void>();
  const channels = new Map<string, FakeSlackMessage[]>();
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const call = toCall(req, raw);
      counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
      if (options.record !== false) calls.push(call);
      for (const wake of waiters) wake();
      answer(call, res, options, channels);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let nextId = 0;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = `r${++nextId}`) => `${base}/response/${id}`,
    calls,
    counts,
    options,
    messagesIn: (channel) => channels.get(channel) ?? [],
    waitFor: (match, timeoutMs = 5_000) => waitForCall(calls, waiters, match, timeoutMs),
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

function waitForCall(
  calls: readonly SlackCall[],
  waiters: Set<() => void>,
  match: (call: SlackCall) => boolean,
  timeoutMs: number,
): Promise<SlackCall> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = calls.find(match);
      if (found === undefined) return;
      cleanup();
      resolve(found);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no matching Slack call within ${timeoutMs} ms; got ${listMethods(calls)}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      waiters.delete(check);
    };
    waiters.add(check);
    check();
  });
}

function answer(
  call: SlackCall,
  res: ServerResponse,
  options: FakeSlackApiOptions,
  channels: Map<string, FakeSlackMessage[]>,
): void {
  if (call.method === "response_url") {
    send(res, 200, "ok", "text/plain");
  } else if (call.method === "chat.postMessage" && options.rateLimitSeconds !== undefined) {
    res.setHeader("retry-after", String(options.rateLimitSeconds));
    send(res, 429, JSON.stringify({ ok: false, error: "ratelimited" }));
  } else if (call.method === "chat.postMessage" && (options.dropPostAnswers ?? 0) > 0) {
    options.dropPostAnswers = (options.dropPostAnswers ?? 0) - 1;
    postTo(channels, call);
    res.socket?.destroy();
  } else {
    send(res, 200, JSON.stringify(resultOf(call, options, channels)));
  }
}

let lastTs = 0;

/** Puts a chat.postMessage message in its channel, with a ts that only grows. */
function postTo(channels: Map<string, FakeSlackMessage[]>, call: SlackCall): FakeSlackMessage {
  lastTs = Math.max(lastTs + 1, Date.now() * 1000);
  const channel = String(call.body.channel);
  const message = {
    ts: `${Math.floor(lastTs / 1_000_000)}.${String(lastTs % 1_000_000).padStart(6, "0")}`,
    text: String(call.body.text ?? ""),
    ...(call.body.metadata === undefined ? {} : { metadata: call.body.metadata }),
  };
  channels.set(channel, [...(channels.get(channel) ?? []), message]);
  return message;
}

/** conversations.history: newest first, from `oldest` on, metadata only when asked for. */
function historyOf(
  channels: Map<string, FakeSlackMessage[]>,
  body: Record<string, unknown>,
): FakeSlackMessage[] {
  const oldest = Number(body.oldest ?? 0);
  const limit = Number(body.limit ?? 100);
  const withMetadata = String(body.include_all_metadata) === "true";
  return (channels.get(String(body.channel)) ?? [])
    .filter((m) => Number(m.ts) >= oldest)
    .reverse()
    .slice(0, limit)
    .map(({ metadata, ...rest }) =>
      withMetadata && metadata !== undefined ? { ...rest, metadata } : rest,
    );
}

function resultOf(
  call: SlackCall,
  options: FakeSlackApiOptions,
  channels: Map<string, FakeSlackMessage[]>,
): Record<string, unknown> {
  switch (call.method) {
    case "auth.test":
      if (options.authError !== undefined) return { ok: false, error: options.authError };
      return {
        ok: true,
        url: "https://newsbrief-test.slack.com/",
        team: "newsbrief test",
        team_id: "T0TEST",
        user: "newsbrief",
        user_id: options.botUserId ?? "U0BOT",
        bot_id: "B0BOT",
      };
    case "apps.connections.open":
      return options.socketUrl === undefined
        ? { ok: false, error: "invalid_auth" }
        : { ok: true, url: options.socketUrl };
    case "chat.postMessage": {
      if (options.postMessageError !== undefined)
        return { ok: false, error: options.postMessageError };
      const { ts } = postTo(channels, call);
      return { ok: true, channel: call.body.channel, ts, message: {} };
    }
    case "chat.postEphemeral":
      return { ok: true, message_ts: `${Date.now() / 1000}` };
    case "conversations.history":
      if (options.historyError !== undefined) return { ok: false, error: options.historyError };
      return { ok: true, messages: historyOf(channels, call.body), has_more: false };
    default:
      return { ok: false, error: "unknown_method" };
  }
}

function toCall(req: IncomingMessage, raw: string): SlackCall {
  const path = new URL(req.url ?? "/", "http://fake").pathname;
  const segments = path.split("/").filter(Boolean);
  const isResponse = segments[0] === "response";
  const authorization = req.headers.authorization;
  return {
    method: isResponse ? "response_url" : (segments[1] ?? ""),
    ...(isResponse ? { responseId: segments[1] ?? "" } : {}),
    ...(authorization === undefined ? {} : { authorization }),
    body: parseBody(raw, req.headers["content-type"] ?? ""),
    at: Date.now(),
  };
}

/** Parses a JSON or form body; the Web API client JSON-encodes object fields such as blocks. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return body;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: string, type = "application/json") {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function listMethods(calls: readonly SlackCall[]): string {
  return calls.length === 0 ? "none" : calls.map((c) => c.method).join(", ");
}
