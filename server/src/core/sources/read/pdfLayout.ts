/**
 * From a PDF's lines to paragraphs, as the contract says: running headers and footers (a line that
 * repeats at the same height on most pages) and margin page numbers are dropped; a line with cells is
 * a paragraph of its own; other lines join until the next is indented or a heading, or the line ends
 * a sentence short of the right margin. A page break ends nothing, and joining adds no character.
 */
import { msg } from '../../l10n/index';
import type { DocumentText } from '../form';
import { ReadFailure } from './failure';
import { Paragraphs } from './paragraphs';

/** A run of glyphs pdf.js gives: where its baseline starts (y down), its width and font size. */
export interface Run {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}
export interface Line {
  y: number;
  x0: number;
  x1: number;
  text: string;
  charWidth: number;
  cells: boolean;
}

const HEADING =
  /^\s*(?:[一二三四五六七八九十百零〇]+、|[（(][一二三四五六七八九十百零〇]+[）)]|\d+[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]+[章节条])/;
const PAGE_NUMBER = /^\s*(?:[—–\-－]*\s*\d{1,5}\s*[—–\-－]*|第\s*\d{1,5}\s*页)\s*$/;
const SENTENCE_END = /[。！？；：]\s*$/;
/** Kangxi radicals and CJK compatibility ideographs read as the unified ideographs they stand for. */
const COMPAT = /[\u2f00-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g;
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** The share of a page's height at its top and at its bottom that is margin, for page numbers. */
const MARGIN = 0.15;

const clean = (s: string) => s.replace(CONTROL, '').replace(COMPAT, c => c.normalize('NFKC'));

export function layoutParagraphs(pages: { lines: Line[]; height: number }[], budget: number): DocumentText {
  const out = new Paragraphs(budget);
  const running = runningLines(pages);
  const empty: number[] = [];
  let para = '';
  /** Whether the last line ended its paragraph (a sentence that ends short of the right margin). */
  let ended = true;
  const flush = () => {
    out.add(para);
    para = '';
  };
  pages.forEach((page, p) => {
    const kept = page.lines.filter(
      (l, i) =>
        !running.has(key(l)) &&
        !(
          (i === 0 || i === page.lines.length - 1) &&
          (l.y < MARGIN * page.height || l.y > (1 - MARGIN) * page.height) &&
          PAGE_NUMBER.test(l.text)
        ),
    );
    // A page whose only text is a page number or a running header has no text of its own (a scanned page).
    if (!kept.length) {
      empty.push(p + 1);
      return;
    }
    const text = kept.filter(l => !l.cells);
    const start = mode(text.map(l => l.x0)) ?? 0;
    const right = Math.max(...text.map(l => l.x1), 0);
    for (const line of kept) {
      const s = clean(line.text);
      if (line.cells) {
        flush();
        out.add(s);
        ended = true;
        continue;
      }
      const heading = HEADING.test(s);
      const indented = line.x0 >= start + 0.9 * line.charWidth;
      if (ended || indented || heading) flush();
      para += s;
      const short = line.x1 < right - line.charWidth;
      ended = short && SENTENCE_END.test(s);
    }
  });
  flush();
  if (pages.length && empty.length === pages.length) throw new ReadFailure('pdfScan');
  for (const range of ranges(empty))
    out.note(range.includes('–') ? msg('draft.note.pages', { range }) : msg('draft.note.page', { range }));
  return out.result('pdf');
}

const key = (l: Line) => `${Math.round(l.y / 2)}|${l.text.trim()}`;

/** Lines that repeat at the same height on most pages (more than half, and at least two). */
function runningLines(pages: { lines: Line[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) for (const k of new Set(page.lines.map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out = new Set<string>();
  for (const [k, n] of counts) if (n >= 2 && n > pages.length / 2) out.add(k);
  return out;
}

/** The most common value, to the nearest point: the page's usual line start. */
function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined,
    bestN = 0;
  for (const v of values) {
    const r = Math.round(v);
    const n = (counts.get(r) ?? 0) + 1;
    counts.set(r, n);
    if (n > bestN || (n === bestN && best !== undefined && r < best)) {
      best = r;
      bestN = n;
    }
  }
  return best;
}

/** 3, 4, 5, 9 → "3–5", "9". */
function ranges(pages: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    out.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return out;
}
