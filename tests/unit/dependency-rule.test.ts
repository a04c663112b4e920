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
    const offendersIn = (dir: string) =>
      filesUnder(join(root, dir)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => forbidden.test(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
    expect(offendersIn("src")).toEqual([]);
    // The same scan finds the SDKs where they belong, so the empty list above means something.
    expect(offendersIn("adapters").length).toBeGreaterThan(0);
  });

  it("lets adapters, the CLI among them, reach the core only through src/index.ts", () => {
    const adapterFiles = filesUnder(join(root, "adapters"));
    // The CLI is a front end like the others: it lives under adapters/ and is checked with them.
    expect(adapterFiles.map((file) => relative(root, file))).toContain("adapters/cli/cli.ts");
    const imports = adapterFiles.flatMap((file) => importsOf(file).map((spec) => ({ file, spec })));
    const offenders = imports
      .filter(({ spec }) => /\/src\//.test(spec) && !/\/src\/index\.ts$/.test(spec))
      .map(({ file, spec }) => `${relative(root, file)} imports ${spec}`);
    expect(offenders).toEqual([]);
    expect(imports.some(({ spec }) => /\/src\/index\.ts$/.test(spec))).toBe(true);
  });

  it("keeps no front end inside the core", () => {
    const frontEnds = readdirSync(join(root, "src")).filter((name) => /^cli(\.ts)?$/.test(name));
    expect(frontEnds).toEqual([]);
  });

  it("reads process.env only in the adapters' main files, the CLI's among them", () => {
    const allowed = /adapters\/(\w+\/)?main\.ts$/;
    const readers = [
      ...filesUnder(join(root, "src")),
      ...filesUnder(join(root, "adapters")),
    ].filter((file) => /process\.env/.test(readFileSync(file, "utf8")));
    expect(
      readers.filter((file) => !allowed.test(file)).map((file) => relative(root, file)),
    ).toEqual([]);
    expect(readers.length).toBeGreaterThan(0);
  });

  it("keeps people/ (who is named) independent of quotes/ (who said what), which builds on it", () => {
    const offenders = filesUnder(join(root, "src", "people")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)quotes\//.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
    // quotes/ does build on people/, so the scan above reads the same kind of import.
    const users = filesUnder(join(root, "src", "quotes")).filter((file) =>
      importsOf(file).some((spec) => /^\.\.\/people\//.test(spec)),
    );
    expect(users.length).toBeGreaterThan(0);
  });
});
