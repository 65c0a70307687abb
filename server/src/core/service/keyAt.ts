/**
 * The map key under the cursor in a parsed plan, with the keys of the mappings above it
 * (list items add no key), for hovers that explain a field.
 */
import { isMap, isPair, isScalar, isSeq, type Pair } from 'yaml';
import type { PlanFile } from '../model/types';
import type { Span } from '../text/lineIndex';

export interface KeyAt {
  path: string[];
  key: string;
  span: Span;
}

type Ranged = { range?: [number, number, number] | null };
const covers = (n: unknown, offset: number) => {
  const r = (n as Ranged | null)?.range;
  return !r || (offset >= r[0] && offset <= r[2]);
};

/**
 * The pairs of a mapping that may hold the offset: in a large one (a section of 10,000 indicators), the
 * last whose key starts at or before it, found by halving (pairs are in document order); else all.
 */
function near(items: Pair[], offset: number): Pair[] {
  if (items.length <= 16) return items;
  const start = (p: Pair) => (isScalar(p.key) && p.key.range ? p.key.range[0] : undefined);
  let lo = 0,
    hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = start(items[mid]);
    if (s === undefined) return items; // an alias or a complex key: read them all
    if (s <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [items[lo]];
}

/** Walks down only through nodes whose range covers the offset: a hover costs the depth, not the file. */
export function keyAt(file: PlanFile, offset: number): KeyAt | undefined {
  let node: unknown = file.yaml.doc.contents;
  const path: string[] = [];
  for (let depth = 0; depth < 256 && node; depth++) {
    let next: unknown;
    if (isMap(node)) {
      for (const pair of near(node.items, offset)) {
        const k = pair.key;
        if (isScalar(k) && k.range && offset >= k.range[0] && offset <= k.range[1]) {
          return { path, key: String(k.value), span: { start: k.range[0], end: k.range[1] } };
        }
        if (isScalar(k) && pair.value && covers(pair.value, offset) && (pair.value as Ranged).range) {
          path.push(String(k.value));
          next = pair.value;
          break;
        }
      }
    } else if (isSeq(node)) {
      next = node.items.find(it => !isPair(it) && (it as Ranged | null)?.range && covers(it, offset));
    }
    node = next;
  }
  return undefined;
}
