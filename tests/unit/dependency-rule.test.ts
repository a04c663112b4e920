import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(path: string): string[] {
  const source = readFileSync(path, "utf8");
  const found = source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g);
  return [...found].map((m) => m[1] ?? "");
}

describe("the dependency rule", () => {
  it("keeps the core free of platform SDKs and adapters", () => {
    const forbidden = /^(@slack\/|discord\.js|@discordjs\/)|\/adapters\//;
    const offenders = filesUnder(join(root, "src")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("lets adapters, the CLI among them, reach the core only through src/index.ts", () => {
    const adapterFiles = filesUnder(join(root, "adapters"));
    // The CLI is a front end like the others: it lives under adapters/ and is checked with them.
    expect(adapterFiles.map((file) => relative(root, file))).toContain("adapters/cli/cli.ts");
    const offenders = adapterFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /\/src\//.test(spec) && !/\/src\/index\.ts$/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps no front end inside the core", () => {
    const frontEnds = readdirSync(join(root, "src")).filter((name) => /^cli(\.ts)?$/.test(name));
    expect(frontEnds).toEqual([]);
  });

  it("reads process.env only in the adapters' main files, the CLI's among them", () => {
    const allowed = /adapters\/(\w+\/)?main\.ts$/;
    const offenders = [...filesUnder(join(root, "src")), ...filesUnder(join(root, "adapters"))]
      .filter((file) => !allowed.test(file) && /process\.env/.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
