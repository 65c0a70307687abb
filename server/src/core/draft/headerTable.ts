/**
 * Tables read by their header row (the contract's *Drafting*): a run of at least two rows under a
 * header of three or more cells that names a year column or 指标 / 单位. Columns: name, unit, category,
 * years (base year → baseline, later → target, a 实现值 column or a year before the document's own →
 * actual), growth, attribute (约束性); 序号 and 进度 are ignored. Rows with fewer cells lack their
 * leading (spanning) cells and align to the header's right end.
 */
import { parseQuantity } from '../quantity/quantity';
import type { SourceDocument } from '../sources/document';
import { anchorInParagraph } from './anchors';
import { explainNumber, type Explain } from './explain';
import { type Cell, type Row, rowsOf } from './rows';
import type { DraftIndicator, DraftValue } from './types';

type Role = 'name' | 'unit' | 'category' | 'growth' | 'attr' | 'skip' | { year?: number; kind: 'value' | 'actual' };
export interface TableContext {
  period: [number, number];
  docYear?: number;
  explain?: Explain;
}
export interface HeaderTables {
  indicators: DraftIndicator[];
  /** Paragraphs that belong to a table (not read again as prose). */
  paras: Set<number>;
}

const YEAR = /(\d{4})\s*年/;
const EMPTY = /^(?:—+|-+|－+|／|\/|无|——)?$/;
const BRACKETED = /^([<>≤≥]=?|不低于|不超过|超过)?\s*[〔［[【]\s*([<>≤≥]=?)?\s*([0-9.]+)\s*[〕］\]】]$/;
const MARKS = /[★☆*＊①②③④⑤⑥⑦⑧⑨⑩]+/g;
const CHANGE_NAME = /(降低|下降|减少|提高)$/;

function roleOf(header: string, ctx: TableContext): Role {
  const h = header.replace(/\s/g, '');
  if (/^序号$|^编号$/.test(h) || /进度|完成率|完成比例/.test(h)) return 'skip';
  if (/^(?:类别|领域|分类|类型领域|维度)$/.test(h)) return 'category';
  if (/年均|增速|增长率（%）/.test(h) && !YEAR.test(h.replace(/\d{4}\s*[—–-]\s*\d{4}年/, ''))) return 'growth';
  if (/^(?:属性|指标属性|指标性质|性质|类型|指标类型)$/.test(h)) return 'attr';
  if (/^单位$|^计量单位$/.test(h)) return 'unit';
  const y = YEAR.exec(h);
  if (/实现|完成值|完成情况|实际/.test(h)) return { year: y ? Number(y[1]) : undefined, kind: 'actual' };
  if (y) return { year: Number(y[1]), kind: 'value' };
  if (/基期|基准|现状/.test(h)) return { year: ctx.period[0] - 1, kind: 'value' };
  if (/目标/.test(h)) return { year: ctx.period[1], kind: 'value' };
  if (/指标|名称|项目|内容/.test(h)) return 'name';
  return 'skip';
}

const isHeader = (r: Row) =>
  r.cells.length >= 3 &&
  (r.cells.some(c => /^\d{4}\s*年/.test(c.text)) ||
    r.cells.some(c => /^(?:主要)?指标(?:名称)?$|^单位$/.test(c.text))) &&
  !r.cells.some(c => /[。；]/.test(c.text));
const isSubHeader = (r: Row) => r.cells.length >= 1 && r.cells.every(c => /^\d{4}\s*年|^$|目标|基期|实现/.test(c.text));

