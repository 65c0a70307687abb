/**
 * A fast reader for the YAML that plan files are written in: one document whose root is a block mapping,
 * block mappings and sequences by indentation, scalars on one line, flow collections, block scalars,
 * comment and blank lines. It builds the same nodes, with the same ranges and values, as the `yaml`
 * library's `parseDocument` with the plan options (held to it by test/unit/fast-yaml.test.mjs and
 * test/fuzz/fast-yaml.test.mjs), in a fraction of the time: the library's parse was ~40 % of a CLI run.
 * It keeps no comments (nothing in the checker reads them). At anything else (anchors, tags, multi-line
 * plain or quoted scalars, tabs, a CR outside CRLF, a byte-order mark, several documents, deep nesting, a slip) it
 * gives up, and the library parses the file. docs/architecture.md says why it is not a library.
 */
import { Document, Pair, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import { blockScalar } from './blockScalar';
import { BAIL, bail, Leaves } from './leaves';
import { SPACE, HASH, DASH, COLON, DQUOTE, SQUOTE, LBRACKET, LBRACE, PIPE, GT, isBreak, separates } from './chars';

// A document marker at a line start (the `m` flag also matches after U+2028: a needless bail, no harm).
const MARKER = /^(?:---|\.\.\.)(?:[ \r\n]|$)/m;
const LONE_CR = /\r(?!\n)/;
/** The `lines` of a trivia with none: shared, never pushed to. */
const NO_LINES: readonly number[] = Object.freeze([]);
/** The options of every parse of a plan: a duplicate key is the checker's `duplicate-id`, not a syntax error. */
export const PLAN_PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: false };

/**
 * The blank and comment lines from a line start up to the next content line. `lines` holds pairs
 * (a comment's column or -1 for a blank line, the offset past the line); `from` is the index in
 * `lines` of the first pair not yet given to a node; `col` is the next content's column, -1 at the end
 * of the text.
 */
interface Trivia {
  lines: readonly number[];
  from: number;
  next: number;
  col: number;
}

/** The document `parseDocument(text, PLAN_PARSE_OPTIONS)` gives, or undefined where the text needs the library. */
export function fastParse(text: string): Document.Parsed | undefined {
  if (LONE_CR.test(text) || text.includes('\t') || text.includes('\uFEFF') || MARKER.test(text)) return;
  const doc = new Document(undefined, null, PLAN_PARSE_OPTIONS);
  try {
    new Blocks(text, doc).document();
    return doc as Document.Parsed;
  } catch (e) {
    // Nesting is bounded (MAX_DEPTH), but a stack overflow is the library's to report, too.
    if (e === BAIL || e instanceof RangeError) return;
    throw e;
  }
}

class Blocks {
  private readonly leaves: Leaves;
  constructor(
    private readonly text: string,
    private readonly doc: Document,
  ) {
    this.leaves = new Leaves(text, doc);
  }

  document(): void {
    const tv = this.trivia(0, { lines: NO_LINES, from: 0, next: 0, col: -1 });
    if (tv.col < 0 || this.seqItemAt(tv.next)) bail();
    const lineStart = tv.next - tv.col;
    const root = this.map(tv.next, tv.col, tv, true);
    this.doc.contents = root;
    this.doc.range = [lineStart, root.range![2], this.text.length];
  }

  /** `tv` set to the blank and comment lines from the line start `pos`, and the content after them. */
  private trivia(pos: number, tv: Trivia): Trivia {
    const t = this.text;
    let lines: number[] | undefined;
    tv.from = 0;
    while (pos < t.length) {
      let i = pos;
      while (t.charCodeAt(i) === SPACE) i++;
      const c = t.charCodeAt(i);
      if (i < t.length && !isBreak(c) && c !== HASH) {
        tv.lines = lines ?? NO_LINES;
        tv.next = i;
        tv.col = i - pos;
        return tv;
      }
      const nl = i < t.length ? t.indexOf('\n', i) : -1;
      const end = nl < 0 ? t.length : nl + 1;
      (lines ??= []).push(c === HASH ? i - pos : -1, end);
      pos = end;
    }
    tv.lines = lines ?? NO_LINES;
    tv.next = t.length;
    tv.col = -1;
    return tv;
  }

  private seqItemAt(i: number): boolean {
    return this.text.charCodeAt(i) === DASH && separates(this.text, i + 1);
  }

  /** The colon after a key starting at `i`, or -1 when no key starts there. */
  private keyColon(i: number): number {
    const t = this.text,
      L = this.leaves;
    const c = t.charCodeAt(i);
    let end: number;
    if (c === DQUOTE || c === SQUOTE) end = L.quotedEnd(i);
    else if (c === LBRACE || c === LBRACKET || !L.plainStarts(i)) return -1;
    else {
      for (end = i; end < t.length; end++) {
        const d = t.charCodeAt(end);
        if (isBreak(d) || (d === HASH && t.charCodeAt(end - 1) === SPACE)) return -1;
        if (d === COLON && separates(t, end + 1)) break;
      }
      if (end === t.length) return -1;
      if (t.charCodeAt(end - 1) === SPACE) bail();
    }
    if (t.charCodeAt(end) !== COLON) return -1;
    return separates(t, end + 1) ? end : -1;
  }

