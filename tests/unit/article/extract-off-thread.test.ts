import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article/extract-html.ts";
import { extractArticleOffThread } from "../../../src/article/extract-off-thread.ts";
import { longestPause } from "../event-loop.ts";

// A long article written for this test: enough paragraphs to go past the off-thread size.
function longArticle(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>The harbour board met for the ${i + 1}th time on the new ferry timetable. “We will publish the times on Friday,” said Ines Varga, the board's chair.</p>`,
  ).join("\n");
  return `<!doctype html><html><head><title>Ferry timetable talks drag on</title></head><body><nav><a href="/">Home</a></nav><article><h1>Ferry timetable talks drag on</h1>${body}</article><footer>© Harbour Gazette</footer></body></html>`;
}

/** A page of tiny elements: little text, a great deal of HTML to parse. */
function tinyElements(bytes: number): string {
  return `<html><body>${"<div><span>a</span></div>".repeat(Math.floor(bytes / 24))}</body></html>`;
}

describe("extractArticleOffThread", () => {
  it("reads a large page in a worker into the same article as on the calling thread", async () => {
    const html = longArticle(2_500);
    expect(html.length).toBeGreaterThan(256 * 1024);
    const source = { url: "https://news.example/ferry" };
    const article = await extractArticleOffThread(html, source);
    expect(article).toEqual(extractArticle(html, source));
    expect(article.title).toBe("Ferry timetable talks drag on");
  });

  it("keeps the event loop free while a 3 MB page of tiny elements is read", async () => {
    const html = tinyElements(3_000_000);
    const pause = await longestPause(() => extractArticleOffThread(html, { label: "the page" }));
    // Read on the calling thread, the same page stops the event loop for seconds.
    expect(pause).toBeLessThan(500);
  }, 30_000);

  it("refuses a page that takes longer than the time limit, then reads the next page", async () => {
    await expect(
      extractArticleOffThread(
        tinyElements(2_000_000),
        { url: "https://x.example/slow" },
        { timeLimitMs: 20 },
      ),
    ).rejects.toMatchObject({
      code: "ARTICLE_UNREADABLE",
      message: expect.stringContaining("too complex to read"),
      details: { reason: "too-complex" },
    });
    const html = longArticle(2_500);
    await expect(extractArticleOffThread(html)).resolves.toMatchObject({
      title: "Ferry timetable talks drag on",
    });
  }, 30_000);

  it("passes the worker's errors on with their codes and messages", async () => {
    const html = `<html><body><nav>${'<a href="/x">Section</a> '.repeat(20_000)}</nav></body></html>`;
    const inline = (() => {
      try {
        extractArticle(html, { label: "the HTML you gave" });
      } catch (error) {
        return error;
      }
    })();
    await expect(
      extractArticleOffThread(html, { label: "the HTML you gave" }),
    ).rejects.toMatchObject({
      code: (inline as { code: string }).code,
      message: (inline as Error).message,
    });
  }, 30_000);
});