export function readHeaderTables(doc: SourceDocument, ctx: TableContext): HeaderTables {
  const rows: Row[] = [];
  for (const p of doc.eachParagraph()) rows.push(...rowsOf(doc, p.index));
  const out: HeaderTables = { indicators: [], paras: new Set() };
  for (let i = 0; i < rows.length; i++) {
    if (!isHeader(rows[i])) continue;
    let names = rows[i].cells.map(c => c.text);
    let j = i + 1;
    if (rows[j] && isSubHeader(rows[j]) && rows[j].cells.length < names.length) {
      // Its empty cells say nothing of position (a run of tabs is one separator): only its years fill.
      names = mergeHeader(names, rows[j].cells.map(c => c.text).filter(Boolean));
      j++;
    } else if (rows[j] && isSubHeader(rows[j]) && rows[j].cells.length === names.length) {
      names = names.map((n, k) => n + rows[j].cells[k].text);
      j++;
    }
    const roles = names.map(n => roleOf(n, ctx));
    if (!roles.includes('name') || !roles.some(r => typeof r === 'object')) continue;
    const body: Row[] = [];
    for (; j < rows.length && rows[j].cells.length >= 2 && rows[j].cells.length <= names.length; j++)
      body.push(rows[j]);
    if (!body.length) continue;
    const unitNote = tableUnit(doc, rows[i].para);
    let category: string | undefined;
    for (const row of body) {
      const cells: (Cell | undefined)[] = Array(names.length - row.cells.length)
        .fill(undefined)
        .concat(row.cells);
      const cat = roles.indexOf('category');
      if (cat >= 0 && cells[cat]?.text) category = cells[cat]!.text;
      const ind = indicatorOf(doc, row.para, roles, cells, ctx, unitNote);
      if (ind) {
        if (category) ind.category = category;
        out.indicators.push(ind);
      }
    }
    for (let k = i; k < j; k++) out.paras.add(rows[k].para);
    markBinding(doc, out.indicators, body[body.length - 1].para);
    i = j - 1;
  }
  return out;
}

/** A second header row under spanning cells: its years fill, in order, the first row's value columns. */
function mergeHeader(top: string[], sub: string[]): string[] {
  const out = [...top];
  let k = 0;
  for (let c = 0; c < out.length && k < sub.length; c++) {
    const r = out[c];
    if (/年均|增速|属性|单位|指标|序号|类别|领域/.test(r) || YEAR.test(r)) continue;
    out[c] = `${sub[k++]}${r}`;
  }
  return out;
}

/** `（单位：亿元）` in the table's caption line, the paragraph before its header. */
function tableUnit(doc: SourceDocument, headerPara: number): string | undefined {
  for (const p of [headerPara, headerPara - 1, headerPara - 2]) {
    const m = /[（(]单位[：:]\s*([^）)]{1,10})[）)]/.exec(doc.paragraphText(p));
    if (m) return m[1].trim();
  }
  return undefined;
}

