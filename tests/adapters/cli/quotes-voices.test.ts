import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "newsbrief-voices-"));

const ARTICLE = `Villagers fight closure of library

Plans to close the library in Oakford have angered the village, and the county council's leader, Janet Moore, defended them.

"We will not let them take this away," residents said at a packed meeting on Monday.

Protesters gathered outside the council offices on Tuesday. "Save our books," protesters chanted.

An unsigned letter was pushed under the door of the library. "This building belongs to the children of Oakford," the letter said.

"No decision has been taken," Ms Moore said.
`;

interface PeopleJson {
  people: Array<{ name: string; type: string; aliases: string[] }>;
  quotes: Array<{ text: string; speaker: string | null }>;
}

describe("newsbrief quotes --json: what speaks", () => {
  it("types every entry of people: a person, a group or a document", async () => {
    const path = join(tmp, "library.txt");
    writeFileSync(path, ARTICLE);
    const result = await runCli(["quotes", path, "--json"], { stdin: "" });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as PeopleJson;
    const typeOf = new Map(json.people.map((p) => [p.name, p.type]));
    expect(typeOf.get("Janet Moore")).toBe("person");
    expect(typeOf.get("residents")).toBe("group");
    expect(typeOf.get("protesters")).toBe("group");
    expect(typeOf.get("the letter")).toBe("document");
    for (const p of json.people) {
      expect(["person", "organisation", "group", "document"]).toContain(p.type);
    }
    // A group or a document speaks, but it is no named speaker: its quotations stay unattributed.
    const chant = json.quotes.find((q) => q.text.startsWith("Save our books"));
    expect(chant?.speaker).toBeNull();
    const moore = json.quotes.find((q) => q.text.startsWith("No decision"));
    expect(moore?.speaker).toBe("Janet Moore");
  });

  it("lists no group or document when every quotation has a named speaker", async () => {
    const path = join(tmp, "named.txt");
    writeFileSync(path, 'Mayor opens bridge\n\n"It took ten years," Mayor Ruth Okafor said.\n');
    const result = await runCli(["quotes", path, "--json"], { stdin: "" });
    const json = JSON.parse(result.stdout) as PeopleJson;
    expect(json.people.map((p) => p.type)).toEqual(["person"]);
  });
});
