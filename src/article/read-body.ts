import { pipeline, type Readable, Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from "node:zlib";
import { NewsbriefError } from "../errors.ts";

/**
 * Reads a response body, decompressing gzip, deflate or brotli, and stops as soon as more than
 * `maxBytes` have arrived (counted after decompression, so a small zip bomb is caught too).
 */
export async function readBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const encodings = (contentEncoding ?? "")
    .toLowerCase()
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "" && e !== "identity");
  let stream: Readable = body;
  // Encodings are listed in the order they were applied, so they are undone last first.
  for (const encoding of encodings.reverse()) stream = decode(stream, encoding, url);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) throw tooLargeError(url, maxBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    body.on("error", () => undefined);
    body.destroy();
    if (error instanceof NewsbriefError) throw error;
    if (isZlibError(error)) throw badEncodingError(url, error);
    throw error;
  }
  return Buffer.concat(chunks, total);
}

/** The error for a body over the size limit. */
export function tooLargeError(url: string, maxBytes: number): NewsbriefError {
  const mb = (maxBytes / (1024 * 1024)).toLocaleString("en", { maximumFractionDigits: 1 });
  return new NewsbriefError(
    "INPUT_TOO_LARGE",
    `${url} is larger than ${mb} MB, the most newsbrief reads from one page. Paste the article's text instead.`,
    { details: { input: url, reason: "too-large" } },
  );
}

function decode(stream: Readable, encoding: string, url: string): Readable {
  const decoder = decoderFor(encoding, url);
  return pipeline(stream, decoder, () => {
    // Errors surface through the iteration of the returned stream.
  });
}

function decoderFor(encoding: string, url: string): Transform {
  if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
  if (encoding === "br") return createBrotliDecompress();
  if (encoding === "deflate") return createDeflateEither();
  throw new NewsbriefError(
    "ARTICLE_FETCH_FAILED",
    `${url} was sent with an unsupported compression ("${encoding}").`,
    { details: { input: url, reason: "bad-encoding" } },
  );
}

/** "deflate" should be zlib-wrapped, but some servers send raw deflate; the first byte tells. */
function createDeflateEither(): Transform {
  let inner: Transform | undefined;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (inner === undefined) {
        inner = isZlibHeader(chunk) ? createInflate() : createInflateRaw();
        inner.on("data", (data: Buffer) => this.push(data));
        inner.on("error", (error) => this.destroy(error));
      }
      if (inner.write(chunk)) callback();
      else inner.once("drain", () => callback());
    },
    flush(callback) {
      if (inner === undefined) return callback();
      inner.once("end", () => callback());
      inner.end();
    },
  });
}

function isZlibHeader(chunk: Buffer): boolean {
  const cmf = chunk[0] ?? 0;
  const flg = chunk[1] ?? 0;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("Z_");
}

function badEncodingError(url: string, cause: unknown): NewsbriefError {
  return new NewsbriefError(
    "ARTICLE_FETCH_FAILED",
    `${url} sent a damaged compressed body. Try again later, or paste the article's text.`,
    { details: { input: url, reason: "bad-encoding" }, cause },
  );
}
