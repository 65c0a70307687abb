/**
 * Incremental parsing for the editor's keystrokes: a block-style plan is cut into its top-level
 * blocks and the entries of its sections (`  ind42:` …), each chunk is parsed once and cached by its
 * text, and the chunks are assembled into one tree with absolute offsets. A change re-parses only
 * the chunk it touched. Anything unusual (a flow-style root, anchors and aliases, several documents,
 * a chunk with errors) takes the full parse, so the result is always what the full parse gives.
 */
import { Document, isMap, isPair, isScalar, isSeq, Pair, parseDocument, YAMLMap, type Node as YamlNode } from 'yaml';
import type { Span } from '../text/lineIndex';
import { findDuplicateKeys, type DuplicateKey } from './nodes';
import { fastParse, PLAN_PARSE_OPTIONS } from './fast/blocks';

/** Appends in a loop: push(...items) passes every item as an argument, and overflows past about 125,000. */
function pushAll<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/** A parsed chunk and what is derived from it once: its depth, its duplicate keys, its data. */
interface Chunk {
  text: string;
  doc: Document.Parsed;
  base: number;
  depth: number;
  dups: DuplicateKey[];
  dupsBase: number;
  js?: Record<string, unknown>;
}

function depthOf(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (!isMap(n) && !isSeq(n)) continue;
    if (d > max) max = d;
    for (const it of n.items as unknown[]) {
      if (isPair(it)) stack.push([it.key, d + 1], [it.value, d + 1]);
      else stack.push([it, d + 1]);
    }
  }
  return max;
}
const moved = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
function chunkDups(c: Chunk): DuplicateKey[] {
  const d = c.base - c.dupsBase;
  return d === 0 ? c.dups : c.dups.map(x => ({ key: x.key, span: moved(x.span, d), firstSpan: moved(x.firstSpan, d) }));
}
function chunkJs(c: Chunk): Record<string, unknown> {
  c.js ??= (c.doc.toJS() ?? {}) as Record<string, unknown>;
  return c.js;
}
/** Keys defined twice among the items of one map (not below it). */
function duplicatesAmong(items: unknown[]): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const seen = new Map<string, Span>();
  for (const p of items) {
    if (!isPair(p) || !isScalar(p.key) || !p.key.range) continue;
    const key = String(p.key.value),
      span = { start: p.key.range[0], end: p.key.range[1] };
    const first = seen.get(key);
    if (first) out.push({ key, span, firstSpan: first });
    else seen.set(key, span);
  }
  return out;
}
export type ChunkCache = Map<string, Chunk>;

