import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import {
  type Article,
  articleFromBytes,
  createFetcher,
  detectInputKind,
  type Fetcher,
  fetcherOptionsFromConfig,
  loadArticle,
  loadConfig,
  loadFile,
  MAX_FILE_BYTES,
  NewsbriefError,
  readError,
  toNewsbriefError,
  validateArticleText,
} from "../../src/index.ts";

/** Output streams of a CLI run, injected so tests can capture them. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Reads the article a CLI argument names: an http(s) URL (fetched with the settings in `io.env`,
 * ALLOW_PRIVATE_URLS included), an HTML or text file, or "-" for stdin (HTML or text).
 */
export async function readArticleInput(arg: string, io: CliIo): Promise<Article> {
  if (arg === "-") return articleFromBytes(await readInputBytes(arg, io), "standard input");
  if (detectInputKind(arg) === "url")
    return withFetcher(io, (fetcher) => loadArticle(arg, { fetcher }));
  return loadFile(arg);
}

/** Runs `use` with a fetcher configured from the CLI's environment, closed afterwards so the process can exit. */
export async function withFetcher<T>(io: CliIo, use: (fetcher: Fetcher) => Promise<T>): Promise<T> {
  const fetcher = createFetcher(fetcherOptionsFromConfig(loadConfig(io.env)));
  try {
    return await use(fetcher);
  } finally {
    await fetcher.close();
  }
}

/** Reads an article's text from a file path, or from stdin when the path is "-". */
export async function readTextInput(path: string, io: CliIo): Promise<string> {
  const source = path === "-" ? "standard input" : path;
  const bytes = await readInputBytes(path, io);
  return validateArticleText(new TextDecoder().decode(bytes), source);
}

/** The bytes of a file, or of stdin for "-", with a clear error for a missing file or a folder. */
export async function readInputBytes(path: string, io: CliIo): Promise<Buffer> {
  const source = path === "-" ? "standard input" : path;
  try {
    return path === "-" ? await readStream(io.stdin, source) : await readFile(path);
  } catch (error) {
    throw readError(source, error);
  }
}

async function readStream(stream: NodeJS.ReadableStream, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += buffer.length;
    if (total > MAX_FILE_BYTES) {
      throw new NewsbriefError(
        "INPUT_TOO_LARGE",
        `${source} is larger than ${MAX_FILE_BYTES / 1048576} MB, the most newsbrief reads.`,
        { details: { input: source, reason: "too-large" } },
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/** One `{"id","text"}` record of a JSONL input. */
export interface JsonlRecord {
  readonly id: string;
  readonly text: string;
}

/**
 * Runs `handle` on every line of a JSONL file and writes one JSON result per line, with its id.
 * A bad line is reported on stderr and as an `{"id","error"}` line; the others still run.
 * Returns the number of failed lines.
 */
export async function runJsonl(
  path: string,
  io: CliIo,
  handle: (record: JsonlRecord) => unknown,
): Promise<number> {
  const input = path === "-" ? io.stdin : createReadStream(path, "utf8");
  const opened = new Promise<void>((resolve, reject) => {
    if (path === "-") resolve();
    else
      (input as ReturnType<typeof createReadStream>)
        .once("open", () => resolve())
        .once("error", reject);
  });
  try {
    await opened;
  } catch (error) {
    throw readError(path, error);
  }
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (line.trim() === "") continue;
    let id: unknown = null;
    try {
      const record = parseRecord(line, lineNumber);
      id = record.id;
      io.stdout.write(`${JSON.stringify({ id: record.id, ...(handle(record) as object) })}\n`);
    } catch (error) {
      failures++;
      const message = toNewsbriefError(error).message;
      io.stderr.write(`line ${lineNumber}: ${message}\n`);
      io.stdout.write(`${JSON.stringify({ id: id ?? idOf(line), error: message })}\n`);
    }
  }
  return failures;
}

/** The id of a line whose record failed, so its error line can still be matched to it. */
function idOf(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return typeof id === "string" || typeof id === "number" ? String(id) : null;
  } catch {
    return null;
  }
}

function parseRecord(line: string, lineNumber: number): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new NewsbriefError("INPUT_INVALID", `line ${lineNumber} is not valid JSON.`);
  }
  const record = value as { id?: unknown; text?: unknown };
  if (typeof record !== "object" || record === null || typeof record.text !== "string") {
    throw new NewsbriefError("INPUT_INVALID", `line ${lineNumber} has no "text" string.`);
  }
  const id =
    typeof record.id === "string" || typeof record.id === "number"
      ? String(record.id)
      : String(lineNumber);
  return { id, text: validateArticleText(record.text, `line ${lineNumber}`) };
}
