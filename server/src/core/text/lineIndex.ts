/** Maps UTF-16 offsets to 0-based line/character positions (what editors and the LSP count). */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
/** A span of a text as UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export class LineIndex {
  /** Where each line starts: a typed array (4 bytes a line), counted first, then filled. */
  private readonly starts: Int32Array;
  constructor(readonly text: string) {
    // Without a CR, the breaks are found by indexOf: several times faster than a loop over each character.
    const next = text.includes('\r')
      ? (from: number) => lineAfter(text, from)
      : (from: number) => lfLineAfter(text, from);
    let n = 1;
    for (let s = next(0); s >= 0; s = next(s)) n++;
    this.starts = new Int32Array(n);
    for (let s = next(0), k = 1; s >= 0; s = next(s)) this.starts[k++] = s;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** The line's text without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0,
      hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a line break (between CR and LF) is the end of the line.
    const next = lo + 1 < this.starts.length ? this.starts[lo + 1] : this.text.length;
    let lineEnd = next;
    if (lineEnd > this.starts[lo] && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > this.starts[lo] && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return { line: lo, character: Math.min(o, lineEnd) - this.starts[lo] };
  }
  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(pos.line);
    const lineLen = this.lineText(pos.line).length;
    return start + Math.max(0, Math.min(pos.character, lineLen));
  }
  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** Where the line after `from` starts (LF, CRLF and a lone CR each end a line), or -1 at the last line. */
function lineAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) return i + 1;
  }
  return -1;
}
/** `lineAfter` for a text without CR. */
function lfLineAfter(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? -1 : i + 1;
}