const TOP_KEY = /^[^\s#\-?'"{[][^:]*:(\s|$)/;
const ENTRY_KEY = /^ {2}[^\s#\-?'"{[][^:]*:(\s|$)/;

/** Adds `delta` to the range of every node below `node`. */
function shift(node: unknown, delta: number): void {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop() as {
      range?: [number, number, number];
      items?: unknown[];
      key?: unknown;
      value?: unknown;
    } | null;
    if (!n || typeof n !== 'object') continue;
    if (n.range) {
      n.range[0] += delta;
      n.range[1] += delta;
      n.range[2] += delta;
    }
    if (isPair(n)) {
      stack.push(n.key, n.value);
      continue;
    }
    if (isMap(n) || isSeq(n)) pushAll(stack, n.items as unknown[]);
  }
}

function parseChunk(cache: ChunkCache, next: ChunkCache, text: string, base: number): Chunk | undefined {
  let c = cache.get(text) ?? next.get(text);
  if (c && next.has(text) && c.base !== base) c = undefined; // the same text twice in one file: parse it again
  if (!c) {
    const doc = fastParse(text) ?? parseDocument(text, PLAN_PARSE_OPTIONS);
    if (doc.errors.length || doc.warnings.length) return undefined;
    // A copy, not a slice: a slice would keep the whole text of this version alive as long as the chunk.
    const own = JSON.parse(JSON.stringify(text)) as string;
    c = { text: own, doc, base: 0, depth: depthOf(doc.contents), dups: findDuplicateKeys(doc), dupsBase: 0 };
  }
  if (c.base !== base) {
    shift(c.doc.contents, base - c.base);
    c.base = base;
  }
  if (!next.has(text)) next.set(c.text, c);
  return c;
}

export interface Assembled {
  doc: Document.Parsed;
  cache: ChunkCache;
  depth: number;
  duplicateKeys: DuplicateKey[];
  js: () => unknown;
  /** Each section entry's text by where it starts: the same string while the entry is unchanged. */
  entries: Map<number, string>;
}

/** The assembled document, or undefined when the full parse must be used. */
export function parseIncremental(text: string, cache: ChunkCache): Assembled | undefined {
  if (text.length < 4096) return undefined; // small files parse whole in no time
  if (
    /^(---|\.\.\.|%)/m.test(text) ||
    /(^|[\s[{,])[&*][^\s,\]}]/m.test(text) ||
    /^\t/m.test(text) ||
    text.charCodeAt(0) === 0xfeff
  )
    return undefined;
  const lines = text.split('\n');
  // Where lines start, and which lines open a top-level key or a section entry.
  const starts: number[] = [];
  let off = 0;
  for (const l of lines) {
    starts.push(off);
    off += l.length + 1;
  }
  const tops: number[] = [];
  lines.forEach((l, i) => {
    if (TOP_KEY.test(l)) tops.push(i);
    else if (/^[^\s#]/.test(l)) tops.push(-1);
  });
  if (
    tops.includes(-1) ||
    !tops.length ||
    (tops[0] !== 0 && lines.slice(0, tops[0]).some(l => /\S/.test(l) && !/^\s*#/.test(l)))
  )
    return undefined;
  const next: ChunkCache = new Map();
  const entryTexts = new Map<number, string>();
  const root = new YAMLMap();
  let depth = 0;
  const dups: DuplicateKey[] = [];
  const data: (() => [string | undefined, Record<string, unknown>])[] = [];
  const use = (c: Chunk, level: number) => {
    depth = Math.max(depth, c.depth + level);
    pushAll(dups, chunkDups(c));
  };
  const slice = (a: number, b: number) => text.slice(starts[a], b < lines.length ? starts[b] : text.length);
  for (let t = 0; t < tops.length; t++) {
    const first = t === 0 ? 0 : tops[t],
      end = t + 1 < tops.length ? tops[t + 1] : lines.length;
    const headEnd = (() => {
      let i = tops[t] + 1;
      while (i < end && !ENTRY_KEY.test(lines[i])) {
        if (/\S/.test(lines[i]) && !/^\s*#/.test(lines[i])) return -1;
        i++;
      }
      return i;
    })();
    const header = lines[tops[t]];
    const sectioned = /:\s*(#.*)?$/.test(header) && headEnd > 0 && headEnd < end;
    if (!sectioned) {
      const c = parseChunk(cache, next, slice(first, end), starts[first]);
      if (!c || !isMap(c.doc.contents)) return undefined;
      pushAll(root.items, (c.doc.contents as YAMLMap).items);
      use(c, 0);
      data.push(() => [undefined, chunkJs(c)]);
      continue;
    }
    const head = parseChunk(cache, next, slice(first, headEnd), starts[first]);
    if (!head || !isMap(head.doc.contents) || head.doc.contents.items.length !== 1) return undefined;
    const pair = head.doc.contents.items[0] as Pair<YamlNode, YamlNode | null>;
    const section = new YAMLMap();
    const entries: Chunk[] = [];
    for (let i = headEnd; i < end; ) {
      let j = i + 1;
      while (j < end && !ENTRY_KEY.test(lines[j])) {
        if (/^ ?\S/.test(lines[j]) && !/^\s*#/.test(lines[j])) return undefined; // indentation the cut cannot follow
        j++;
      }
      const c = parseChunk(cache, next, slice(i, j), starts[i]);
      if (!c || !isMap(c.doc.contents)) return undefined;
      pushAll(section.items, (c.doc.contents as YAMLMap).items);
      use(c, 1);
      entries.push(c);
      entryTexts.set(starts[i], c.text);
      i = j;
    }
    pushAll(dups, duplicatesAmong(section.items));
    const key = String((pair.key as { value?: unknown }).value);
    data.push(() => [key, Object.assign({}, ...entries.map(chunkJs))]);
    const firstItem = section.items[0] as Pair<YamlNode, YamlNode>,
      lastItem = section.items[section.items.length - 1] as Pair<YamlNode, YamlNode>;
    const endOf = (p: Pair<YamlNode, YamlNode>) => (p.value as YamlNode | null)?.range?.[2] ?? p.key.range![2];
    section.range = [firstItem.key.range![0], endOf(lastItem), endOf(lastItem)];
    root.items.push(new Pair(pair.key, section));
  }
  const doc = new Document() as unknown as Document.Parsed;
  doc.contents = root as unknown as Document.Parsed['contents'];
  const last = root.items[root.items.length - 1] as Pair<YamlNode, YamlNode | null> | undefined;
  root.range = [0, last ? (last.value?.range ?? last.key.range)![1] : 0, text.length];
  pushAll(dups, duplicatesAmong(root.items));
  const js = () => {
    const out: Record<string, unknown> = {};
    for (const part of data) {
      const [k, v] = part();
      if (k === undefined) Object.assign(out, v);
      else out[k] = v;
    }
    return out;
  };
  const duplicateKeys = dups.sort((a, b) => a.span.start - b.span.start);
  return { doc, cache: next, depth, duplicateKeys, js, entries: entryTexts };
}
