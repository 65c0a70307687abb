/**
 * A source document: paragraphs numbered from 1 (a `.txt` paragraph is a non-blank line, a `.md`
 * paragraph a run of non-blank lines), quote lookup that ignores whitespace on both sides, and the
 * numbers the text states (read in textNumbers.ts).
 */
import type { UnitTable } from '../quantity/units';
import type { Span } from '../text/lineIndex';
import { LineIndex } from '../text/lineIndex';
import { type SourceForm, textFormOf } from './form';
import { readNumbers, type TextNumber } from './textNumbers';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}
export interface QuoteMatch {
  para: number;
  start: number;
  end: number;
}
export { readNumbers, type TextNumber } from './textNumbers';

/** Unicode White_Space, plus U+FEFF and U+200B, which the format also ignores, and NUL. */
const SKIPPED_G = /[\s\u0085\u200b\ufeff\u0000]/g;
const PARA_SEP = '\u0000';
/** The same whitespace, by code (the offset map walks characters one by one). */
const isSpace = (c: number) =>
  c <= 0x20
    ? c === 0x20 || (c >= 9 && c <= 13)
    : c >= 0x85 &&
      (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200b) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
/** Whitespace and NUL: what quote lookup ignores. */
const isSkipped = (c: number) => c === 0 || isSpace(c);

/** A source document with more paragraphs than this is not read (`source-missing` says so). */
export const MAX_PARAGRAPHS = 1_000_000;
/** The offset map keeps a mark every MARK_EVERY kept characters and after every longer whitespace run. */
const MARK_EVERY = 256,
  MARK_GAP = 16;

export class SourceDocument {
  readonly lines: LineIndex;
  /** Paragraph n (from 1) spans paraStart[n-1]..paraEnd[n-1]: two typed arrays, no object a paragraph. */
  private readonly paraStart: Int32Array;
  private readonly paraEnd: Int32Array;
  readonly paragraphCount: number;
  /** More paragraphs than MAX_PARAGRAPHS: only those are indexed, and the document is not used. */
  readonly tooManyParagraphs: boolean;
  private stripped?: { text: string; starts: Int32Array; markAt: Int32Array; markOrig: Int32Array };
  private grams?: { bucketStart: Int32Array; positions: Int32Array };
  private queries = 0;
  /** Quote lookups, by paragraph and quote: a document never changes, so neither do they. */
  private readonly memo = new Map<string, QuoteMatch[]>();

  /** How paragraphs and table cells are told apart: a reader's forms give one paragraph a line. */
  readonly form: SourceForm;

  constructor(
    readonly uri: string,
    readonly text: string,
    form?: SourceForm,
    /** Paragraphs the document marks as headings (a Word heading style, an HTML h1–h6). */
    readonly headings: readonly number[] = [],
  ) {
    this.form = form ?? textFormOf(uri);
    this.lines = new LineIndex(text);
    const markdown = this.form === 'markdown';
    const lineCount = this.lines.lineCount,
      cap = Math.min(lineCount, MAX_PARAGRAPHS);
    const starts = new Int32Array(cap),
      ends = new Int32Array(cap);
    let n = 0,
      open = false,
      over = false;
    for (let l = 0; l < lineCount && !over; l++) {
      const start = this.lines.lineStart(l);
      let end = l + 1 < lineCount ? this.lines.lineStart(l + 1) : text.length;
      if (end > start && text.charCodeAt(end - 1) === 10) end--;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      let blank = true;
      for (let i = start; i < end && blank; i++) blank = isSpace(text.charCodeAt(i));
      if (blank) {
        open = false;
        continue;
      }
      if (markdown && open) {
        ends[n - 1] = end;
        continue;
      }
      if (n === cap) {
        over = true;
        break;
      }
      starts[n] = start;
      ends[n] = end;
      n++;
      open = markdown;
    }
    this.paraStart = starts;
    this.paraEnd = ends;
    this.paragraphCount = n;
    this.tooManyParagraphs = over;
  }

  /** Paragraph n, counted from 1. */
  paragraph(n: number): Paragraph | undefined {
    if (!Number.isInteger(n) || n < 1 || n > this.paragraphCount) return undefined;
    return { index: n, start: this.paraStart[n - 1], end: this.paraEnd[n - 1] };
  }
  /** Every paragraph in order, made one at a time (the document keeps them as offsets, not objects). */
  *eachParagraph(): Generator<Paragraph> {
    for (let n = 1; n <= this.paragraphCount; n++) yield this.paragraph(n)!;
  }
  paragraphText(n: number): string {
    const p = this.paragraph(n);
    return p ? this.text.slice(p.start, p.end) : '';
  }

