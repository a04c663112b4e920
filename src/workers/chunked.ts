import { deserialize, serialize } from "node:v8";

/** Where a long list sits in a result: keys and indexes from the result's root. */
export type ListPath = ReadonlyArray<string | number>;

/** A long list taken out of a result, serialised in chunks. */
export interface ListPart {
  readonly path: ListPath;
  readonly chunks: ArrayBuffer[];
}

/** Items per chunk: reading one back takes a few milliseconds of the receiving thread. */
export const CHUNK_ITEMS = 10_000;

/**
 * Serialises lists (already taken out of a result) in chunks, on the worker's thread. The receiver
 * reads them back one chunk per turn of its event loop: one message holding a hostile article's
 * 600,000 sentences took seconds to read back, and no other event ran meanwhile.
 */
export function serializeLists(lists: ReadonlyArray<{ path: ListPath; items: unknown[] }>): {
  parts: ListPart[];
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  const parts = lists.map(({ path, items }) => {
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
  for (const { path, chunks } of ordered) {
    const items: unknown[] = [];
    for (const chunk of chunks) {
      await new Promise((resolve) => setImmediate(resolve));
      for (const item of deserialize(new Uint8Array(chunk)) as unknown[]) items.push(item);
    }
    setAt(result, path, items);
  }
}

function setAt(root: unknown, path: ListPath, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
