#!/usr/bin/env node
// Runs the TypeScript CLI in place through tsx, so `npx newsbrief` needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../adapters/cli/main.ts");
