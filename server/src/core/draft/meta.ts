/** The plan's own facts: title, period, baseline year, and the headings that group its commitments. */
import type { Msg } from '../diagnostics';
import { msg } from '../l10n/index';
import type { SourceDocument } from '../sources/document';
import { anchorFor } from './anchors';
import { fivePeriod, headingOf } from './text';
import type { DraftHeading } from './types';
import { lastYear } from './years';

export interface PlanMeta {
  title?: string;
  period: [number, number];
  /** Why the period is what it is, when no rule of the contract settles it (the draft says so). */
  periodNote?: Msg;
  /** The document's own year: of its 成文日期, else of its document number; file metadata never counts. */
  docYear?: number;
  /** The document evaluates a plan (评估, 实施情况, 进展 in its title): its figures for later years are forecasts. */
  evaluation: boolean;
}

const RANGE_SEP = '[—–\\-－~～至到]';
const TITLE_RANGE = new RegExp(`(\\d{4})\\s*年?\\s*${RANGE_SEP}+\\s*(\\d{4})\\s*年`);
const CN_YEAR: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const DATE_LINE =
  /^\s*(?:(\d{4})|([〇零一二三四五六七八九]{4}))\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日\s*$/;
const DOC_NUMBER = /[〔【[［](\d{4})[〕】\]］]\s*\d+\s*号/;

/** The title: the 《…》 of a 关于印发《…》的通知 line, else the first line that reads as a heading. */
function titleOf(doc: SourceDocument): string | undefined {
  for (let n = 1; n <= Math.min(doc.paragraphCount, 6); n++) {
    const m = /关于(?:印发|转发|发布)《([^《》]{4,80})》的通知/.exec(doc.paragraphText(n));
    if (m) return m[1];
  }
  for (let n = 1; n <= Math.min(doc.paragraphCount, 4); n++) {
    const line = doc
      .paragraphText(n)
      .trim()
      .replace(/^#+\s*/, '');
    if (!line || DOC_NUMBER.test(line) || DATE_LINE.test(line)) continue;
    if (line.length > 60 || /[。：:；，,]$/.test(line) || /^(为|根据|按照|各)/.test(line)) return undefined;
    return line;
  }
  return undefined;
}

/** The document's own year: a date line near its end or under its title, else its document number. */
function docYearOf(doc: SourceDocument): number | undefined {
  const n = doc.paragraphCount;
  const near = [...range(1, Math.min(n, 8)), ...range(Math.max(1, n - 8), n)];
  for (const p of near.reverse()) {
    const m = DATE_LINE.exec(doc.paragraphText(p));
    if (m) return Number(m[1] ?? [...m[2]].map(c => CN_YEAR[c]).join(''));
  }
  for (const p of range(1, Math.min(n, 8))) {
    const m = DOC_NUMBER.exec(doc.paragraphText(p));
    if (m) return Number(m[1]);
  }
  return undefined;
}
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

/** The period, by the contract's order: a range in the title, 十N五 in it, a single year of its own, else 到N年. */
function periodOf(doc: SourceDocument, title: string | undefined, docYear?: number): Omit<PlanMeta, 'evaluation'> {
  const t = (title ?? '').replace(/[二〇]{4}年远景目标|20\d\d年远景目标/g, '');
  const r = TITLE_RANGE.exec(t);
  if (r && Number(r[1]) <= Number(r[2])) return { period: [Number(r[1]), Number(r[2])] };
  const five = /十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年/.exec(t);
  const fp = five && fivePeriod(five[1] ?? five[2]);
  if (fp) return { period: fp };
  const one = /(\d{4})\s*年/.exec(t);
  if (one) return { period: [Number(one[1]), Number(one[1])] };
  const targets = [...doc.text.matchAll(/到(\d{4})年/g)].map(m => Number(m[1])).filter(y => y > 1949 && y < 2100);
  const last = targets.length ? Math.max(...targets) : undefined;
  const base = /以(\d{4})年为基(?:期|准年)|基期[为是]?(\d{4})年/.exec(doc.text);
  const first = base ? Number(base[1] ?? base[2]) + 1 : docYear;
  if (first !== undefined && last !== undefined && first <= last) return { period: [first, last] };
  // No rule gives the period: the 十N五 the text names most, else the document's year, to check.
  const counts = new Map<string, number>();
  for (const m of doc.text.matchAll(/十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年/g)) {
    const k = m[1] ?? m[2];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  const named = best && fivePeriod(best[0]);
  if (named) return { period: named, periodNote: msg('draft.period.named', { n: best[0] }) };
  const firstTarget = targets.length ? Math.min(...targets) : undefined;
  if (firstTarget !== undefined && last !== undefined)
    return { period: [firstTarget, last], periodNote: msg('draft.period.firstTarget') };
  const y = docYear ?? lastYear(doc.text) ?? 2025;
  return { period: [y, y], periodNote: msg('draft.period.none') };
}

export function planMeta(doc: SourceDocument): PlanMeta & { periodGuessed: boolean } {
  const title = titleOf(doc);
  const docYear = docYearOf(doc);
  const p = periodOf(doc, title, docYear);
  const evaluation = /评估|实施情况|进展情况/.test(title ?? '');
  return { title, ...p, docYear, evaluation, periodGuessed: p.periodNote !== undefined };
}

export interface HeadingInfo {
  index?: number;
  past: boolean;
  year?: number;
}
const LOOKS_BACK = /回顾|现状|成就|进展|成效|形势|问题|机遇|以来|主要工作|情况|发展基础/;

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
