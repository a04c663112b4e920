import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./run-cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "newsbrief-jsonl-"));
// Written for these tests.
const STORY = "“We will rebuild the pier,” said harbour master Ines Moreau on Friday.";

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe.each(["quotes", "brief"])("newsbrief %s --jsonl", (command) => {
  it("refuses a folder with one line on stderr and exit 1", async () => {
    const folder = join(tmp, `folder-${command}`);
    mkdirSync(folder);
    const result = await runCli([command, "--jsonl", folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newsbrief ${command}: Cannot read ${folder}: it is a folder.\n`);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: "INPUT_INVALID", message: `Cannot read ${folder}: it is a folder.` },
    });
  });

  it("refuses a missing file with one line on stderr and exit 1", async () => {
    const missing = join(tmp, "nowhere.jsonl");
    const result = await runCli([command, "--jsonl", missing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newsbrief ${command}: Cannot read ${missing}: no such file.\n`);
  });

  it.runIf(process.getuid?.() !== 0)("refuses a file it may not read, with exit 1", async () => {
    const locked = file(`locked-${command}.jsonl`, `${JSON.stringify({ id: 1, text: STORY })}\n`);
    chmodSync(locked, 0o000);
    const result = await runCli([command, "--jsonl", locked]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/permission denied/);
  });

  it("gives every id back exactly as given, numbers as numbers", async () => {
    const path = file(
      `ids-${command}.jsonl`,
      [
        JSON.stringify({ id: 7, text: STORY }),
        JSON.stringify({ id: "7", text: STORY }),
        JSON.stringify({ id: 2.5, text: STORY }),
        JSON.stringify({ text: STORY }),
      ].join("\n"),
    );
    const result = await runCli([command, "--jsonl", path]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((l) => [l.id, l.line])).toEqual([
      [7, 1],
      ["7", 2],
      [2.5, 3],
      [null, 4],
    ]);
  });

  it("reports an object or array id as an error of its line, once on stderr", async () => {
    const path = file(
      `bad-ids-${command}.jsonl`,
      [
        JSON.stringify({ id: { n: 1 }, text: STORY }),
        JSON.stringify({ id: [1], text: STORY }),
        JSON.stringify({ id: "ok", text: STORY }),
      ].join("\n"),
    );
    const result = await runCli([command, "--jsonl", path]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    const error = { code: "INPUT_INVALID", message: '"id" must be a string or a number.' };
    expect(lines[0]).toEqual({ id: null, line: 1, error });
    expect(lines[1]).toEqual({ id: null, line: 2, error });
    expect(lines[2]?.id).toBe("ok");
    expect(result.stderr).toBe(
      'line 1: "id" must be a string or a number.\nline 2: "id" must be a string or a number.\n',
    );
  });

  it("ignores a UTF-8 byte order mark and reads CRLF line ends", async () => {
    const body = [
      { id: "a", text: STORY },
      { id: "b", text: STORY },
    ]
      .map((r) => JSON.stringify(r))
      .join("\r\n");
    const path = file(`bom-${command}.jsonl`, `\ufeff${body}\r\n`);
    const result = await runCli([command, "--jsonl", path]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(jsonLines(result.stdout).map((l) => l.id)).toEqual(["a", "b"]);
  });

  it("keeps a lone carriage return inside its line, where JSON allows it", async () => {
    const path = file(`cr-${command}.jsonl`, `{"id":"a",\r"text":${JSON.stringify(STORY)}}\n`);
    const result = await runCli([command, "--jsonl", path]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(jsonLines(result.stdout).map((l) => [l.id, l.line])).toEqual([["a", 1]]);
  });

  it("keeps the id of a line whose text is bad, and says what is wrong once", async () => {
    const input = [
      JSON.stringify({ id: 41 }),
      JSON.stringify({ id: 42, text: "   " }),
      "",
      "[1, 2]",
    ].join("\n");
    const result = await runCli([command, "--jsonl", "-"], { stdin: input });
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { id: 41, line: 1, error: { code: "INPUT_INVALID", message: 'no "text" string.' } },
      {
        id: 42,
        line: 2,
        error: { code: "INPUT_EMPTY", message: 'There is no text in the "text" field.' },
      },
      {
        id: null,
        line: 4,
        error: {
          code: "INPUT_INVALID",
          message: 'not a JSON object with an "id" and a "text".',
        },
      },
    ]);
    const stderr = result.stderr.trim().split("\n");
    expect(stderr).toEqual([
      'line 1: no "text" string.',
      'line 2: There is no text in the "text" field.',
      'line 4: not a JSON object with an "id" and a "text".',
    ]);
  });
});
