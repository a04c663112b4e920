// A fake Discord on 127.0.0.1: the REST routes the adapter uses, validated like Discord validates
// them, and the gateway on the same port. Every request is recorded for assertions.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGateway } from "./discord-gateway.ts";
import type { FakeGuild } from "./discord-payloads.ts";
import { answerRest, type RestState } from "./discord-rest.ts";

export interface RecordedRequest {
  readonly method: string;
  /** Full path, e.g. /api/v10/interactions/1/abc/callback. */
  readonly path: string;
  readonly query: string;
  readonly authorization?: string;
  readonly body: unknown;
  readonly status: number;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export interface FakeDiscordOptions {
  readonly token?: string;
  readonly applicationId?: string;
  readonly guilds?: readonly FakeGuild[];
  /** How long an interaction can go unanswered before its token is invalid (Discord: 3 s). */
  readonly responseWindowMs?: number;
  readonly heartbeatIntervalMs?: number;
  /** Shards GET /gateway/bot recommends (what `totalShards: "auto"` uses); default 1. */
  readonly recommendedShards?: number;
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

interface Waiter {
  readonly match: (request: RecordedRequest) => boolean;
  readonly resolve: (request: RecordedRequest) => void;
}

/** Starts the fake Discord; `apiUrl` is what DISCORD_API_URL takes. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const applicationId = options.applicationId ?? "100000000000000001";
  const state: RestState = {
    token: options.token ?? "ODk0.fake-bot.token",
    applicationId,
    bot: { id: applicationId, username: "newsbrief" },
    guilds: options.guilds ?? [
      { id: "200000000000000002", name: "Newsroom", channelIds: ["300000000000000003"] },
    ],
    responseWindowMs: options.responseWindowMs ?? 3_000,
    gatewayUrl: "",
    interactions: new Map(),
    interactionByToken: new Map(),
    rateLimits: [],
    commands: new Map(),
    nonces: new Map(),
    created: [],
    recommendedShards: options.recommendedShards ?? 1,
  };
  const requests: RecordedRequest[] = [];
  const waiters: Waiter[] = [];
  const listeners = new Set<(request: RecordedRequest) => void>();

  const server = createServer((req, res) => void serve(req, res));
  server.on("upgrade", (request, socket, head) => {
    if ((request.url ?? "").startsWith("/gateway")) gateway.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  const gateway = new FakeGateway({
    url: state.gatewayUrl,
    token: state.token,
    bot: state.bot,
    applicationId,
    guilds: state.guilds,
    ...(options.heartbeatIntervalMs === undefined
      ? {}
      : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = parseJson(await readBody(req));
    const authorization = req.headers.authorization;
    const method = req.method ?? "GET";
    const answer = answerRest(
      { method, body, ...(authorization === undefined ? {} : { authorization }) },
      url.pathname.replace(/^\/api\/v10\//, ""),
      state,
    );
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      ...(authorization === undefined ? {} : { authorization }),
      body,
      status: answer.status,
      at,
    };
    requests.push(record);
    for (const listener of listeners) listener(record);
    for (const waiter of waiters.filter((w) => w.match(record))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(record);
    }
    const json = answer.body === undefined ? {} : { "content-type": "application/json" };
    res.writeHead(answer.status, { ...answer.headers, ...json });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: state.gatewayUrl,
    token: state.token,
    applicationId,
    guilds: state.guilds,
    gateway,
    requests,
    /** Commands last registered, by guild id or "global". */
    commands: state.commands,
    /** Message bodies created in a channel; a repeated enforced nonce creates nothing new. */
    channelMessages(channelId: string): Record<string, unknown>[] {
      return state.created.filter((m) => m.channelId === channelId).map((m) => m.body);
    },
    /** Sends an INTERACTION_CREATE through the gateway; returns its id and token. */
    dispatchInteraction(payload: Record<string, unknown>): { id: string; token: string } {
      const id = String(payload.id);
      const token = String(payload.token);
      state.interactions.set(id, {
        channelId: String(payload.channel_id),
        dispatchedAt: performance.now(),
      });
      state.interactionByToken.set(token, id);
      // To the session of the guild's shard, as Discord routes a guild's events.
      if (typeof payload.guild_id === "string")
        gateway.dispatchToGuild(payload.guild_id, "INTERACTION_CREATE", payload);
      else gateway.dispatch("INTERACTION_CREATE", payload);
      return { id, token };
    },
    /** When an interaction was dispatched (performance.now()). */
    dispatchedAt(id: string): number | undefined {
      return state.interactions.get(id)?.dispatchedAt;
    },
    /** The first recorded request matching, waiting for it when there is none yet. */
    waitForRequest(
      match: (request: RecordedRequest) => boolean,
      timeoutMs = 5_000,
    ): Promise<RecordedRequest> {
      const found = requests.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: Waiter = {
          match,
          resolve: (request) => {
            clearTimeout(timer);
            resolve(request);
          },
        };
        waiters.push(waiter);
      });
    },
    /** Calls `listener` with every request as it arrives; returns a function that stops it. */
    onRequest(listener: (request: RecordedRequest) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Requests about one interaction (its callback and webhook calls), in arrival order. */
    requestsFor(interaction: { id: string; token: string }): RecordedRequest[] {
      return requests.filter(
        (r) =>
          r.path.includes(`/interactions/${interaction.id}/`) ||
          r.path.includes(`/${interaction.token}`),
      );
    },
    /** Makes the next message to a channel fail with 429 and this Retry-After. */
    rateLimitNextMessage(channelId: string, retryAfterS: number): void {
      state.rateLimits.push({ channelId, retryAfterS });
    },
    async close(): Promise<void> {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
