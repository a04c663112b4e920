import { readFile } from "node:fs/promises";
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
