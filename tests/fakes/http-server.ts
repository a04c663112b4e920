// The one HTTP fake for tests that fetch pages and feeds: a real server on 127.0.0.1 (HTTP, or
// HTTPS with the test certificate for news.test) whose routes are functions of the request. Every
// request is recorded with the status it was answered with; helpers send HTML, feeds and
// compressed bodies, redirect, and hold a page back until the test lets it go (a slow site
// without a real wait).
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { join } from "node:path";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What the server saw of one request, and what it answered. */
export interface RecordedRequest {
  readonly method: string;
  /** The path without its query. */
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  /** The status answered, once the answer has been sent. */
  status?: number;
}

export interface TestServer {
  /** "http://127.0.0.1:PORT" (https with `tls`) */
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

export interface TestServerOptions {
  /** Answers the paths no route matches (default: 404). */
  readonly fallback?: RouteHandler;
  /** Serve HTTPS with this certificate (see NEWS_TEST_TLS) instead of HTTP. */
  readonly tls?: { readonly cert: string; readonly key: string };
}

const tlsDir = join(import.meta.dirname, "..", "fixtures", "tls");

/** A self-signed certificate for news.test that nothing trusts unless a test says so. */
export const NEWS_TEST_TLS = {
  cert: readFileSync(join(tlsDir, "news-test.crt"), "utf8"),
  key: readFileSync(join(tlsDir, "news-test.key"), "utf8"),
} as const;

/** Starts a server on 127.0.0.1 with the given routes (exact paths, query ignored); 404 otherwise. */
export async function startTestServer(
  routes: Record<string, RouteHandler> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const notFound: RouteHandler = (_req, res) => send(res, 404, "text/plain", "not found");
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const recorded: RecordedRequest = { method: req.method ?? "GET", path, headers: req.headers };
    requests.push(recorded);
    res.on("finish", () => {
      recorded.status = res.statusCode;
    });
    const handler = table.get(path) ?? options.fallback ?? notFound;
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, "text/plain", String(error));
      else res.destroy();
    });
  };
  const server: Server =
    options.tls === undefined ? createServer(listener) : createHttpsServer(options.tls, listener);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls === undefined ? "http" : "https";
  const origin = `${scheme}://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    url: (path, host) =>
      host === undefined ? `${origin}${path}` : `${scheme}://${host}:${port}${path}`,
    route: (path, handler) => void table.set(path, handler),
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The request's body, as text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
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

/** A route held back until the test opens it: a site that is slow for exactly as long as needed. */
export interface HeldRoute {
  readonly handler: RouteHandler;
  /** Resolves when the first request has reached the route (and is being held). */
  readonly reached: Promise<void>;
  /** Lets every held request, and every later one, through to the route. */
  open(): void;
}

/** Holds each request to `route` until `open()` is called. */
export function held(route: RouteHandler): HeldRoute {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  return {
    reached,
    open,
    handler: async (req, res) => {
      reach();
      await opened;
      await route(req, res);
    },
  };
}
