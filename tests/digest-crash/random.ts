// The crash tests' randomness, seeded so a failure can be replayed with CRASH_SEED.
export { seededRandom as random } from "../../src/eval/seeded-random.ts";
