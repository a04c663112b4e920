// Reads the parts of a Markdown file a link checker needs: headings (as GitHub's anchors) and
// links. Fenced code blocks and inline code are skipped, because GitHub renders no link there.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** A link as written, with the line it is on. */
export interface MarkdownLink {
  readonly target: string;
  readonly line: number;
}

/** The lines of a Markdown text outside fenced code blocks, with their 1-based line numbers. */
export function proseLines(markdown: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | null = null;
  markdown.split("\n").forEach((text, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker !== undefined && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence === null) lines.push({ text, line: index + 1 });
  });
  return lines;
}

/**
 * GitHub's anchor for a heading (github-slugger): the rendered text in lower case, every character
 * that is not a letter, mark, number, connector (`_`), space or hyphen removed, spaces as hyphens.
 */
export function slugOf(heading: string): string {
  const rendered = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, "")
    .trim();
  return rendered
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a file offers: its headings' slugs (repeats get -1, -2 as on GitHub) and HTML ids. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(text)?.[1];
    if (heading !== undefined) {
      const slug = slugOf(heading);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      anchors.add(count === 0 ? slug : `${slug}-${count}`);
    }
    for (const m of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(m[1] ?? "");
  }
  return anchors;
}

/** Every link target of a Markdown text: inline links, images and reference definitions. */
export function linksOf(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const { text, line } of proseLines(markdown)) {
    // Inline code can hold brackets and parentheses that are not links: drop it first.
    const prose = text.replace(/(`+)[^`]*?\1/g, "");
    for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ target: m[1] ?? "", line });
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(prose)?.[1];
    if (definition !== undefined) links.push({ target: definition, line });
  }
  return links;
}

/** True for a link GitHub resolves inside the repository (no scheme, not protocol-relative). */
export function isRelative(target: string): boolean {
  return !/^[a-z][a-z\d+.-]*:/i.test(target) && !target.startsWith("//");
}

/**
 * What is wrong with each relative link of `file` (a path under `root`): a target outside the
 * repository, a file or folder that does not exist, or an anchor no heading of the target has.
 */
export function brokenLinks(root: string, file: string): string[] {
  const markdown = readFileSync(file, "utf8");
  const where = relative(root, file);
  return linksOf(markdown)
    .filter((link) => isRelative(link.target))
    .flatMap((link) => {
      const problem = linkProblem(root, file, markdown, link.target);
      return problem === null ? [] : [`${where}:${link.line}: ${link.target}: ${problem}`];
    });
}

function linkProblem(root: string, file: string, markdown: string, target: string): string | null {
  const hash = target.indexOf("#");
  const path = decodeURI(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1));
  const resolved = path === "" ? file : resolve(dirname(file), path);
  if (relative(root, resolved).startsWith("..")) return "outside the repository";
  if (!existsSync(resolved)) return "no such file";
  if (anchor === null) return null;
  if (statSync(resolved).isDirectory() || !resolved.endsWith(".md")) {
    return /^L\d+(-L\d+)?$/.test(anchor) ? null : "an anchor on a file without headings";
  }
  const text = path === "" ? markdown : readFileSync(resolved, "utf8");
  return anchorsOf(text).has(anchor)
    ? null
    : `no heading #${anchor} in ${relative(root, resolved)}`;
}

/** The Markdown files the checker covers: the README and every page under docs/. */
export function documentationFiles(root: string): string[] {
  const pages = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(root, "docs", name));
  return [join(root, "README.md"), ...pages];
}
