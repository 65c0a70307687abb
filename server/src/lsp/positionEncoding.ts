/**
 * LSP position encodings (`positionEncoding`, LSP 3.17). The server counts characters in UTF-16 code
 * units, as VS Code and the core do; a client that prefers UTF-8 (Neovim 0.10+, Helix, Zed) or UTF-32
 * counts bytes or code points. These convert one position on one line of a text, both ways.
 */
import type { Position } from 'vscode-languageserver';

export type Encoding = 'utf-8' | 'utf-16' | 'utf-32';

/** The first encoding the client offers (in its order of preference) that the server knows; else UTF-16. */
export function negotiate(offered: unknown): Encoding {
  const known = (e: unknown): e is Encoding => e === 'utf-8' || e === 'utf-16' || e === 'utf-32';
  return (Array.isArray(offered) ? offered.find(known) : undefined) ?? 'utf-16';
}

/** The code units of one code point in UTF-8 or UTF-32. */
function unitsOf(cp: number, encoding: Encoding): number {
  if (encoding === 'utf-32') return 1;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A text split into lines as LSP splits them (`\n`, `\r\n`, `\r`), converting positions on it. */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (const m of text.matchAll(/\r\n?|\n/g)) this.starts.push(m.index + m[0].length);
  }

  private line(n: number): string | undefined {
    if (n < 0 || n >= this.starts.length) return undefined;
    const end = n + 1 < this.starts.length ? this.starts[n + 1] : this.text.length;
    return this.text.slice(this.starts[n], end).replace(/\r?\n$|\r$/, '');
  }

  /** The offset of a UTF-16 position; past the line's end, its end. */
  offsetAt(p: Position): number {
    const s = this.line(p.line);
    if (s === undefined) return p.line < 0 ? 0 : this.text.length;
    return this.starts[p.line] + Math.min(Math.max(p.character, 0), s.length);
  }

  /** A UTF-16 position as the client counts it; past the line's end, its end. */
  toClient(p: Position, encoding: Encoding): Position {
    const s = this.line(p.line);
    if (encoding === 'utf-16' || s === undefined || !NON_ASCII.test(s)) return p;
    let units = 0;
    for (let i = 0; i < Math.min(p.character, s.length); ) {
      const cp = s.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      // A position inside a surrogate pair stays before it.
      if (i + width > p.character) break;
      units += unitsOf(cp, encoding);
      i += width;
    }
    return { line: p.line, character: units };
  }

  /** A client's position in UTF-16 code units; inside a character, before it; past the line's end, its end. */
  toServer(p: Position, encoding: Encoding): Position {
    const s = this.line(p.line);
    if (encoding === 'utf-16' || s === undefined || !NON_ASCII.test(s)) return p;
    let units = 0;
    let i = 0;
    while (i < s.length) {
      const cp = s.codePointAt(i)!;
      const next = units + unitsOf(cp, encoding);
      if (next > p.character) break;
      units = next;
      i += cp > 0xffff ? 2 : 1;
    }
    return { line: p.line, character: i };
  }
}

type Convert = (uri: string | undefined, p: Position) => Position;

const isPosition = (o: Record<string, unknown>) =>
  typeof o.line === 'number' && typeof o.character === 'number' && Object.keys(o).length === 2;

/**
 * A copy of a message's params or result with every position converted, each in its document: the
 * nearest `uri` (`targetUri`, `textDocument.uri`) around it, a WorkspaceEdit's `changes` key, else
 * `uri`, the document the request is about. `data` is the server's own and comes back as it went.
 */
export function mapPositions(v: unknown, uri: string | undefined, f: Convert): unknown {
  if (Array.isArray(v)) return v.map(x => mapPositions(x, uri, f));
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (isPosition(o)) return f(uri, o as unknown as Position);
  const doc = (o.textDocument as { uri?: unknown } | undefined)?.uri;
  const here = [o.uri, o.targetUri, doc].find(u => typeof u === 'string') as string | undefined;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) {
    if (k === 'data') out[k] = x;
    else if (k === 'changes' && x && typeof x === 'object' && !Array.isArray(x))
      out[k] = Object.fromEntries(Object.entries(x).map(([u, edits]) => [u, mapPositions(edits, u, f)]));
    else if (k === 'originSelectionRange') out[k] = mapPositions(x, uri, f);
    else out[k] = mapPositions(x, here ?? uri, f);
  }
  return out;
}
