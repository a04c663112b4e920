// `newsbrief` (bin/newsbrief.js): the CLI's process wiring. Only this file reads process.env and argv.
import { main } from "./cli.ts";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
