/**
 * The way back from a source document to the plan: which plan items cite each paragraph, and
 * which numbers of a cited paragraph no plan item cites (did the plan capture all it promises?).
 */
import type { Resolution } from '../check/scope';
import type { Locale } from '../diagnostics';
import type { PlanFile } from '../model/types';
import { resolveAnchor } from '../sources/anchors';
import { anchorUses, backs, endsOf, sameYear, statedValue, type Stated } from '../sources/cited';
import type { SourceDocument } from '../sources/document';
import type { TextNumber } from '../sources/textNumbers';
import type { Range } from '../text/lineIndex';

export interface Citation { planUri: string; planRange: Range; label: string; para: number; docRange: Range; quoted: boolean }
export interface CitedParagraph { para: number; range: Range; citations: Citation[] }
export interface UncitedNumber { range: Range; text: string; para: number; message: string }
export interface SourceCitations { citations: Citation[]; paragraphs: CitedParagraph[]; uncited: UncitedNumber[] }

/** Whether a plan value cites a number of the text: an end of one is an end of the other, of the same year. */
function citesNumber(t: TextNumber, v: Stated, year: number | undefined): boolean {
  if (!sameYear(t, year)) return false;
  const ends = v.hi === undefined ? [v.n] : [v.n, v.hi];
  return endsOf(t).some(e => ends.some(n => backs(e, n, v.unit)));
}

export function citationsOf(docUri: string, doc: SourceDocument | undefined, plans: { file: PlanFile; res: Resolution }[], locale: Locale): SourceCitations {
  const citations: Citation[] = [];
  const backedByPara = new Map<number, { v: Stated; year?: number }[]>();
  if (!doc) return { citations, paragraphs: [], uncited: [] };
  for (const { file, res } of plans) {
    for (const use of anchorUses(file)) {
      const state = use.anchor.doc && res.sourceStates.get(use.anchor.doc.id);
      if (!state || state.uri !== docUri) continue;
      const r = resolveAnchor(use.anchor, res.sourceStates);
      if (r.status !== 'ok') continue;
      for (const m of r.matches) {
        citations.push({ planUri: file.uri, planRange: file.lines.rangeOf(use.anchor.span), label: use.label, para: m.para, docRange: doc.lines.rangeOf(m), quoted: !!use.anchor.quote });
        const list = backedByPara.get(m.para) ?? [];
        for (const v of use.values) { const s = statedValue(v); if (s) list.push({ v: s, year: v.year }); }
        backedByPara.set(m.para, list);
      }
    }
  }
  const byPara = new Map<number, Citation[]>();
  for (const c of citations) byPara.set(c.para, [...(byPara.get(c.para) ?? []), c]);
  const paragraphs: CitedParagraph[] = [...byPara].sort((a, b) => a[0] - b[0]).map(([para, cs]) => {
    const p = doc.paragraph(para)!;
    return { para, range: doc.lines.rangeOf({ start: p.start, end: p.end }), citations: cs };
  });
  const uncited: UncitedNumber[] = [];
  for (const { para, citations: cs } of paragraphs) {
    const p = doc.paragraph(para)!;
    const quoted = cs.filter(c => c.quoted).map(c => ({ start: doc.lines.offsetAt(c.docRange.start), end: doc.lines.offsetAt(c.docRange.end) }));
    const backed = backedByPara.get(para) ?? [];
    // Numbers are read as source-value-drift reads them (dates, list markers, names and codes are not numbers).
    for (const t of doc.numbersIn({ start: p.start, end: p.end })) {
      if (quoted.some(q => t.span.start < q.end && t.span.end > q.start)) continue;
      // 一个, 一条 read "a", "an" far more often than "one": a hint on each would be noise.
      const raw = doc.text.slice(t.span.start, t.span.end);
      if (t.hi === undefined && /^一(?![十百千万亿])/.test(raw)) continue;
      if (backed.some(b => citesNumber(t, b.v, b.year))) continue;
      const text = raw;
      uncited.push({ range: doc.lines.rangeOf(t.span), text, para, message: locale === 'zh-cn'
        ? `第 ${para} 段被规划引用，但没有规划条目引用这个数字（${text}）`
        : `¶${para} is cited by the plan, but no plan item cites this number (${text})` });
    }
  }
  return { citations, paragraphs, uncited };
}