function indicatorOf(
  doc: SourceDocument,
  para: number,
  roles: Role[],
  cells: (Cell | undefined)[],
  ctx: TableContext,
  unitNote?: string,
): DraftIndicator | undefined {
  const nameCell = cells[roles.indexOf('name')];
  if (!nameCell?.text || /^注/.test(nameCell.text)) return undefined;
  let name = nameCell.text.replace(MARKS, '').trim();
  const bracket = /^(.+?)\s*[（(]([^（()）]{1,12})[）)]$/.exec(name);
  const unitCell = roles.includes('unit') ? cells[roles.indexOf('unit')]?.text : undefined;
  let unit = unitCell && !EMPTY.test(unitCell) ? unitCell : undefined;
  if (bracket && (!unit || bracket[2] === unit)) {
    name = bracket[1];
    unit = bracket[2];
  }
  unit = (unit ?? unitNote ?? '').replace(/^％$/, '%');
  const ind: DraftIndicator = { name, unit, direction: 'increase', targets: [], at: nameCell.start };
  if (/约束性/.test(roles.map((r, k) => (r === 'attr' ? (cells[k]?.text ?? '') : '')).join(''))) ind.type = '约束性';
  else if (roles.includes('attr') && /预期性/.test(cells[roles.indexOf('attr')]?.text ?? '')) ind.type = '预期性';
  ind.marked = /[★☆*＊]/.test(nameCell.text);
  const base = ctx.period[0] - 1;
  const yearsBefore = roles.flatMap(r =>
    typeof r === 'object' && r.year !== undefined && r.year <= base ? [r.year] : [],
  );
  const baseYear = yearsBefore.length ? Math.max(...yearsBefore) : undefined;
  roles.forEach((role, k) => {
    const cell = cells[k];
    if (!cell || EMPTY.test(cell.text.replace(MARKS, ''))) return;
    const text = cell.text.replace(MARKS, '').trim();
    const at = (): DraftValue['anchor'] => anchorInParagraph(doc, para, cell.start, cell.end, nameCell.start);
    if (role === 'growth') {
      if (!/[0-9]/.test(text)) return;
      ind.growth = { value: /%|％/.test(text) ? text : `${text}%`, anchor: at() };
      explainNumber(ctx.explain, cell, 'growth', `the table's growth column, row ${name}`);
      return;
    }
    if (typeof role !== 'object') return;
    const year = role.year ?? ctx.period[1];
    const bracketed = BRACKETED.exec(text);
    if (year < (baseYear ?? base) || (bracketed && year <= base)) {
      explainNumber(ctx.explain, cell, 'history', `column ${year} is before the base year`);
      return;
    }
    if (year > ctx.period[1]) {
      explainNumber(ctx.explain, cell, 'left out', `column ${year} is after the period`);
      return;
    }
    if (year <= base) {
      if (!quantity(text)) return;
      ind.baseline = { value: text, year, anchor: at() };
      explainNumber(ctx.explain, cell, 'baseline', `the table's base-year column (${year}), row ${name}`);
      return;
    }
    const actual = role.kind === 'actual' || (ctx.docYear !== undefined && year < ctx.docYear);
    if (bracketed) {
      const cmp = bracketed[1] ?? bracketed[2] ?? '';
      const change = CHANGE_NAME.exec(ind.name);
      if (change && !actual) {
        ind.name = ind.name.slice(0, -change[1].length);
        ind.direction = /提高/.test(change[1]) ? 'increase' : 'decrease';
        ind.words = change[1];
        const sign = ind.direction === 'decrease' ? '-' : '+';
        const unitText = ind.unit === '%' || /%/.test(ind.unit) ? '%' : '';
        ind.targets.push({ field: 'change', value: `${sign}${bracketed[3]}${unitText}`, year, anchor: at() });
        explainNumber(
          ctx.explain,
          cell,
          'target',
          `〔〕 under a name ending in ${change[1]}: a change over the period`,
        );
      } else if (!actual) {
        ind.cumulative = ctx.period[1] - ctx.period[0] + 1;
        ind.targets.push({
          field: 'value',
          value: `${cmp}${cmp ? ' ' : ''}${bracketed[3]}`,
          year: ctx.period[1],
          anchor: at(),
        });
        explainNumber(ctx.explain, cell, 'target', "〔〕 under a flow: the period's total, in its last year");
      }
      return;
    }
    if (!quantity(text)) {
      if (!actual && /[\u4e00-\u9fff]{2,}/.test(text))
        ind.targets.push({ field: 'text', value: text, year, anchor: at() });
      return;
    }
    const v: DraftValue & { field: 'value' } = { field: 'value', value: text, year, anchor: at() };
    if (actual) {
      (ind.actuals ??= []).push(v);
      explainNumber(
        ctx.explain,
        cell,
        'actual',
        `${role.kind === 'actual' ? 'a 实现值 column' : `${year} is before the document's year`}`,
      );
    } else {
      ind.targets.push(v);
      explainNumber(ctx.explain, cell, 'target', `the table's ${year} column, row ${name}`);
    }
  });
  if (ind.cumulative) ind.name = `${ind.name}（${ind.cumulative}年累计）`;
  if (!ind.targets.length && !ind.growth) return undefined;
  return ind;
}

function quantity(text: string): boolean {
  if (!/[0-9]/.test(text) || text.length > 16) return false;
  const r = parseQuantity(text, 'value', undefined);
  return r.ok && r.quantity.unknown === undefined;
}

/** A name marked ★ or * is binding where the table's note says so (`带★的为约束性指标`). */
function markBinding(doc: SourceDocument, inds: DraftIndicator[], lastPara: number): void {
  let note = '';
  for (let p = lastPara + 1; p <= Math.min(doc.paragraphCount, lastPara + 3); p++) note += doc.paragraphText(p);
  if (!/[★*＊].{0,12}约束性/.test(note)) return;
  for (const i of inds) if (i.marked && !i.type) i.type = '约束性';
}
