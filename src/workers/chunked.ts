import { deserialize, serialize } from "node:v8";

/** Where a long list sits in a result: keys and indexes from the result's root. */
export type ListPath = ReadonlyArray<string | number>;

/** A long list taken out of a result, serialised in chunks. */
export interface ListPart {
  readonly path: ListPath;
  readonly chunks: ArrayBuffer[];
  /** Set for a list of objects of these integer fields only, sent as a table of int32s. */
  readonly fields?: readonly string[];
}

/** A list to send apart; `fields` when its items are objects of integer fields (spans). */
export interface TakenList {
  readonly path: ListPath;
  readonly items: unknown[];
  readonly fields?: readonly string[];
}

/** Items per chunk: reading one back takes a few milliseconds of the receiving thread. */
export const CHUNK_ITEMS = 10_000;

/**
 * Serialises lists (already taken out of a result) in chunks, on the worker's thread. The receiver
 * reads them back one chunk per turn of its event loop: one message holding a hostile article's
 * 600,000 sentences took seconds to read back, and no other event ran meanwhile.
 */
export function serializeLists(lists: readonly TakenList[]): {
  parts: ListPart[];
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  const parts = lists.map(({ path, items, fields }): ListPart => {
    if (fields !== undefined) {
      // Spans as a table of numbers: a structured clone of 600,000 small objects took seconds to read.
      const table = new Int32Array(items.length * fields.length);
      items.forEach((item, i) => {
        fields.forEach((field, f) => {
          table[i * fields.length + f] = (item as Record<string, number>)[field] as number;
        });
      });
      transfer.push(table.buffer);
      return { path, chunks: [table.buffer], fields };
    }
    const chunks: ArrayBuffer[] = [];
    for (let at = 0; at < items.length; at += CHUNK_ITEMS) {
      const bytes = serialize(items.slice(at, at + CHUNK_ITEMS));
      const own = new Uint8Array(bytes.byteLength);
      own.set(bytes);
      chunks.push(own.buffer);
      transfer.push(own.buffer);
    }
    return { path, chunks };
  });
  return { parts, transfer };
}

/** Puts the lists back into a result, reading one chunk per turn of the event loop. */
export async function assembleLists(result: unknown, parts: readonly ListPart[]): Promise<void> {
  // Outer lists first: a path may run through a list restored before it (people, then one's mentions).
  const ordered = [...parts].sort((a, b) => a.path.length - b.path.length);
  for (const { path, chunks, fields } of ordered) {
    const items: unknown[] = [];
    for (const chunk of chunks) {
      await new Promise((resolve) => setImmediate(resolve));
      if (fields === undefined) {
        for (const item of deserialize(new Uint8Array(chunk)) as unknown[]) items.push(item);
      } else {
        await readTable(new Int32Array(chunk), fields, items);
      }
    }
    setAt(result, path, items);
  }
}

/** Rebuilds span objects from a table of numbers, yielding to the event loop now and then. */
async function readTable(table: Int32Array, fields: readonly string[], out: unknown[]) {
  const width = fields.length;
  for (let row = 0; row * width < table.length; row++) {
    if (row > 0 && row % CHUNK_ITEMS === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const item: Record<string, number> = {};
    for (let f = 0; f < width; f++) item[fields[f] as string] = table[row * width + f] as number;
    out.push(item);
  }
}

function setAt(root: unknown, path: ListPath, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
