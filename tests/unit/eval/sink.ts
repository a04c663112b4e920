import { Writable } from "node:stream";

/** A writable stream that keeps what a command prints, for the eval commands' tests. */
export function sink(): { stream: Writable; text: () => string } {
  let out = "";
  const stream = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  return { stream, text: () => out };
}
