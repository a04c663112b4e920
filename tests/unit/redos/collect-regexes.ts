// Finds every regular expression written in the core's source: each literal, and each
// `new RegExp(...)`, with where it is. The ReDoS test checks them all.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** A regular expression found in the source. */
export interface FoundRegex {
  /** "src/text/segment.ts:84". */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** A `new RegExp(...)` whose pattern is built at run time, so it can only be listed, not checked. */
export interface DynamicRegex {
  readonly where: string;
  readonly code: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every regular expression in the TypeScript files under `folder`. */
export function collectRegexes(
  root: string,
  folder: string,
): {
  found: FoundRegex[];
  dynamic: DynamicRegex[];
} {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const path of sourceFiles(join(root, folder))) {
    const file = ts.createSourceFile(
      path,
      readFileSync(path, "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const whereOf = (node: ts.Node) =>
      `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const close = text.lastIndexOf("/");
        found.push({
          where: whereOf(node),
          source: text.slice(1, close),
          flags: text.slice(close + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern !== undefined && ts.isStringLiteralLike(pattern)) {
          const flagText = flags !== undefined && ts.isStringLiteralLike(flags) ? flags.text : "";
          found.push({ where: whereOf(node), source: pattern.text, flags: flagText });
        } else {
          dynamic.push({ where: whereOf(node), code: node.getText(file) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { found, dynamic };
}
