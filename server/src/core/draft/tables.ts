/**
 * 专栏 tables that come one cell a paragraph: a header (指标, the base year, the target year, optionally
 * 年均增长(%), 指标类型), then rows of indicator（unit）, base value, target value, [growth], 预期性/约束性.
 */
import type { SourceDocument } from '../sources/document';
import { parseQuantity } from '../quantity/quantity';
import type { DraftAnchor, DraftIndicator } from './types';

export interface TableResult {
  indicators: DraftIndicator[];
  cells: Set<number>;
}

const YEAR_CELL = /^(\d{4})年$/;
const TYPE_CELL = /^(预期性|约束性)$/;
const HEADER_CELL = /^(?:指标|类型|指标类型|类别|属性|单位)$/;
const NAME_CELL = /^(.{2,40}?)\s*[（(]([^（()）]{1,12})[）)]$/;

export function readTables(doc: SourceDocument): TableResult {
  const cells = new Set<number>();
  const indicators: DraftIndicator[] = [];
  const n = doc.paragraphCount;
  const cell = (p: number) => doc.paragraphText(p).trim();
  for (let p = 1; p <= n; p++) {
    if (!YEAR_CELL.test(cell(p)) || !YEAR_CELL.test(cell(p + 1))) continue;
    const baseYear = Number(YEAR_CELL.exec(cell(p))![1]),
      targetYear = Number(YEAR_CELL.exec(cell(p + 1))![1]);
    let q = p + 2;
    const growthColumn = /年均增长|增速/.test(cell(q));
    if (growthColumn) q++;
    while (q <= n && HEADER_CELL.test(cell(q))) q++;
    let category = '';
    let pendingCategory = '';
    for (; q <= n; q++) {
      const text = cell(q);
      const name = NAME_CELL.exec(text);
      if (!name) {
        if (text.length > 12 || /[0-9]/.test(text)) break;
        if (!TYPE_CELL.test(text)) pendingCategory += text;
        continue;
      }
      if (pendingCategory) {
        category = pendingCategory;
        pendingCategory = '';
      }
      const values: { text: string; para: number }[] = [];
      let r = q + 1;
      for (; r <= n && values.length < 3 && !TYPE_CELL.test(cell(r)) && isQuantity(cell(r)); r++)
        values.push({ text: cell(r), para: r });
      const type = TYPE_CELL.exec(cell(r))?.[1] as DraftIndicator['type'];
      if (values.length < 2) continue;
      const anchor = (v: { text: string; para: number }): DraftAnchor =>
        doc.findQuote(v.text, undefined, 2).length === 1 ? { quote: v.text } : { quote: v.text, para: v.para };
      const unit = name[2].trim() === '%' || name[2].trim() === '％' ? '%' : name[2].trim();
      const ind: DraftIndicator = {
        name: name[1].trim(),
        unit,
        direction: 'increase',
        targets: [],
        at: doc.paragraph(q)!.start,
        ...(category ? { category } : {}),
        ...(type ? { type } : {}),
        baseline: { value: values[0].text, year: baseYear, anchor: anchor(values[0]) },
      };
      ind.targets.push({ field: 'value', value: values[1].text, year: targetYear, anchor: anchor(values[1]) });
      if (growthColumn && values[2]) ind.growth = { value: values[2].text, anchor: anchor(values[2]) };
      indicators.push(ind);
      for (let k = q; k <= (type ? r : r - 1); k++) cells.add(k);
      q = type ? r : r - 1;
    }
    for (let k = p; k < q; k++) cells.add(k);
    p = q;
  }
  return { indicators, cells };
}

function isQuantity(text: string): boolean {
  if (!text || text.length > 12 || !/[0-9]/.test(text)) return false;
  const r = parseQuantity(text, 'value', undefined);
  return r.ok && r.quantity.unknown === undefined;
}
