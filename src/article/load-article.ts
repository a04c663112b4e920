import { readFile, stat } from "node:fs/promises";
import { NewsbriefError } from "../errors.ts";
import type { Article } from "./article.ts";
import { decodeBody } from "./charset.ts";
import { extractArticle } from "./extract-html.ts";
import { extractArticleOffThread } from "./extract-off-thread.ts";
import type { Fetcher } from "./fetcher.ts";
import { detectInputKind, looksLikeHtml, unwrapLink } from "./input-kind.ts";
import { readError } from "./read-error.ts";
import { validateArticleText } from "./validate.ts";

/** How loadArticle reaches the outside world. */
export interface LoadOptions {
  /** Fetches links; required only when the input is a URL. */
  readonly fetcher?: Fetcher;
  /**
   * Lets a one-line input name a local file. Only the CLI sets this: a chat user must never be
   * able to make the bot read files from its disk.
   */
  readonly readFiles?: boolean;
}

/** Largest local file read, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Loads an article from pasted text, an HTML document, an http(s) URL or (when allowed) a file
 * path. Pasted text is returned unchanged so offsets point into exactly what the user gave.
 */
export async function loadArticle(input: string, options: LoadOptions = {}): Promise<Article> {
  const kind = detectInputKind(input);
  if (kind === "url") return loadUrl(unwrapLink(input), options);
  if (options.readFiles === true && kind === "text" && isPathLike(input)) {
    const file = await fileIfExists(input.trim());
    if (file !== undefined) return loadFile(file);
  }
  if (kind === "html") {
    const label = "the HTML you gave";
    return extractArticleOffThread(validateArticleHtml(input, label), { label });
  }
  return { text: validateArticleText(input) };
}

/** Fetches a URL and extracts its article (HTML) or takes its text (plain text). */
export async function loadUrl(url: string, options: LoadOptions): Promise<Article> {
  if (options.fetcher === undefined) {
    throw new NewsbriefError("INTERNAL", "loadArticle was given a URL but no fetcher.");
  }
  const page = await options.fetcher.fetch(url, { expect: "article" });
  const isPlain = page.contentType.mime === "text/plain";
  const text = decodeBody(page.body, page.contentType.charset, isPlain ? "text" : "html");
  if (isPlain && !looksLikeHtml(text)) {
    return { text: validateArticleText(text, page.url), url: page.url };
  }
  return extractArticleOffThread(text, {
    url: page.url,
    ...(page.contentLanguage === undefined ? {} : { contentLanguage: page.contentLanguage }),
  });
}

/** Reads a local text or HTML file, detecting its character set. */
export async function loadFile(path: string): Promise<Article> {
  return articleFromBytes(await readLocalFile(path), path);
}

/** An article from the bytes of a file or stdin: HTML is extracted, text is taken as it is. */
export function articleFromBytes(bytes: Uint8Array, label: string): Article {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096));
  const html = looksLikeHtml(head.toString("latin1"));
  const text = decodeBody(bytes, undefined, html ? "html" : "text");
  if (html) return extractArticle(validateArticleHtml(text, label), { label });
  return { text: validateArticleText(text, label) };
}

async function readLocalFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    if (info.size > MAX_FILE_BYTES) {
      throw new NewsbriefError(
        "INPUT_TOO_LARGE",
        `${path} is too large (${Math.round(info.size / 1048576)} MB); the limit is ${MAX_FILE_BYTES / 1048576} MB.`,
        { details: { input: path, reason: "too-large" } },
      );
    }
    return await readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
}

function validateArticleHtml(html: string, source: string): string {
  if (html.trim() === "") {
    throw new NewsbriefError("INPUT_EMPTY", `There is no text in ${source}.`, {
      details: { input: source },
    });
  }
  return html;
}

function isPathLike(input: string): boolean {
  const trimmed = input.trim();
  return trimmed.length > 0 && trimmed.length < 4096 && !trimmed.includes("\n");
}

async function fileIfExists(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}
