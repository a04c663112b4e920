// Article pages for the Discord tests: the seed article as a news page, and a hostile giant.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..", "..");

/** The seed article's text, as the repository ships it. */
export const seedText = readFileSync(
  join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"),
  "utf8",
);

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A news page: headline in <h1>, paragraphs in <article>, as a site would publish it. */
export function newsPage(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:site_name" content="Example News"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>${escapeHtml(title)}</h1>
${body}
</article><footer>© Example News</footer></body></html>`;
}

/** The seed article as a page: its first line is the headline. */
export function seedPage(): string {
  const [title = "", ...rest] = seedText.split(/\n\s*\n/).map((p) => p.trim());
  return newsPage(
    title,
    rest.filter((p) => p !== ""),
  );
}

/**
 * An article of about `words` words whose every paragraph tries to ping and link: @everyone,
 * @here, a role mention and a javascript: masked link, inside quotes a speaker says.
 */
export function hostilePage(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph =
      `@everyone the council met again on day ${i} and @here the vote was close. ` +
      `“Read <@&123456789012345678> and [the report](javascript:alert(${i})) before **anyone** votes,” ` +
      `Mayor Dana Whitfield said. The budget office said spending would rise by ${i} percent ` +
      "while the opposition asked for another hearing on the harbour project.";
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return newsPage(
    "@everyone Council votes on the harbour budget [again](javascript:void(0))",
    paragraphs,
  );
}
