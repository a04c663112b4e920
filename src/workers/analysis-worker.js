// Entry of an analysis worker thread: registers tsx so that the worker runs the TypeScript source
// as the main thread does, then starts the worker's message loop.
import { register } from "tsx/esm/api";

register();
await import("./analysis-worker-loop.ts");
