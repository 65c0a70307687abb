/**
 * What no plan cites: every number and every 责任单位 / support clause of a source document, and
 * which of them some plan item cites. One definition for `planlint coverage`, the report and the
 * editor's hints: a number is cited when it lies inside a quoted span, or equals a value that a
 * paragraph anchor of its paragraph backs; a clause, when a quote overlaps it or an anchor of a
 * task or funding clause names its paragraph.
 */
import type { Resolution } from '../resolve/scope';
import type { PlanFile } from '../model/types';
import { resolveAnchor } from '../resolve/anchors';
import { anchorUses, backs, endsOf, sameYear, statedValue, type AnchorUse, type Stated } from '../sources/cited';
import type { QuoteMatch, SourceDocument } from '../sources/document';
import type { TextNumber } from '../sources/textNumbers';
import type { Range, Span } from '../text/lineIndex';
import { notACommitment } from './notCommitments';

export interface CoverageItem {
  kind: 'number' | 'clause';
  para: number;
  text: string;
  excerpt: string;
  span: Span;
  range: Range;
}
export interface DocumentCoverage {
  uri: string;
  /** The plan files that cite the document. */
  plans: string[];
  numbers: { total: number; cited: number };
  clauses: { total: number; cited: number };
  uncited: CoverageItem[];
}

/** 责任单位 clauses, and support measures (给予…补贴 / 奖励 / 贴息 …) up to their sentence's end. */
const CLAUSES = () =>
  /[（(](?:牵头|责任|配合)单位[：:][^）)]{1,200}[）)]|给予[^。；;]{0,80}?(?:补贴|奖励|贴息|资助|补助|扶持)/g;

interface Citing {
  quoted: Span[];
  paraItems: Map<number, { values: { v: Stated; year?: number }[]; clauses: boolean }>;
}

/** Every anchor of the plans that resolves into the document, with where it lands. */
export function* anchorsInto(
  docUri: string,
  plans: { file: PlanFile; res: Resolution }[],
): Generator<{ file: PlanFile; res: Resolution; use: AnchorUse; matches: QuoteMatch[] }> {
  for (const { file, res } of plans) {
    for (const use of anchorUses(file, res.units)) {
      const state = use.anchor.doc && res.sourceStates.get(use.anchor.doc.id);
      if (!state || state.uri !== docUri) continue;
      const r = resolveAnchor(use.anchor, res.sourceStates);
      if (r.status === 'ok') yield { file, res, use, matches: r.matches };
    }
  }
}

function citingOf(docUri: string, plans: { file: PlanFile; res: Resolution }[]): Citing & { plans: string[] } {
  const quoted: Span[] = [];
  const paraItems: Citing['paraItems'] = new Map();
  const citing = new Set<string>();
  for (const { file, res, use, matches } of anchorsInto(docUri, plans)) {
    citing.add(file.uri);
    for (const m of matches) {
      if (use.anchor.quote) {
        quoted.push({ start: m.start, end: m.end });
        continue;
      }
      const entry = paraItems.get(m.para) ?? { values: [], clauses: false };
      for (const v of use.values) {
        const s = statedValue(v, res.units);
        if (s) entry.values.push({ v: s, year: v.year });
      }
      entry.clauses ||= use.kind === 'task' || use.kind === 'funding';
      paraItems.set(m.para, entry);
    }
  }
  return { quoted, paraItems, plans: [...citing].sort() };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;

/** Whether a plan value cites a number of the text: an end of one is an end of the other, of the same year. */
function citesNumber(t: TextNumber, v: Stated, year: number | undefined): boolean {
  if (!sameYear(t, year)) return false;
  const ends = v.hi === undefined ? [v.n] : [v.n, v.hi];
  return endsOf(t).some(e => ends.some(n => backs(e, n, v.unit)));
}

/** An excerpt around a span, within its paragraph: what a reviewer reads in a list. */
function excerptOf(doc: SourceDocument, span: Span, para: { start: number; end: number }): string {
  const from = Math.max(para.start, span.start - 16),
    to = Math.min(para.end, span.end + 16);
  return `${from > para.start ? '…' : ''}${doc.text.slice(from, to).replace(/\s+/g, ' ')}${to < para.end ? '…' : ''}`;
}

export function coverageOf(
  docUri: string,
  doc: SourceDocument,
  plans: { file: PlanFile; res: Resolution }[],
): DocumentCoverage {
  const { quoted, paraItems, plans: citing } = citingOf(docUri, plans);
  const sorted = [...quoted].sort((a, b) => a.start - b.start);
  const inQuote = (s: Span) => {
    // Binary search for the last quote starting before the span's end, then walk back while they could overlap.
    let lo = 0,
      hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) if (overlaps(sorted[i], s)) return true;
    return false;
  };
  const out: DocumentCoverage = {
    uri: docUri,
    plans: citing,
    numbers: { total: 0, cited: 0 },
    clauses: { total: 0, cited: 0 },
    uncited: [],
  };
  const add = (kind: CoverageItem['kind'], para: number, p: { start: number; end: number }, span: Span) => {
    out.uncited.push({
      kind,
      para,
      text: doc.text.slice(span.start, span.end),
      excerpt: excerptOf(doc, span, p),
      span,
      range: doc.lines.rangeOf(span),
    });
  };
  for (let n = 1; n <= doc.paragraphCount; n++) {
    const p = doc.paragraph(n)!;
    const items = paraItems.get(n);
    // The document's own numbers, whoever cites it: read with the built-in units.
    for (const t of doc.numbersIn(p, undefined) as TextNumber[]) {
      if (notACommitment(doc.text, t.span, p.start)) continue;
      // 一个, 一条 read "a", "an" far more often than "one": not a figure to cite.
      if (t.hi === undefined && /^一(?![十百千万亿])/.test(doc.text.slice(t.span.start, t.span.end))) continue;
      out.numbers.total++;
      if (inQuote(t.span) || items?.values.some(b => citesNumber(t, b.v, b.year))) {
        out.numbers.cited++;
        continue;
      }
      add('number', n, p, t.span);
    }
    const clauses = CLAUSES();
    const text = doc.text.slice(p.start, p.end);
    for (let m = clauses.exec(text); m; m = clauses.exec(text)) {
      const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
      out.clauses.total++;
      if (items?.clauses || inQuote(span)) {
        out.clauses.cited++;
        continue;
      }
      add('clause', n, p, span);
    }
  }
  return out;
}
