import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleVariables, variableRows, variablesIn, variablesReadInCode } from "./env-vars.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const envExample = readFileSync(join(root, ".env.example"), "utf8");
const configuration = readFileSync(join(root, "docs", "configuration.md"), "utf8");

const inCode = variablesReadInCode(root);
const inExample = exampleVariables(envExample);
const rows = variableRows(configuration);
const documented = new Set(rows.flatMap((row) => row.names));

// Read by newsbrief but never set by a user: `npm run start:shards` gives each shard process its id.
const SET_BY_NEWSBRIEF = ["SHARDS"];
// In .env.example although newsbrief never reads it: Node reads it at start-up.
const READ_BY_NODE = ["NODE_EXTRA_CA_CERTS"];

describe("finding the variables", () => {
  it("reads schema keys and env lookups, not other capitalised names", () => {
    const source = `
      const MAX_ITEMS = 5;
      const schema = z.object({
        FEED_LIMIT: z.coerce.number().default(MAX_ITEMS),
        NESTED: z.string({ error: "Use ERROR_CODE" }),
      });
      const chained = z
        .object({ CHAINED: z.string() })
        .superRefine(() => undefined);
      if (env.SHARDS || env["OTHER_FLAG"]) child.env = { SET_FOR_CHILD: "1" };`;
    expect(variablesIn(source).sort()).toEqual([
      "CHAINED",
      "FEED_LIMIT",
      "NESTED",
      "OTHER_FLAG",
      "SHARDS",
    ]);
  });

  it("finds the variables of the core, every adapter and the sharding manager", () => {
    expect(inCode.length).toBeGreaterThan(30);
    for (const name of ["LOG_LEVEL", "SLACK_BOT_TOKEN", "DISCORD_SHARDS", "CONSOLE_SEED", "SHARDS"])
      expect(inCode).toContain(name);
  });
});

describe(".env.example and docs/configuration.md", () => {
  it("lists in .env.example every variable newsbrief reads", () => {
    const missing = inCode.filter(
      (name) => !inExample.includes(name) && !SET_BY_NEWSBRIEF.includes(name),
    );
    expect(missing).toEqual([]);
  });

  it("lists in .env.example no variable that nothing reads", () => {
    const unread = inExample.filter(
      (name) => !inCode.includes(name) && !READ_BY_NODE.includes(name),
    );
    expect(unread).toEqual([]);
  });

  it("explains every variable of .env.example with its default and meaning", () => {
    expect(inExample.length).toBeGreaterThan(30);
    const unexplained = inExample.filter((name) => {
      const row = rows.find((r) => r.names.includes(name));
      return row === undefined || row.cells.length < 2 || row.cells.some((cell) => cell === "");
    });
    expect(unexplained).toEqual([]);
  });

  it("explains the variables newsbrief sets for itself", () => {
    for (const name of SET_BY_NEWSBRIEF) expect(documented).toContain(name);
  });
});
