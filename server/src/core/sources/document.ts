/**
 * A source document: paragraphs numbered from 1 (a `.txt` paragraph is a non-blank line, a `.md`
 * paragraph a run of non-blank lines), quote lookup that ignores whitespace on both sides, and the
 * numbers the text states.
 */
import type { Span } from '../text/lineIndex';
import { LineIndex } from '../text/lineIndex';
import { toHalfWidth } from '../quantity/quantity';
import { leadingUnit, type Unit } from '../quantity/units';

export interface Paragraph { index: number; start: number; end: number }
export interface QuoteMatch { para: number; start: number; end: number }
/** A number stated in prose, read with the unit or scale word that follows it. */
export interface TextNumber { value: number; unit?: Unit; scale?: number; span: Span }

/** Unicode White_Space, plus U+FEFF and U+200B, which the format also ignores. */
const WS = /[\s\u0085\u200b\ufeff]/;
const WS_G = /[\s\u0085\u200b\ufeff]/g;
const PARA_SEP = '\u0000';

export class SourceDocument {
  readonly lines: LineIndex;
  readonly paragraphs: Paragraph[] = [];
  private stripped?: { text: string; starts: Int32Array };
  private grams?: { bucketStart: Int32Array; positions: Int32Array };
  private queries = 0;
  /** Quote lookups, by paragraph and quote: a document never changes, so neither do they. */
  private readonly memo = new Map<string, QuoteMatch[]>();

  constructor(readonly uri: string, readonly text: string) {
    this.lines = new LineIndex(text);
    const markdown = /\.(md|markdown)$/i.test(uri);
    let open: Paragraph | undefined;
    for (let l = 0; l < this.lines.lineCount; l++) {
      const lt = this.lines.lineText(l);
      const blank = !/[^\s\u0085\u200b\ufeff]/.test(lt);
      const start = this.lines.lineStart(l), end = start + lt.length;
      if (blank) { open = undefined; continue; }
      if (markdown && open) { open.end = end; continue; }
      open = { index: this.paragraphs.length + 1, start, end };
      this.paragraphs.push(open);
      if (!markdown) open = undefined;
    }
  }

  paragraph(n: number): Paragraph | undefined { return this.paragraphs[n - 1]; }
  paragraphText(n: number): string { const p = this.paragraph(n); return p ? this.text.slice(p.start, p.end) : ''; }

