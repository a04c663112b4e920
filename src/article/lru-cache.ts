/** A least-recently-used map with a time to live and caps on entries and total weight. */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number; weight: number }>();
  private totalWeight = 0;

  constructor(
    private readonly options: {
      readonly maxEntries: number;
      readonly ttlMs: number;
      /** Cap on the sum of weights (e.g. characters of article text). */
      readonly maxWeight?: number;
      readonly now: () => number;
    },
  ) {}

  /** The live value for a key, which becomes the most recently used; undefined when absent or expired. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.options.now()) {
      this.totalWeight -= entry.weight;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores a value, evicting the least recently used entries beyond the caps. */
  set(key: string, value: V, weight = 1): void {
    this.delete(key);
    this.entries.set(key, { value, expiresAt: this.options.now() + this.options.ttlMs, weight });
    this.totalWeight += weight;
    const maxWeight = this.options.maxWeight ?? Number.POSITIVE_INFINITY;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.totalWeight <= maxWeight) break;
      if (oldest === key) break; // the newest entry stays even when it alone is over the weight cap
      this.entries.delete(oldest);
      this.totalWeight -= entry.weight;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }

  get size(): number {
    return this.entries.size;
  }
}
