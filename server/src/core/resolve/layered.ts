/**
 * A read-only map over several maps, the first that holds a key winning: a plan's scope is its own ids
 * over those of each file it includes, looked up in place. Copying them instead cost every plan the size
 * of every registry it includes (1,000 plans including one 2 MB registry: 4 GB and minutes).
 */
export class LayeredMap<V> implements ReadonlyMap<string, V> {
  private distinct?: number;
  constructor(private readonly layers: readonly ReadonlyMap<string, V>[]) {}

  get(key: string): V | undefined {
    for (const layer of this.layers) {
      const v = layer.get(key);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  has(key: string): boolean {
    return this.layers.some(l => l.has(key));
  }
  get size(): number {
    if (this.distinct === undefined) {
      let n = 0;
      for (const _ of this.keys()) n++;
      this.distinct = n;
    }
    return this.distinct;
  }
  *entries(): MapIterator<[string, V]> {
    // A key shadowed by an earlier layer is not seen again.
    for (let i = 0; i < this.layers.length; i++)
      for (const [k, v] of this.layers[i]) if (!this.shadowed(k, i)) yield [k, v];
  }
  private shadowed(key: string, layer: number): boolean {
    for (let j = 0; j < layer; j++) if (this.layers[j].has(key)) return true;
    return false;
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** One map per file and kind, built once per parsed file (first definition of an id wins, as in a scope). */
const byFile = new WeakMap<object, Map<string, unknown>>();
export function idMap<T extends { id: string }>(owner: object, defs: Iterable<T>): ReadonlyMap<string, T> {
  let m = byFile.get(owner) as Map<string, T> | undefined;
  if (!m) {
    m = new Map();
    for (const d of defs) if (!m.has(d.id)) m.set(d.id, d);
    byFile.set(owner, m);
  }
  return m;
}

/** A file's organization aliases, each to the first of its organizations that names it. */
const aliasesByFile = new WeakMap<object, Map<string, { id: string; aliases: { value: string }[] }>>();
export function aliasMap<T extends { id: string; aliases: { value: string }[] }>(
  orgs: ReadonlyMap<string, T>,
): ReadonlyMap<string, T> {
  let m = aliasesByFile.get(orgs) as Map<string, T> | undefined;
  if (!m) {
    m = new Map();
    for (const org of orgs.values()) for (const a of org.aliases) if (!m.has(a.value)) m.set(a.value, org);
    aliasesByFile.set(orgs, m);
  }
  return m;
}