  /** The paragraph that holds an offset. */
  paragraphAt(offset: number): Paragraph | undefined {
    let lo = 0,
      hi = this.paragraphCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < this.paraStart[mid]) hi = mid - 1;
      else if (offset > this.paraEnd[mid]) lo = mid + 1;
      else return this.paragraph(mid + 1);
    }
    return undefined;
  }

  /**
   * The text without whitespace, paragraphs separated by NUL so a match never spans two, where
   * each paragraph starts in it, and marks (a kept character's index and its original offset)
   * close enough together that mapping a match back walks a few hundred characters at most,
   * whatever the paragraph's length or the number of matches.
   */
  private strippedIndex() {
    if (this.stripped) return this.stripped;
    const { text, paragraphCount } = this;
    const parts: string[] = [];
    const starts = new Int32Array(paragraphCount);
    const marks: number[] = [];
    let at = 0;
    for (let i = 0; i < paragraphCount; i++) {
      starts[i] = at;
      const s = this.paraStart[i],
        e = this.paraEnd[i];
      parts.push(text.slice(s, e).replace(SKIPPED_G, ''), PARA_SEP);
      let since = MARK_EVERY,
        gap = 0;
      for (let o = s; o < e; o++) {
        if (isSkipped(text.charCodeAt(o))) {
          gap++;
          continue;
        }
        if (since >= MARK_EVERY || gap > MARK_GAP) {
          marks.push(at, o);
          since = 0;
        }
        at++;
        since++;
        gap = 0;
      }
      at++;
    }
    const markAt = new Int32Array(marks.length / 2),
      markOrig = new Int32Array(marks.length / 2);
    for (let j = 0; j < markAt.length; j++) {
      markAt[j] = marks[2 * j];
      markOrig[j] = marks[2 * j + 1];
    }
    this.stripped = { text: parts.join(''), starts, markAt, markOrig };
    return this.stripped;
  }

  /** The original offset of kept character `i` of the stripped text, in the paragraph ending at `end`. */
  private originalOffset(i: number, end: number): number {
    const { markAt, markOrig } = this.strippedIndex();
    let lo = 0,
      hi = markAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (markAt[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    let seen = markAt[lo];
    for (let o = markOrig[lo]; o < end; o++) {
      if (isSkipped(this.text.charCodeAt(o))) continue;
      if (seen === i) return o;
      seen++;
    }
    return end;
  }

  /**
   * Positions of every 4-character window, bucketed by a hash of it: a quote is then looked up
   * where its first 4 characters occur, not by scanning the document. Built only for large
   * documents that are asked many times (two typed arrays, about 8 bytes a character).
   */
  private gramIndex() {
    if (this.grams) return this.grams;
    const { text } = this.strippedIndex();
    const buckets = 1 << 18,
      n = Math.max(0, text.length - 3);
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
    const needle = quote.replace(SKIPPED_G, '');
    if (!needle) return [];
    const { text, starts } = this.strippedIndex();
    const out: QuoteMatch[] = [];
    const record = (i: number): boolean => {
      let lo = 0,
        hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      const index = lo + 1;
      if (para !== undefined && index !== para) return index < para;
      const end = this.paraEnd[lo];
      const start = this.originalOffset(i, end);
      out.push({ para: index, start, end: this.originalOffset(i + needle.length - 1, end) + 1 });
      return out.length < limit;
    };
    this.queries++;
    if (para === undefined && needle.length >= 4 && text.length > 65536 && this.queries > 8) {
      const { bucketStart, positions } = this.gramIndex();
      // Look the quote up by its rarest 4 characters: a common opening (全省…) would crowd the bucket.
      let best = 0,
        bestB = 0,
        bestSize = Infinity;
      for (let j = 0; j + 4 <= needle.length; j++) {
        const b = gramHash(needle, j) & (bucketStart.length - 2);
        const size = bucketStart[b + 1] - bucketStart[b];
        if (size < bestSize) {
          best = j;
          bestB = b;
          bestSize = size;
          if (size === 0) return out;
        }
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
  /**
   * The numbers stated in a span of the text, units read with the reader's table (remembered per
   * table: the text never changes, and plans of different configs may cite one document).
   */
  numbersIn(span: Span, units: UnitTable | undefined): TextNumber[] {
    const key = `${units?.key ?? ''}\u0000${span.start}:${span.end}`;
    let hit = this.numbersMemo.get(key);
    if (!hit) {
      hit = readNumbers(this.text, span, units);
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