  /** A block mapping whose first key starts at `at`, at column `col`; `tv` is left at what follows it. */
  private map(at: number, col: number, tv: Trivia, root = false): YAMLMap {
    const t = this.text,
      L = this.leaves;
    const map = new YAMLMap(this.doc.schema);
    L.enter();
    let i = at;
    for (;;) {
      const colon = this.keyColon(i);
      if (colon < 0) bail();
      const key =
        t.charCodeAt(i) === DQUOTE || t.charCodeAt(i) === SQUOTE
          ? L.quoted(i, colon, colon)
          : L.plain(i, colon, colon, true);
      let j = colon + 1;
      while (t.charCodeAt(j) === SPACE) j++;
      let value: YamlNode;
      const c = t.charCodeAt(j);
      if (j === t.length || isBreak(c) || (c === HASH && j > colon + 1)) {
        this.trivia(L.tail(colon + 1), tv);
        if (tv.col <= col) bail(); // an empty value, or a sequence at the key's own column
        value = this.collection(tv);
      } else value = this.leaf(j, col, tv);
      map.items.push(new Pair(key, value));
      const offset = value.range![2];
      if (tv.col === col && !this.seqItemAt(tv.next)) {
        i = tv.next;
        continue;
      }
      // Past the root's end, only the end of the text: content less indented than an indented root is a slip.
      if (tv.col >= col || (root && tv.col >= 0)) bail();
      const commentEnd = this.own(tv, col);
      map.range = [at, offset, commentEnd ?? offset];
      L.leave();
      return map;
    }
  }

  /** A block sequence whose first `- ` is at `at`. */
  private seq(at: number, col: number, tv: Trivia): YAMLSeq {
    const t = this.text,
      L = this.leaves;
    const seq = new YAMLSeq(this.doc.schema);
    L.enter();
    let i = at;
    for (;;) {
      if (t.charCodeAt(i + 1) !== SPACE) bail(); // an item on the lines below its dash
      let j = i + 1;
      while (t.charCodeAt(j) === SPACE) j++;
      const value = this.keyColon(j) >= 0 ? this.map(j, col + (j - i), tv) : this.leaf(j, col, tv);
      seq.items.push(value);
      const offset = value.range![2];
      if (tv.col === col) {
        if (!this.seqItemAt(tv.next)) bail();
        i = tv.next;
        continue;
      }
      if (tv.col > col) bail();
      const commentEnd = this.own(tv, col);
      seq.range = [at, offset, commentEnd ?? offset];
      L.leave();
      return seq;
    }
  }

  /** The block collection at `tv`'s next content line. */
  private collection(tv: Trivia): YAMLMap | YAMLSeq {
    const at = tv.next,
      col = tv.col;
    return this.seqItemAt(at) ? this.seq(at, col, tv) : this.map(at, col, tv);
  }

  /** A scalar or flow collection ending its line, in a collection at column `col`; `tv` set past it. */
  private leaf(j: number, col: number, tv: Trivia): YamlNode {
    const t = this.text,
      L = this.leaves;
    const c = t.charCodeAt(j);
    let node: YamlNode;
    if (c === LBRACE || c === LBRACKET) {
      const [flow, end] = L.flow(j, col);
      flow.range = [j, end, L.tail(end)];
      node = flow;
    } else if (c === DQUOTE || c === SQUOTE) {
      const end = L.quotedEnd(j);
      node = L.quoted(j, end, L.tail(end));
    } else if (c === PIPE || c === GT) {
      const chomp = t.charCodeAt(j + 1) === DASH ? 1 : 0;
      node = blockScalar(t, j, L.tail(j + 1 + chomp), col);
    } else {
      if (!L.plainStarts(j)) bail();
      const end = L.plainBlockEnd(j);
      if (end < 0) bail(); // a mapping on the line of a key
      node = L.plain(j, end, L.tail(end), false);
    }
    this.trivia(node.range![2], tv);
    this.absorb(node, tv, col); // a no-op after a block scalar: deeper lines were its text, or it bailed
    return node;
  }

  /** Comment lines indented past `col` right after a leaf (blank lines between) end with the leaf. */
  private absorb(node: YamlNode, tv: Trivia, col: number): void {
    const { lines } = tv;
    let last = -1;
    for (let k = tv.from; k < lines.length; k += 2) {
      const comment = lines[k] >= 0;
      if (comment && lines[k] <= col) break;
      if (comment) last = k;
    }
    if (last < 0) return;
    node.range![2] = lines[last + 1];
    tv.from = last + 2;
  }

  /**
   * The blank and comment lines after a collection's last item stay with it when one of those comments
   * is at its column or deeper: it then ends at the next content, that line's indentation included.
   * Otherwise they go up to the parent, which applies the same rule (as the library's parser pops).
   */
  private own(tv: Trivia, col: number): number | undefined {
    if (col === 0) return undefined; // the root's go to the document
    const { lines } = tv;
    for (let k = tv.from; k < lines.length; k += 2)
      if (lines[k] >= col) {
        tv.from = lines.length;
        return tv.next;
      }
    return undefined;
  }
}
