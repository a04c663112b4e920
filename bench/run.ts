// `npm run bench -- [corpus.jsonl | article.txt ...] [--only name,name]`: runs the registered
// benchmark modules over a corpus (JSONL lines of {"text"} or plain text files; default: the seed
// article and the quote fixtures) and prints each module's report. Never part of `npm test`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The articles a benchmark runs over. */
export interface BenchCorpus {
  readonly texts: readonly string[];
  /** Where they came from, for the report. */
  readonly source: string;
}

/** A benchmark: a name for --only, and a run that returns its report as text. */
export interface BenchModule {
  readonly name: string;
  run(corpus: BenchCorpus): string | Promise<string>;
}

// Register a benchmark with one line: a name and what to run.
const MODULES: readonly BenchModule[] = [
  lazy("analysis", async (c) => (await import("./analysis.ts")).runAnalysisBench(c)),
  lazy("brief", async (c) => {
    const m = await import("./brief.ts");
    return m.formatBriefBench(m.benchBrief(c.texts));
  }),
  lazy("shapes", async () => (await import("./shapes-bench.ts")).runShapesBench()),
  lazy("pool", async () => (await import("./analysis-pool.ts")).runPoolBench()),
  lazy("extract", async () => {
    const m = await import("./extract.ts");
    return m.formatExtractBench(m.benchExtract(m.loadPages()));
  }),
];

function lazy(name: string, run: (corpus: BenchCorpus) => Promise<string>): BenchModule {
  return { name, run };
}

const root = join(import.meta.dirname, "..");

/** The default corpus: the seed article and the quote fixtures. */
function defaultCorpus(): BenchCorpus {
  const dir = join(root, "tests", "fixtures", "quotes");
  const files = [
    join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"),
    ...readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => join(dir, f)),
  ];
  return {
    texts: files.map((f) => readFileSync(f, "utf8")),
    source: "seed + tests/fixtures/quotes",
  };
}

/** A corpus path that cannot be read, with a message for the terminal. */
export class CorpusError extends Error {}

/** The files a path stands for: the file itself, or a folder's .jsonl and .txt files, recursively. */
function corpusFiles(path: string): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new CorpusError(`cannot read ${path}: no such file or folder`);
  }
  if (!isDir) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return corpusFiles(child);
      return /\.(jsonl|txt)$/.test(entry.name) ? [child] : [];
    });
}

/** Reads articles from JSONL files ({"text"} per line), plain text files and folders of them. */
export function readCorpus(paths: readonly string[]): BenchCorpus {
  if (paths.length === 0) return defaultCorpus();
  const texts: string[] = [];
  for (const path of paths.flatMap(corpusFiles)) {
    const content = readFileSync(path, "utf8");
    if (!path.endsWith(".jsonl")) {
      texts.push(content);
      continue;
    }
    content.split("\n").forEach((line, i) => {
      if (line.trim() === "") return;
      let record: { text?: unknown };
      try {
        record = JSON.parse(line) as { text?: unknown };
      } catch {
        throw new CorpusError(`${path}:${i + 1}: not a JSON object`);
      }
      if (typeof record?.text === "string" && record.text.trim() !== "") texts.push(record.text);
    });
  }
  if (texts.length === 0) throw new CorpusError(`no articles in ${paths.join(", ")}`);
  return { texts, source: paths.join(", ") };
}

async function main(argv: readonly string[]): Promise<number> {
  const paths: string[] = [];
  let only: Set<string> | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--only") only = new Set((argv[++i] ?? "").split(","));
    else if (arg.startsWith("--")) {
      process.stderr.write(`bench: unknown option ${arg}\n`);
      return 2;
    } else paths.push(arg);
  }
  const unknown = [...(only ?? [])].filter((n) => !MODULES.some((m) => m.name === n));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: no benchmark named ${unknown.join(", ")} (have: ${MODULES.map((m) => m.name).join(", ")})\n`,
    );
    return 2;
  }
  let corpus: BenchCorpus;
  try {
    corpus = readCorpus(paths);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`bench: ${error.message}\n`);
    return 2;
  }
  process.stdout.write(`corpus: ${corpus.texts.length} articles from ${corpus.source}\n\n`);
  for (const module of MODULES) {
    if (only !== undefined && !only.has(module.name)) continue;
    process.stdout.write(`== ${module.name}\n${await module.run(corpus)}\n`);
  }
  return 0;
}

if (process.argv[1] !== undefined && /bench\/run\.ts$/.test(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
