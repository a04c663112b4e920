// Word lists the people finder reads names and roles with, one topic per file under lexicon/.
// Importers keep this one path; each list lives in exactly one file below.

export * from "./lexicon/closed-classes.ts";
export * from "./lexicon/grammar.ts";
export * from "./lexicon/names.ts";
export * from "./lexicon/organisations.ts";
export * from "./lexicon/quoting.ts";
export * from "./lexicon/roles.ts";
export * from "./lexicon/titles.ts";