  /** The paragraph that holds an offset. */
  paragraphAt(offset: number): Paragraph | undefined {
    let lo = 0, hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1, p = this.paragraphs[mid];
      if (offset < p.start) hi = mid - 1; else if (offset > p.end) lo = mid + 1; else return p;
    }
    return undefined;
  }

  /**
   * The text without whitespace, paragraphs separated by NUL so a match never spans two, and where
   * each paragraph starts in it. Offsets map back by walking the one paragraph a match is in, so a
   * large document costs one string, not arrays per character.
   */
  private strippedIndex() {
    if (this.stripped) return this.stripped;
    const parts: string[] = [];
    const starts = new Int32Array(this.paragraphs.length);
    let at = 0;
    this.paragraphs.forEach((p, i) => {
      starts[i] = at;
      const t = this.text.slice(p.start, p.end).replace(WS_G, '').replace(/\u0000/g, '');
      parts.push(t, PARA_SEP);
      at += t.length + 1;
    });
    this.stripped = { text: parts.join(''), starts };
    return this.stripped;
  }

  /** The original offset of the k-th non-whitespace character of paragraph p. */
  private originalOffset(p: Paragraph, k: number): number {
    let seen = 0;
    for (let i = p.start; i < p.end; i++) {
      const c = this.text[i];
      if (WS.test(c) || c === PARA_SEP) continue;
      if (seen === k) return i;
      seen++;
    }
    return p.end;
  }

  /**
   * Positions of every 4-character window, bucketed by a hash of it: a quote is then looked up
   * where its first 4 characters occur, not by scanning the document. Built only for large
   * documents that are asked many times (two typed arrays, about 8 bytes a character).
   */
  private gramIndex() {
    if (this.grams) return this.grams;
    const { text } = this.strippedIndex();
    const buckets = 1 << 18, n = Math.max(0, text.length - 3);
    const hashAt = (i: number) => gramHash(text, i) & (buckets - 1);
    const bucketStart = new Int32Array(buckets + 1);
    for (let i = 0; i < n; i++) bucketStart[hashAt(i) + 1]++;
    for (let b = 0; b < buckets; b++) bucketStart[b + 1] += bucketStart[b];
    const fill = bucketStart.slice(0, buckets);
    const positions = new Int32Array(n);
    for (let i = 0; i < n; i++) positions[fill[hashAt(i)]++] = i;
    this.grams = { bucketStart, positions };
    return this.grams;
  }

  /** Every place the quote occurs (whitespace ignored), optionally within one paragraph. */
  findQuote(quote: string, para?: number, limit = 100): QuoteMatch[] {
    const key = `${para ?? ''}|${limit}|${quote}`;
    let hit = this.memo.get(key);
    if (!hit) {
      hit = this.findQuoteUncached(quote, para, limit);
      if (this.memo.size > 200_000) this.memo.clear();
      this.memo.set(key, hit);
    }
    return hit;
  }

  private findQuoteUncached(quote: string, para: number | undefined, limit: number): QuoteMatch[] {
    const needle = quote.replace(WS_G, '').replace(/\u0000/g, '');
    if (!needle) return [];
    const { text, starts } = this.strippedIndex();
    const out: QuoteMatch[] = [];
    const record = (i: number): boolean => {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= i) lo = mid; else hi = mid - 1; }
      const p = this.paragraphs[lo];
      if (para !== undefined && p.index !== para) return p.index < para;
      const k = i - starts[lo];
      out.push({ para: p.index, start: this.originalOffset(p, k), end: this.originalOffset(p, k + needle.length - 1) + 1 });
      return out.length < limit;
    };
    this.queries++;
    if (para === undefined && needle.length >= 4 && text.length > 65536 && this.queries > 8) {
      const { bucketStart, positions } = this.gramIndex();
      // Look the quote up by its rarest 4 characters: a common opening (全省…) would crowd the bucket.
      let best = 0, bestB = 0, bestSize = Infinity;
      for (let j = 0; j + 4 <= needle.length; j++) {
        const b = gramHash(needle, j) & (bucketStart.length - 2);
        const size = bucketStart[b + 1] - bucketStart[b];
        if (size < bestSize) { best = j; bestB = b; bestSize = size; if (size === 0) return out; }
      }
      for (let j = bucketStart[bestB]; j < bucketStart[bestB + 1]; j++) {
        const i = positions[j] - best;
        if (i >= 0 && text.startsWith(needle, i) && !record(i)) break;
      }
      return out;
    }
    const from = para !== undefined && starts[para - 1] !== undefined ? starts[para - 1] : 0;
    for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) if (!record(i)) break;
    return out;
  }

  private readonly numbersMemo = new Map<string, TextNumber[]>();
  /** The numbers stated in a span of the text (remembered: the text never changes). */
  numbersIn(span: Span): TextNumber[] {
    const key = `${span.start}:${span.end}`;
    let hit = this.numbersMemo.get(key);
    if (!hit) {
      hit = readNumbers(this.text, span);
      if (this.numbersMemo.size > 200_000) this.numbersMemo.clear();
      this.numbersMemo.set(key, hit);
    }
    return hit;
  }
}

function gramHash(s: string, i: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < 4; k++) h = Math.imul(h ^ s.charCodeAt(i + k), 16777619);
  return h >>> 0;
}

const NUM = /[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?/g;

export function readNumbers(text: string, span: Span): TextNumber[] {
  const slice = text.slice(span.start, span.end);
  const out: TextNumber[] = [];
  NUM.lastIndex = 0;
  for (let m = NUM.exec(slice); m; m = NUM.exec(slice)) {
    const value = Number(toHalfWidth(m[0]).replace(/,/g, ''));
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 8).replace(/^[ \u3000]/, '');
    // A year is a date, not a quantity: 2020年 has no unit.
    const lead = m[0].length === 4 && /^年/.test(after) ? { length: 0, unit: undefined, scale: undefined } : leadingUnit(after);
    out.push({ value, unit: lead.unit, scale: lead.scale, span: { start: span.start + m.index, end: span.start + m.index + m[0].length + lead.length } });
  }
  return out;
}

/**
 * The passage of the document most like a quote that was not found: the paragraph sharing the
 * most character pairs with it, and in it the window of the quote's length sharing the most.
 */
export function closestPassage(doc: SourceDocument, quote: string, para?: number): { text: string; para: number } | undefined {
  const q = [...quote.replace(/[\s\u0085\u200b\ufeff]/g, '')];
  if (q.length < 2) return undefined;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < q.length; i++) pairs.add(q[i] + q[i + 1]);
  const score = (s: string) => { let n = 0; for (let i = 0; i + 1 < s.length; i++) if (pairs.has(s[i] + s[i + 1])) n++; return n; };
  let best: { para: number; score: number } | undefined;
  for (const p of doc.paragraphs) {
    if (para !== undefined && p.index !== para) continue;
    const sc = score(doc.text.slice(p.start, p.end));
    if (!best || sc > best.score) best = { para: p.index, score: sc };
  }
  if (!best || best.score === 0) return undefined;
  const text = doc.paragraphText(best.para);
  const w = Math.min(text.length, quote.trim().length);
  let at = 0, top = -1;
  for (let i = 0; i + w <= text.length; i++) { const sc = score(text.slice(i, i + w)); if (sc > top) { top = sc; at = i; } }
  return { text: text.slice(at, at + w).trim(), para: best.para };
}
