import { fmt, nearlyEqual } from '../quantity/quantity';
import { parseUnit, type Unit } from '../quantity/units';
import type { AnchorDef, Located } from '../model/types';
import type { TextNumber } from '../sources/document';
import type { Rule } from './context';
import { quantityOf } from './util';

interface Backed { field: Located<unknown>; unit?: Unit; magnitude?: boolean }

/** Whether a number in the text states the value: same number, read with its unit or scale word. */
export function backs(t: TextNumber, n: number, unit: Unit | undefined): boolean {
  if (t.unit) {
    if (!unit) return nearlyEqual(t.value, n);
    return t.unit.dim === unit.dim && nearlyEqual(t.value * t.unit.factor, n * unit.factor);
  }
  if (t.scale !== undefined) return nearlyEqual(t.value * t.scale, n * (unit?.prefix ?? 1));
  return nearlyEqual(t.value, n);
}

/** Each anchor of the file with the values it backs. */
function backings(ctx: Parameters<Rule['check']>[0]): [AnchorDef, Backed[]][] {
  const out: [AnchorDef, Backed[]][] = [];
  for (const ind of ctx.file.indicators.values()) {
    const unit = ind.unit ? parseUnit(ind.unit.value) : undefined;
    if (ind.baseline?.source && ind.baseline.value) out.push([ind.baseline.source, [{ field: ind.baseline.value, unit }]]);
    for (const t of ind.targets) {
      if (!t.source) continue;
      if (t.value) out.push([t.source, [{ field: t.value, unit }]]);
      else if (t.change) out.push([t.source, [{ field: t.change, unit: parseUnit('%'), magnitude: true }]]);
    }
    if (ind.growth?.source && ind.growth.value) out.push([ind.growth.source, [{ field: ind.growth.value, unit: parseUnit('%') }]]);
  }
  for (const f of ctx.file.funding.values()) {
    if (!f.source) continue;
    const money = [f.threshold, f.amount, f.amountMin, f.amountMax, ...f.caps.map(c => c.amount), ...f.tiers.map(t => t.amount)];
    const fields: Backed[] = money.filter((x): x is Located<unknown> => !!x).map(field => ({ field }));
    if (f.rate) fields.unshift({ field: f.rate, unit: parseUnit('%') });
    out.push([f.source, fields]);
  }
  return out;
}

/** source-value-drift: the anchored text states no number equal to the value it backs. */
export const sourceValueDrift: Rule = {
  code: 'source-value-drift',
  check(ctx) {
    for (const [anchor, fields] of backings(ctx)) {
      const r = ctx.anchor(anchor);
      if (r.status !== 'ok') continue;
      const numbers = r.matches.flatMap(m => r.doc.numbersIn(m));
      for (const b of fields) {
        const q = quantityOf(b.field);
        if (!q) continue;
        const unit = q.unit ?? (q.unitText ? undefined : b.unit);
        if (q.unitText && !q.unit) continue; // unit-unknown says it
        const n = b.magnitude ? Math.abs(q.number) : q.number;
        if (numbers.some(t => backs(t, n, unit))) continue;
        const stated = [...new Set(numbers.map(t => r.doc.text.slice(t.span.start, t.span.end)))].slice(0, 6);
        const where = `'${anchor.doc!.id}' ¶${r.matches[0].para}${anchor.quote ? ' (quoted text)' : ''}`;
        const whereZh = `“${anchor.doc!.id}”第 ${r.matches[0].para} 段${anchor.quote ? '（引文）' : ''}`;
        const value = `${fmt(n)}${q.unitText ?? unit?.text ?? ''}`;
        ctx.report(b.field.span, {
          en: `${where} states no number equal to ${value}${stated.length ? `; it states ${stated.join(', ')}` : ''}`,
          zh: `${whereZh}中没有与 ${value} 相符的数字${stated.length ? `；原文为 ${stated.join('、')}` : ''}`,
        });
      }
    }
  },
};
