import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** The ack a Socket Mode app sends back for an envelope. */
export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: Record<string, unknown>;
}

/** A fake of Slack's Socket Mode WebSocket on 127.0.0.1: says hello, sends envelopes, collects acks. */
export interface FakeSlackSocket {
  readonly url: string;
  /** Resolves when an app has connected and been sent `hello`. */
  connected(): Promise<void>;
  /** Sends an envelope to the connected app; resolves with its ack and how long the ack took. */
  send(
    type: "slash_commands" | "interactive",
    payload: Record<string, unknown>,
  ): Promise<{ ack: SocketAck; ms: number }>;
  close(): Promise<void>;
}

/** Starts the fake Socket Mode server. */
export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await once(server, "listening");
  const pending = new Map<string, (ack: SocketAck) => void>();
  let socket: WebSocket | undefined;
  let onConnect: (() => void) | undefined;
  const connectedOnce = new Promise<void>((resolve) => {
    onConnect = resolve;
  });
  server.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      pending.get(ack.envelope_id)?.(ack);
      pending.delete(ack.envelope_id);
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake-slack", approximate_connection_time: 18060 },
        connection_info: { app_id: "A0NEWSBRIEF" },
      }),
    );
    onConnect?.();
  });
  let nextId = 0;

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=fake`,
    connected: () => connectedOnce,
    send(type, payload) {
      const ws = socket;
      if (ws === undefined) return Promise.reject(new Error("no Socket Mode client connected"));
      const envelopeId = `env-${++nextId}`;
      const started = performance.now();
      const acked = new Promise<{ ack: SocketAck; ms: number }>((resolve) => {
        pending.set(envelopeId, (ack) => resolve({ ack, ms: performance.now() - started }));
      });
      ws.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type === "slash_commands",
          retry_attempt: 0,
          retry_reason: "",
        }),
      );
      return acked;
    },
    async close() {
      for (const client of server.clients) client.terminate();
      server.close();
      await once(server, "close");
    },
  };
}
