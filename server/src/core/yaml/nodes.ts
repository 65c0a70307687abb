/** Source spans of YAML nodes, and the map keys a map defines twice. */
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Span } from '../text/lineIndex';

export interface DuplicateKey {
  key: string;
  span: Span;
  firstSpan: Span;
}

export function spanOf(node: { range?: [number, number, number] | null } | null | undefined): Span | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

/** A map's keys defined twice, each after the first. */
export function duplicatesIn(map: YAMLMap, out: DuplicateKey[]): void {
  if (map.items.length < 2 || !mayRepeat(map)) return;
  const seen = new Map<string, Span>();
  for (const pair of map.items) {
    const keySpan = spanOf(pair.key as YamlNode);
    if (isScalar(pair.key) && keySpan) {
      const key = String(pair.key.value);
      const first = seen.get(key);
      if (first) out.push({ key, span: keySpan, firstSpan: first });
      else seen.set(key, keySpan);
    }
  }
}

/**
 * Whether two scalar keys of a map may be equal: a first look that allocates nothing (every map of a
 * plan is walked, and nearly none repeats a key); `duplicatesIn` then finds where.
 */
function mayRepeat(map: YAMLMap): boolean {
  const { items } = map;
  if (items.length > 16) return true;
  for (let i = 1; i < items.length; i++) {
    const a = items[i].key;
    if (!isScalar(a)) continue;
    for (let j = 0; j < i; j++) {
      const b = items[j].key;
      if (isScalar(b) && (a.value === b.value || String(a.value) === String(b.value))) return true;
    }
  }
  return false;
}

/** Every map key that a map defines twice, anywhere below `root`. */
export function findDuplicateKeys(doc: { contents: unknown }): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      duplicatesIn(node, out);
      for (const pair of node.items) stack.push(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.value);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
