/** The plan's own facts: title, period, baseline year, and the headings that group its commitments. */
import type { SourceDocument } from '../sources/document';
import { anchorFor } from './anchors';
import { fivePeriod, headingOf } from './text';
import type { DraftHeading } from './types';
import { lastYear } from './years';

export interface PlanMeta {
  title?: string;
  period: [number, number];
  periodGuessed: boolean;
}

/** The title line: a short first paragraph that is not a sentence. */
export function titleOf(doc: SourceDocument): string | undefined {
  const first = doc
    .paragraphText(1)
    .trim()
    .replace(/^#+\s*/, '');
  if (!first || first.length > 50 || /[。：:；，,]$/.test(first) || /^(为|根据|按照)/.test(first)) return undefined;
  return first;
}

/** 十N五 in the title, else the one the document names most; else from a stated base year to the last 到N年. */
function periodOf(doc: SourceDocument, title: string | undefined): PlanMeta['period'] | undefined {
  const inTitle = title && /十([一二三四五六七八九])五/.exec(title);
  if (inTitle) return fivePeriod(inTitle[1]);
  const counts = new Map<string, number>();
  for (const m of doc.text.matchAll(/十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年/g)) {
    const k = m[1] ?? m[2];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  return best ? fivePeriod(best[0]) : undefined;
}

export function planMeta(doc: SourceDocument): PlanMeta {
  const title = titleOf(doc);
  const five = periodOf(doc, title);
  if (five) return { title, period: five, periodGuessed: false };
  const targets = [...doc.text.matchAll(/到(\d{4})年/g)].map(m => Number(m[1])).filter(y => y > 1949 && y < 2100);
  const base = /以(\d{4})年为基(?:期|准年)|基期[为是]?(\d{4})年/.exec(doc.text);
  const last = targets.length ? Math.max(...targets) : undefined;
  if (base && last) return { title, period: [Number(base[1] ?? base[2]) + 1, last], periodGuessed: false };
  // No base year stated: the period runs from the first 到N年; the draft marks it for review.
  const first = targets.length ? Math.min(...targets) : undefined;
  const year = first ?? lastYear(doc.text) ?? 2020;
  return { title, period: [year, last ?? year], periodGuessed: true };
}

export interface HeadingInfo {
  index?: number;
  past: boolean;
  year?: number;
}
const LOOKS_BACK = /回顾|现状|成就|进展|成效|形势|问题|机遇|以来|主要工作/;

/** The document's headings, and for each paragraph the heading it stands under. */
export function readHeadings(doc: SourceDocument): { headings: DraftHeading[]; under: (para: number) => HeadingInfo } {
  const headings: (DraftHeading & { para: number })[] = [];
  const byPara: HeadingInfo[] = [];
  let level1: HeadingInfo = { past: false },
    current: HeadingInfo = { past: false };
  for (const p of doc.eachParagraph()) {
    const text = doc.text.slice(p.start, p.end);
    const h = headingOf(text);
    if (h) {
      const start = p.start + h.offset;
      const info: HeadingInfo = { index: headings.length, past: LOOKS_BACK.test(h.title), year: lastYear(h.title) };
      headings.push({ title: h.title, level: h.level, at: start, anchor: anchorFor(doc, start, p.end), para: p.index });
      if (h.level === 1) level1 = info;
      else info.past ||= level1.past;
      current = info;
    } else if (!/[。；，,0-9]/.test(text) && text.trim().length <= 20 && /[“”"]|发展|重点|工作|目标/.test(text)) {
      // A heading without a number (“十一五”发展回顾, “十二五”发展重点): it says which way the text looks.
      current = { ...current, past: LOOKS_BACK.test(text), year: undefined };
      level1 = current;
    }
    byPara[p.index] = current;
  }
  return { headings, under: para => byPara[para] ?? { past: false } };
}
