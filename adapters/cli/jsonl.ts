import { once } from "node:events";
import { open } from "node:fs/promises";
import {
  MAX_FILE_BYTES,
  NewsbriefError,
  readError,
  toNewsbriefError,
  validateArticleText,
} from "../../src/index.ts";
import { EXIT, exitCodeOf } from "./failure.ts";
import type { CliIo } from "./io.ts";
import { printError, terminalJson } from "./output.ts";

/** An id as the input gave it: a string or a number, or null when the line has none. */
export type JsonlId = string | number | null;

/** One `{"id","text"}` record of a JSONL input, with its line number. */
export interface JsonlRecord {
  readonly id: JsonlId;
  readonly line: number;
  readonly text: string;
}

const TEXT_FIELD = 'the "text" field';

/**
 * Runs `handle` on every line of a JSONL file (or stdin for "-") and writes one JSON result per
 * line, `{"id","line",...}`, the id exactly as given. A bad line is reported once on stderr and as
 * `{"id","line","error":{"code","message"}}`; the others still run. A UTF-8 BOM is ignored and
 * CRLF line ends work. Returns the exit code: 0, or the worst of the failed lines'.
 */
export async function runJsonl(
  path: string,
  io: CliIo,
  handle: (record: JsonlRecord) => unknown,
): Promise<number> {
  let exit: number = EXIT.ok;
  for await (const { line, text, tooLong } of linesOf(path, io)) {
    if (!tooLong && text.trim() === "") continue;
    let id: JsonlId = null;
    try {
      if (tooLong) throw lineTooLong();
      const record = parseRecord(text);
      id = record.id;
      const article = articleText(record.text);
      await writeLine(io, { id, line, ...((await handle({ id, line, text: article })) as object) });
    } catch (error) {
      const failure = toNewsbriefError(error);
      exit = Math.max(exit, exitCodeOf(failure.code));
      printError(io, `line ${line}: ${failure.message}\n`);
      await writeLine(io, { id, line, error: { code: failure.code, message: failure.message } });
    }
  }
  return exit;
}

/** The id and text of a line; the text is checked apart, so that a bad text still reports its id. */
function parseRecord(text: string): { id: JsonlId; text: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NewsbriefError("INPUT_INVALID", "not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new NewsbriefError("INPUT_INVALID", 'not a JSON object with an "id" and a "text".');
  }
  const record = value as { id?: unknown; text?: unknown };
  const id = record.id ?? null;
  if (id !== null && typeof id !== "string" && typeof id !== "number") {
    throw new NewsbriefError("INPUT_INVALID", '"id" must be a string or a number.');
  }
  return { id, text: record.text };
}

function articleText(text: unknown): string {
  if (typeof text !== "string") throw new NewsbriefError("INPUT_INVALID", 'no "text" string.');
  return validateArticleText(text, TEXT_FIELD);
}

function lineTooLong(): NewsbriefError {
  return new NewsbriefError(
    "INPUT_TOO_LARGE",
    `longer than ${MAX_FILE_BYTES / 1048576} MB, the most newsbrief reads.`,
    { details: { reason: "too-large" } },
  );
}

async function writeLine(io: CliIo, value: unknown): Promise<void> {
  // A slow reader on the pipe holds the next line back instead of filling memory.
  if (!io.stdout.write(`${terminalJson(value)}\n`)) await once(io.stdout, "drain");
}

interface Line {
  readonly line: number;
  readonly text: string;
  /** The line went past MAX_FILE_BYTES characters: its text was dropped. */
  readonly tooLong: boolean;
}

/**
 * The lines of a file or stdin, split at "\n" only (a lone "\r" is JSON whitespace, not a line
 * end), a "\r" before the "\n" and a leading BOM dropped. Linear: every chunk is scanned once.
 */
async function* linesOf(path: string, io: CliIo): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8");
  let pending: string[] = [];
  let pendingChars = 0;
  let tooLong = false;
  let line = 0;
  let first = true;
  const take = (piece: string): Line => {
    const joined = tooLong ? "" : pending.join("") + piece;
    const text = joined.endsWith("\r") ? joined.slice(0, -1) : joined;
    const result = { line: ++line, text, tooLong };
    pending = [];
    pendingChars = 0;
    tooLong = false;
    return result;
  };
  for await (const chunk of chunksOf(path, io)) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text !== "") {
      if (text.startsWith("\ufeff")) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      yield take(text.slice(start, end));
      start = end + 1;
    }
    const rest = text.slice(start);
    pendingChars += rest.length;
    if (pendingChars > MAX_FILE_BYTES) tooLong = true;
    if (tooLong) pending = [];
    else if (rest !== "") pending.push(rest);
  }
  const last = decoder.decode();
  if (last !== "" && !tooLong) pending.push(last);
  if (pending.length > 0 || tooLong) yield take("");
}

/** The chunks of stdin or of a file, with a one-line error for a missing file, a folder or a read failure. */
async function* chunksOf(path: string, io: CliIo): AsyncGenerator<Buffer | string> {
  if (path === "-") {
    try {
      yield* io.stdin as AsyncIterable<Buffer | string>;
    } catch (error) {
      throw readError("standard input", error);
    }
    return;
  }
  const file = await open(path, "r").catch((error: unknown) => {
    throw readError(path, error);
  });
  try {
    if ((await file.stat()).isDirectory()) {
      throw readError(path, Object.assign(new Error("is a folder"), { code: "EISDIR" }));
    }
    for await (const chunk of file.createReadStream({ autoClose: false })) yield chunk as Buffer;
  } catch (error) {
    throw readError(path, error);
  } finally {
    await file.close();
  }
}
