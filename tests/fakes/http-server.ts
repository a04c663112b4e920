// A real HTTP server on 127.0.0.1 for tests that fetch pages and feeds: routes are functions of
// the request, every request is recorded, and helpers send HTML, feeds, compressed bodies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What the server saw of one request. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
}

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** The absolute URL of a path on this server, optionally under another host name. */
  url(path: string, host?: string): string;
  /** Adds or replaces a route. */
  route(path: string, handler: RouteHandler): void;
  /** How many requests a path received. */
  hits(path: string): number;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with the given routes (exact paths, query ignored); 404 otherwise. */
export async function startTestServer(
  routes: Record<string, RouteHandler> = {},
): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push({ method: req.method ?? "GET", path, headers: req.headers });
    const handler = table.get(path);
    if (handler === undefined) {
      send(res, 404, "text/plain", "not found");
      return;
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, "text/plain", String(error));
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    url: (path, host) =>
      host === undefined ? `${origin}${path}` : `http://${host}:${port}${path}`,
    route: (path, handler) => void table.set(path, handler),
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Sends a complete response. */
export function send(
  res: ServerResponse,
  status: number,
  contentType: string | undefined,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, {
    ...(contentType === undefined ? {} : { "content-type": contentType }),
    "content-length": String(bytes.length),
    ...headers,
  });
  res.end(bytes);
}

/** A route that always answers with this body and type. */
export function serve(
  contentType: string | undefined,
  body: string | Buffer,
  headers: Record<string, string> = {},
): RouteHandler {
  return (_req, res) => send(res, 200, contentType, body, headers);
}

/** A route that answers with a status and a short body. */
export function status(code: number, headers: Record<string, string> = {}): RouteHandler {
  return (_req, res) => send(res, code, "text/html", `<h1>${code}</h1>`, headers);
}

/** A route that redirects to a location. */
export function redirect(location: string, code = 302): RouteHandler {
  return (_req, res) => {
    res.writeHead(code, { location, "content-length": "0" });
    res.end();
  };
}

/** A route that sends the body compressed with gzip, deflate or brotli. */
export function compressed(
  encoding: "gzip" | "deflate" | "br",
  contentType: string,
  body: string,
): RouteHandler {
  const raw = Buffer.from(body, "utf8");
  const bytes =
    encoding === "gzip"
      ? gzipSync(raw)
      : encoding === "br"
        ? brotliCompressSync(raw)
        : deflateSync(raw);
  return (_req, res) => send(res, 200, contentType, bytes, { "content-encoding": encoding });
}
