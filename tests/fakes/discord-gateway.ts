// A Discord gateway on a local `ws` server: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeat ACKs,
// dispatches with sequence numbers, op 7 RECONNECT and RESUME with replay of missed events. Sharded
// clients each IDENTIFY with [shard, count] and get their guilds ((guild_id >> 22) % count), one
// session per shard; a guild's events go to its shard's session only, as Discord routes them.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import {
  type FakeGuild,
  type FakeUser,
  guildCreatePayload,
  readyPayload,
  snowflake,
} from "./discord-payloads.ts";

const OP = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  reconnect: 7,
  invalidSession: 9,
  hello: 10,
  heartbeatAck: 11,
} as const;

export interface GatewayOptions {
  readonly url: string;
  readonly token: string;
  readonly bot: FakeUser;
  readonly applicationId: string;
  readonly guilds: readonly FakeGuild[];
  readonly heartbeatIntervalMs?: number;
}

interface Session {
  readonly id: string;
  readonly shard: number;
  seq: number;
  /** Every dispatch of the session, kept for replay on RESUME. */
  readonly events: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

/** The fake gateway; counts identifies and resumes so tests can see what the client did. */
export class FakeGateway {
  readonly identifies: { intents: number }[] = [];
  /** The [shard, count] of each IDENTIFY, in order. */
  readonly identifiedShards: [number, number][] = [];
  readonly resumes: { sessionId: string; seq: number }[] = [];
  readonly heartbeats: number[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  /** Sessions by shard id; an unsharded client is shard 0 of 1. */
  private readonly sessions = new Map<number, Session>();
  private shardCount = 1;
  private readonly resumedWaiters: (() => void)[] = [];

  constructor(private readonly options: GatewayOptions) {
    this.server.on("connection", (socket) => this.onConnection(socket));
  }

  /** Takes over an HTTP upgrade request for the gateway path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit("connection", ws));
  }

  /** The shard whose session a guild's events go to. */
  shardOf(guildId: string): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount));
  }

  /** Sends a guild's event to the session of the guild's shard. */
  dispatchToGuild(guildId: string, t: string, d: unknown): void {
    this.dispatch(t, d, this.shardOf(guildId));
  }

  /** Sends a dispatch event; while the client is away it is kept and replayed on RESUME. */
  dispatch(t: string, d: unknown, shard = 0): void {
    const session = this.sessions.get(shard);
    if (session === undefined)
      throw new Error(`no gateway session for shard ${shard}: the client has not identified`);
    const event = { s: ++session.seq, t, d };
    session.events.push(event);
    // Discord keeps a bounded backlog for resuming too.
    if (session.events.length > 2_000) session.events.splice(0, 1_000);
    if (session.socket?.readyState === WebSocket.OPEN) {
      session.socket.send(JSON.stringify({ op: OP.dispatch, ...event }));
    }
  }

  /** Asks the client to reconnect (op 7) and resolves once it has resumed the session. */
  reconnect(): Promise<void> {
    const socket = this.sessions.get(0)?.socket;
    if (socket === undefined || socket === null) throw new Error("no connected client");
    const resumed = new Promise<void>((resolve) => this.resumedWaiters.push(resolve));
    socket.send(JSON.stringify({ op: OP.reconnect, d: null }));
    return resumed;
  }

  /** Resolves once the session's connection is closed (after a reconnect request, say). */
  disconnected(): Promise<void> {
    const socket = this.sessions.get(0)?.socket;
    if (socket === undefined || socket === null || socket.readyState === WebSocket.CLOSED)
      return Promise.resolve();
    return new Promise((resolve) => socket.once("close", () => resolve()));
  }

  /** True once a client has identified. */
  get ready(): boolean {
    return this.sessions.size > 0;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    const interval = this.options.heartbeatIntervalMs ?? 41_250;
    socket.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: interval } }));
    socket.on("message", (raw) => this.onMessage(socket, raw.toString()));
    socket.on("close", () => {
      for (const session of this.sessions.values())
        if (session.socket === socket) session.socket = null;
    });
  }

  private onMessage(socket: WebSocket, raw: string): void {
    const payload = JSON.parse(raw) as { op: number; d: Record<string, unknown> | number | null };
    if (payload.op === OP.heartbeat) {
      this.heartbeats.push(Date.now());
      socket.send(JSON.stringify({ op: OP.heartbeatAck }));
    } else if (payload.op === OP.identify) {
      this.identify(socket, payload.d as Record<string, unknown>);
    } else if (payload.op === OP.resume) {
      this.resume(socket, payload.d as Record<string, unknown>);
    }
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.options.token) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    const [shard = 0, count = 1] = Array.isArray(d.shard) ? (d.shard as number[]) : [];
    this.identifies.push({ intents: Number(d.intents) });
    this.identifiedShards.push([shard, count]);
    this.shardCount = count;
    const session: Session = { id: snowflake(), shard, seq: 0, events: [], socket };
    this.sessions.set(shard, session);
    const { bot, applicationId, url } = this.options;
    const guilds = this.options.guilds.filter((guild) => this.shardOf(guild.id) === shard);
    this.dispatch(
      "READY",
      readyPayload({
        bot,
        applicationId,
        guilds,
        sessionId: session.id,
        resumeUrl: url,
        shard: [shard, count],
      }),
      shard,
    );
    for (const guild of guilds)
      this.dispatch("GUILD_CREATE", guildCreatePayload(guild, bot), shard);
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = [...this.sessions.values()].find((s) => s.id === d.session_id);
    if (session === undefined || d.token !== this.options.token) {
      socket.send(JSON.stringify({ op: OP.invalidSession, d: false }));
      return;
    }
    const seq = Number(d.seq);
    this.resumes.push({ sessionId: session.id, seq });
    session.socket = socket;
    for (const event of session.events) {
      if (event.s > seq) socket.send(JSON.stringify({ op: OP.dispatch, ...event }));
    }
    this.dispatch("RESUMED", {}, session.shard);
    for (const resolve of this.resumedWaiters.splice(0)) resolve();
  }
}
