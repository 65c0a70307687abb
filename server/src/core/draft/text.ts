/**
 * The document as the drafter reads it: paragraphs cut into sentences (at 。；！？) and clauses (at
 * commas and colons, and at 、 after a number), each with its offset in the document; headings; years.
 */
import type { SourceDocument } from '../sources/document';

export interface Piece {
  text: string;
  start: number;
  end: number;
}
export interface Sentence extends Piece {
  para: number;
  clauses: Piece[];
}

const SENTENCE_END = /[。；;！？!?]/;
const CLAUSE_END = /[，,：:]/;

/** The sentences of one paragraph, with their clauses. */
export function sentencesOf(doc: SourceDocument, para: number): Sentence[] {
  const p = doc.paragraph(para)!;
  const out: Sentence[] = [];
  let s = p.start;
  for (let i = p.start; i <= p.end; i++) {
    if (i === p.end || SENTENCE_END.test(doc.text[i])) {
      const piece = trimPiece(doc.text, s, i);
      if (piece.text) out.push({ ...piece, para, clauses: clausesOf(doc.text, piece.start, piece.end) });
      s = i + 1;
    }
  }
  return out;
}

function clausesOf(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let s = start,
    depth = 0;
  for (let i = start; i <= end; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    // 、 separates list items; it ends a clause only after a number (钢铁产业达到4000亿元、有色金属…).
    const cut =
      i === end || (depth === 0 && (CLAUSE_END.test(c) || (c === '、' && /[\d%元个家户人吨]$/.test(text.slice(s, i)))));
    if (cut) {
      const piece = trimPiece(text, s, i);
      if (piece.text) out.push(piece);
      s = i + 1;
    }
  }
  return out;
}

function trimPiece(text: string, start: number, end: number): Piece {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), start, end };
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 十一五 … 十九五 (the digit after 十): the years of that five-year plan (十一五 is 2006–2010). */
export function fivePeriod(digit: string): [number, number] | undefined {
  const k = CN_DIGIT[digit];
  return k ? [2001 + 5 * k, 2005 + 5 * k] : undefined;
}

/** A heading paragraph: 一、… (level 1) or （一）… (level 2); its title without marker and stop. */
export function headingOf(text: string): { level: number; title: string; offset: number } | undefined {
  // A Markdown heading's own marks (## 一、…) are not part of it.
  const t = text.replace(/^\s+/, '').replace(/^#+\s*/, '');
  const lead = text.length - t.length;
  const m = /^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)]|第[一二三四五六七八九十]+章)/.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m[0].length);
  const stop = rest.search(/[。；;]/);
  const title = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
  // A heading is short; a long first sentence is a numbered paragraph of prose.
  if (!title || title.length > 30 || (stop >= 0 && stop < rest.length - 1 && rest.length > 40)) return undefined;
  return { level: m[2] ? 2 : 1, title, offset: lead };
}
