/**
 * Table rows as the contract's *Drafting* section defines them: a reader's forms (Word, web page, PDF)
 * split a row only at tabs; a `.txt` line at a tab, at two or more spaces between non-space characters,
 * or at `|`; in Markdown, each line of a pipe table is a row. Each cell keeps its offsets in the text.
 */
import type { SourceDocument } from '../sources/document';

export interface Cell {
  text: string;
  start: number;
  end: number;
}
export interface Row {
  para: number;
  cells: Cell[];
}

const SPACE = '[ \\u00a0\\u3000]';
const TXT_SPLIT = new RegExp(`\\t+|(?<=\\S)${SPACE}{2,}(?=\\S)|\\|`, 'g');
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The rows of one paragraph: one for a line of text, one a line for a Markdown pipe table. */
export function rowsOf(doc: SourceDocument, para: number): Row[] {
  const p = doc.paragraph(para);
  if (!p) return [];
  const text = doc.text;
  if (doc.form !== 'markdown')
    return [{ para, cells: split(text, p.start, p.end, doc.form === 'text' ? TXT_SPLIT : /\t/g) }];
  const out: Row[] = [];
  let s = p.start;
  for (let i = p.start; i <= p.end; i++) {
    if (i < p.end && text[i] !== '\n') continue;
    const line = text.slice(s, i);
    if (/^\s*\|/.test(line) && !PIPE_RULE.test(line)) {
      const cells = split(text, s, i, /\|/g).filter((c, k, all) => c.text || (k > 0 && k < all.length - 1));
      out.push({ para, cells });
    } else if (!/^\s*\|/.test(line) && line.trim()) out.push({ para, cells: split(text, s, i, TXT_SPLIT) });
    s = i + 1;
  }
  return out;
}

function split(text: string, start: number, end: number, sep: RegExp): Cell[] {
  const out: Cell[] = [];
  const line = text.slice(start, end);
  let from = 0;
  const push = (a: number, b: number) => {
    let s = start + a,
      e = start + b;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    out.push({ text: text.slice(s, e), start: s, end: e });
  };
  sep.lastIndex = 0;
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    push(from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  push(from, line.length);
  // A pipe row's outer bars leave an empty first and last cell.
  if (sep.source === '\\|') {
    if (out.length && !out[0].text) out.shift();
    if (out.length && !out[out.length - 1].text) out.pop();
  }
  return out;
}
