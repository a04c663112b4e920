// A hostile giant of an article page for the Discord tests.
import { newsPage } from "../../fakes/pages.ts";

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
