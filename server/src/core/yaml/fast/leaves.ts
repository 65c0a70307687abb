/**
 * The leaves of the fast reader (see blocks.ts): scalars on one line, plain or quoted, and flow
 * collections (over lines too), built as the `yaml` library's composer builds them (its own tags resolve
 * a plain scalar). Anything else throws `BAIL`, and the library parses the file.
 */
import { isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node as YamlNode } from 'yaml';
import {
  SPACE,
  NL,
  CR,
  isBreak,
  separates,
  HASH,
  DASH,
  QUESTION,
  COLON,
  COMMA,
  DQUOTE,
  SQUOTE,
  BACKSLASH,
  LBRACKET,
  RBRACKET,
  LBRACE,
  RBRACE,
} from './chars';

/** Thrown where the text leaves what the fast reader knows: the library parses the whole file instead. */
export const BAIL = Symbol('bail');
export function bail(): never {
  throw BAIL;
}

/** A plain scalar may not start with these (`-`, `?`, `:` only before a space; checked apart). */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`'].map(c => c.charCodeAt(0)));
const FLOW_END = new Set([COMMA, RBRACKET, RBRACE, LBRACKET, LBRACE]);
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
const SCALAR_TAG = Symbol.for('yaml.scalar');
/** Deeper than any plan: the library's parse reports its own limits there (and `limits.max_nesting_depth`). */
const MAX_DEPTH = 100;

type Tag = {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (s: string, onError: (m: string) => void, o: unknown) => unknown;
};

export class Leaves {
  /** How deep the collections being read nest: past MAX_DEPTH, the library reads the file. */
  private depth = 0;
  private readonly tags: Tag[];
  private readonly strTag: Tag;
  private readonly options: unknown;
  constructor(
    readonly text: string,
    readonly doc: Document,
  ) {
    const schema = doc.schema as unknown as { tags: Tag[]; [SCALAR_TAG]: Tag };
    this.tags = schema.tags;
    this.strTag = schema[SCALAR_TAG];
    this.options = doc.options;
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) bail();
  }
  leave(): void {
    this.depth--;
  }

  /** Where the line ends after `i`: past spaces, a comment and the line break; bails on anything else. */
  tail(i: number): number {
    const t = this.text;
    const from = i;
    while (t.charCodeAt(i) === SPACE) i++;
    if (i === t.length) return i;
    const c = t.charCodeAt(i);
    if (c === NL) return i + 1;
    if (c === CR) return i + 2; // an LF follows: fastParse refuses a text with a CR alone (LONE_CR)
    if (c !== HASH || i === from) bail();
    const nl = t.indexOf('\n', i);
    return nl < 0 ? t.length : nl + 1;
  }

  /**
   * Whether a plain scalar may start at `i`. A flow indicator after `-`, `?` or `:` is refused in block
   * context too, where the library would read a scalar: needlessly cautious, no harm.
   */
  plainStarts(i: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (Number.isNaN(c) || c === SPACE || isBreak(c) || NOT_PLAIN_START.has(c)) return false;
    if (c === DASH || c === QUESTION || c === COLON) {
      return !(separates(t, i + 1) || FLOW_END.has(t.charCodeAt(i + 1)));
    }
    return true;
  }

  /** The end of a block plain scalar from `i` (before trailing spaces and a comment); -1 if it is a key. */
  plainBlockEnd(i: number): number {
    const t = this.text;
    let end = i,
      j = i;
    for (; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (isBreak(c)) break;
      if (c === SPACE) continue;
      if (c === HASH && t.charCodeAt(j - 1) === SPACE) break;
      if (c === COLON && separates(t, j + 1)) return -1;
      end = j + 1;
    }
    return end;
  }

  /** A plain scalar's node, its value resolved by the schema's tags as the library resolves it. */
  plain(start: number, end: number, nodeEnd: number, atKey: boolean): Scalar {
    const source = this.text.slice(start, end);
    const tag =
      this.tags.find(t => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source)) ??
      this.strTag;
    const res = tag.resolve(source, bail, this.options);
    const node = isScalar(res) ? res : new Scalar(res);
    node.range = [start, end, nodeEnd];
    node.source = source;
    node.type = 'PLAIN';
    if (tag.format) node.format = tag.format;
    return node;
  }

  /** The end of a quoted scalar opening at `i` (past its closing quote), on one line. */
  quotedEnd(i: number): number {
    const t = this.text;
    const q = t.charCodeAt(i);
    for (let j = i + 1; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (isBreak(c)) bail();
      if (c === BACKSLASH && q === DQUOTE) {
        if (isBreak(t.charCodeAt(j + 1))) bail(); // an escaped line break
        j++;
      } else if (c === q) {
        if (q === SQUOTE && t.charCodeAt(j + 1) === SQUOTE) j++;
        else return j + 1;
      }
    }
    return bail();
  }

  quoted(start: number, end: number, nodeEnd: number): Scalar {
    const t = this.text;
    const inner = t.slice(start + 1, end - 1);
    const double = t.charCodeAt(start) === DQUOTE;
    const node = new Scalar(double ? unescapeDouble(inner) : inner.replaceAll("''", "'"));
    node.range = [start, end, nodeEnd];
    node.source = node.value as string;
    node.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return node;
  }

  private spaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /**
   * Past the spaces inside a flow collection, and past line breaks onto lines indented beyond `col` (the
   * block collection around it); past blank lines and comment lines too where `comments` (after an
   * opening bracket or a comma: a comment before a comma is left to the library).
   */
  private gap(i: number, col: number, comments: boolean): number {
    const t = this.text;
    for (;;) {
      i = this.spaces(i);
      const c = t.charCodeAt(i);
      if (c === HASH && comments && t.charCodeAt(i - 1) === SPACE) {
        const nl = t.indexOf('\n', i);
        if (nl < 0) bail();
        i = nl;
      } else if (c === CR)
        i++; // onto its LF (a CR alone never gets here)
      else if (c !== NL) return i;
      const start = i + 1;
      i = this.spaces(start);
      const d = t.charCodeAt(i);
      if (i - start <= col && !isBreak(d)) bail(); // the library's indentation rule for flow lines, not followed here
    }
  }

  /** A flow collection opening at `i`, in a block collection at `col`; `[node, end past its closing bracket]`. */
  flow(i: number, col: number): [YAMLMap | YAMLSeq, number] {
    const t = this.text;
    const isMap = t.charCodeAt(i) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const node = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    node.flow = true;
    this.enter();
    let j = this.gap(i + 1, col, true),
      itemEnd = j;
    if (t.charCodeAt(j) !== close)
      for (;;) {
        if (isMap) {
          const [key, afterKey] = this.flowItem(j, col, 'key');
          if (t.charCodeAt(afterKey) !== COLON || t.charCodeAt(afterKey + 1) !== SPACE) bail();
          const [value, after] = this.flowItem(this.spaces(afterKey + 1), col, 'value');
          (node as YAMLMap).items.push(new Pair(key, value));
          itemEnd = value.range![1];
          j = after;
        } else {
          const [item, after] = this.flowItem(j, col, 'item');
          if (t.charCodeAt(after) === COLON) bail(); // an implicit pair in a sequence
          (node as YAMLSeq).items.push(item);
          itemEnd = item.range![1];
          j = after;
        }
        const c = t.charCodeAt(j);
        if (c === close) {
          // A closing bracket on a line of its own: the library ends the last item before its indentation.
          for (let k = itemEnd; k < j; k++) if (t.charCodeAt(k) === NL) bail();
          break;
        }
        if (c !== COMMA) bail();
        j = this.gap(j + 1, col, true);
        if (t.charCodeAt(j) === close) bail(); // a trailing comma
      }
    const end = j + 1;
    node.range = [i, end, end];
    this.leave();
    return [node, end];
  }

  /**
   * A key, a mapping's value or a sequence's item inside a flow collection: `[node, where the next token
   * starts]`. An item's node ends there; a value's ends past the first line break on the way, as the
   * library ends it.
   */
  private flowItem(i: number, col: number, role: 'key' | 'value' | 'item'): [YamlNode, number] {
    const t = this.text;
    const c = t.charCodeAt(i);
    const atKey = role === 'key';
    let node: YamlNode, end: number, after: number;
    if (c === LBRACE || c === LBRACKET) {
      if (atKey) bail();
      [node, end] = this.flow(i, col);
      after = this.gap(end, col, false);
    } else if (c === DQUOTE || c === SQUOTE) {
      end = this.quotedEnd(i);
      after = atKey ? end : this.gap(end, col, false);
      node = this.quoted(i, end, after);
    } else {
      if (!this.plainStarts(i)) bail();
      let j = i;
      for (end = i; j < t.length; j++) {
        const d = t.charCodeAt(j);
        if (isBreak(d) || FLOW_END.has(d)) break;
        if (d === SPACE) continue;
        if (d === HASH && t.charCodeAt(j - 1) === SPACE) bail();
        if (d === COLON) {
          const e = t.charCodeAt(j + 1);
          if (e === SPACE || isBreak(e) || FLOW_END.has(e) || Number.isNaN(e)) break;
        }
        end = j + 1;
      }
      if (atKey && end !== j) bail(); // a space before the key's colon
      after = atKey ? j : this.gap(j, col, false);
      node = this.plain(i, end, after, atKey);
    }
    let nodeEnd = after;
    if (role === 'value')
      for (let k = end; k < after; k++)
        if (t.charCodeAt(k) === NL) {
          nodeEnd = k + 1;
          break;
        }
    node.range = [i, end, nodeEnd];
    return [node, after];
  }
}

/** A double-quoted scalar's value; bails on an escape other than the common ones. */
function unescapeDouble(s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      out += s[i];
      continue;
    }
    const e = s[++i];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) {
      out += String.fromCharCode(Number.parseInt(s.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (e !== undefined && e in ESCAPES) out += ESCAPES[e];
    else bail();
  }
  return out;
}
