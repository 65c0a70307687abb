/**
 * The way back from a source document to the plan: which plan items cite each paragraph, and
 * which numbers of a cited paragraph no plan item cites (did the plan capture all it promises?).
 */
import type { Resolution } from '../check/scope';
import type { Locale } from '../diagnostics';
import type { PlanFile } from '../model/types';
import { resolveAnchor } from '../sources/anchors';
import { anchorUses, backs, statedValue } from '../sources/cited';
import type { SourceDocument, TextNumber } from '../sources/document';
import type { Range } from '../text/lineIndex';

export interface Citation { planUri: string; planRange: Range; label: string; para: number; docRange: Range; quoted: boolean }
export interface CitedParagraph { para: number; range: Range; citations: Citation[] }
export interface UncitedNumber { range: Range; text: string; para: number; message: string }
export interface SourceCitations { citations: Citation[]; paragraphs: CitedParagraph[]; uncited: UncitedNumber[] }

/** Numbers that are not commitments: years, list numbering, 4G/5G. */
function isNoise(doc: SourceDocument, t: TextNumber, paraStart: number): boolean {
  const after = doc.text.slice(t.span.end, t.span.end + 1);
  const before = doc.text.slice(t.span.start - 1, t.span.start);
  const raw = doc.text.slice(t.span.start, t.span.end);
  if (/^(19|20)\d\d/.test(raw) && /^年/.test(doc.text.slice(t.span.start + 4, t.span.start + 5))) return true;
  if (/[A-Za-z]/.test(before)) return true;
  if (t.unit?.text === 'G' && t.value < 10) return true;
  if (/[.、．]/.test(after) && !/\d/.test(doc.text.slice(t.span.end + 1, t.span.end + 2)) && doc.text.slice(paraStart, t.span.start).trim() === '') return true;
  return false;
}

export function citationsOf(docUri: string, doc: SourceDocument | undefined, plans: { file: PlanFile; res: Resolution }[], locale: Locale): SourceCitations {
  const citations: Citation[] = [];
  const backedByPara = new Map<number, { n: number; unit?: import('../quantity/units').Unit }[]>();
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
        for (const v of use.values) { const s = statedValue(v); if (s) list.push({ n: s.n, unit: s.unit }); }
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
    for (const t of doc.numbersIn({ start: p.start, end: p.end })) {
      if (isNoise(doc, t, p.start)) continue;
      if (quoted.some(q => t.span.start < q.end && t.span.end > q.start)) continue;
      if (backed.some(b => backs(t, b.n, b.unit))) continue;
      const text = doc.text.slice(t.span.start, t.span.end);
      uncited.push({ range: doc.lines.rangeOf(t.span), text, para, message: locale === 'zh-cn'
        ? `第 ${para} 段被规划引用，但没有规划条目引用这个数字（${text}）`
        : `¶${para} is cited by the plan, but no plan item cites this number (${text})` });
    }
  }
  return { citations, paragraphs, uncited };
}
