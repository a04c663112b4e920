// Finds the environment variables newsbrief reads, the ones .env.example lists and the ones
// docs/configuration.md explains, by reading the files as text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { proseLines } from "./markdown.ts";

const NAME = "[A-Z][A-Z0-9_]*";

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typescriptFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The source of each `z.object({...})` in a file: the config schemas, whose keys are variables. */
function objectSchemas(source: string): string[] {
  const schemas: string[] = [];
  for (const match of source.matchAll(/\bz\s*\.object\(\{/g)) {
    let depth = 0;
    const start = match.index + match[0].length - 1;
    for (let i = start; i < source.length; i++) {
      if (source[i] === "{") depth++;
      else if (source[i] === "}" && --depth === 0) {
        schemas.push(source.slice(start, i + 1));
        break;
      }
    }
  }
  return schemas;
}

/** Variables a source file reads: keys of its zod schemas, and `env.NAME` / `env["NAME"]` lookups. */
export function variablesIn(source: string): string[] {
  const keys = objectSchemas(source).flatMap((schema) =>
    [...schema.matchAll(new RegExp(`(?:^|[{,])\\s*(${NAME})\\s*:`, "gm"))].map((m) => m[1] ?? ""),
  );
  const lookups = [
    ...source.matchAll(new RegExp(`\\benv\\.(${NAME})\\b`, "g")),
    ...source.matchAll(new RegExp(`\\benv\\[\\s*["'](${NAME})["']\\s*\\]`, "g")),
  ].map((m) => m[1] ?? "");
  return [...keys, ...lookups];
}

/** Every variable the core and the adapters read (config schemas and direct lookups), sorted. */
export function variablesReadInCode(root: string): string[] {
  const files = [...typescriptFiles(join(root, "src")), ...typescriptFiles(join(root, "adapters"))];
  const names = files.flatMap((file) => variablesIn(readFileSync(file, "utf8")));
  return [...new Set(names)].sort();
}

/** Variables .env.example sets or shows commented out (`NAME=` or `# NAME=`). */
export function exampleVariables(envExample: string): string[] {
  const found = envExample.matchAll(new RegExp(`^#?[ \\t]*(${NAME})=`, "gm"));
  return [...new Set([...found].map((m) => m[1] ?? ""))];
}

/** A table row of docs/configuration.md: the variables its first cell names, and its other cells. */
export interface VariableRow {
  readonly names: readonly string[];
  readonly cells: readonly string[];
}

/** Every table row whose first cell names variables in backticks. */
export function variableRows(markdown: string): VariableRow[] {
  return proseLines(markdown).flatMap(({ text }) => {
    if (!text.startsWith("|")) return [];
    const cells = text
      .replace(/\\\|/g, "\u0000")
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    const names = [...(cells[0] ?? "").matchAll(new RegExp(`\`(${NAME})\``, "g"))].map(
      (m) => m[1] ?? "",
    );
    return names.length === 0 ? [] : [{ names, cells: cells.slice(1) }];
  });
}
