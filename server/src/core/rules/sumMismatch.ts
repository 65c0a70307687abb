import type { ResolvedValue } from '../model/analysis';
import { actualsIn, valuesIn } from '../model/walk';
import { fmt, showInterval } from '../quantity/quantity';
import { defineRule } from './define';
import { byTotal } from '../model/groups';
import { nameOf, nameOfId } from '../model/names';

/** sum-mismatch: parts that do not add up to their total (±0.5%), or a subset larger than its total. */
export const sumMismatch = defineRule({
  meta: {
    code: 'sum-mismatch',
    severity: 'error',
    summary: {
      en: 'Parts do not add up to their total, or a subset exceeds its total',
      zh: '分项之和与总量不符，或“其中”项大于总量',
    },
    messages: {
      // {terms}: each part's name and value.
      partsSum: {
        en: 'in {year} the parts add up to {sum} ({terms}), but {name} is {total}',
        zh: '{year}年各分项之和为{sum}（{terms}），但总量{name}为{total}',
      },
      subsetAbove: {
        en: 'in {year} the subset {subset} is {value} {unit}, larger than its total {name} at {total} {unit}',
        zh: '{year}年“其中”项{subset}为{value}{unit}，大于总量{name}的{total}{unit}',
      },
    },
  },
  across: {
    groups: byTotal,
    check(ctx, group) {
      const def = group.joined[0];
      if (def.kind !== 'indicator') return;
      const total = ctx.indicator(def);
      if (!total.unit) return;
      const resolve = (id: string) => {
        const p = ctx.scope.items.get(id);
        if (p?.kind !== 'indicator') return undefined;
        const r = ctx.indicator(p);
        return r.unit && r.unit.dim === total.unit!.dim ? { r, ratio: r.unit.factor / total.unit!.factor } : undefined;
      };
      const parts = def.parts.map(p => resolve(p.id));
      const subsets = def.subsets.map(s => ({ id: s.id, res: resolve(s.id) }));
      const years = new Set<number>();
      if (total.baselineYear !== undefined && total.baseline?.value) years.add(total.baselineYear);
      for (const t of total.targets) if (t.year !== undefined) years.add(t.year);
      const unit = total.unit.text;
      // Planned values with planned values, actuals with actuals (the contract's order).
      const passes: [Set<number>, typeof valuesIn][] = [
        [years, valuesIn],
        [new Set(total.actuals.flatMap(a => (a.year === undefined ? [] : [a.year]))), actualsIn],
      ];
      for (const [inYears, valuesIn] of passes)
        for (const year of [...inYears].sort((a, b) => a - b)) {
          const totals = valuesIn(total, year).filter(
            (v): v is ResolvedValue & { number: number } => v.number !== undefined,
          );
          for (const tv of totals) {
            if (parts.length && parts.every(p => p)) {
              const values = parts.map(p => valuesIn(p!.r, year).find(v => v.number !== undefined));
              if (values.every(v => v)) {
                // A bound counts as its number, a range as its interval.
                const lo = values.reduce((s, v, i) => s + v!.number! * parts[i]!.ratio, 0);
                const hi = values.reduce((s, v, i) => s + (v!.high ?? v!.number!) * parts[i]!.ratio, 0);
                const tHi = tv.high ?? tv.number;
                if (Math.max(lo - tHi, tv.number - hi, 0) > 0.005 * Math.abs(tv.number)) {
                  const term = (v: ResolvedValue, r: number) =>
                    v.high !== undefined && v.high !== v.number
                      ? `${fmt(v.number! * r)}–${fmt(v.high * r)}`
                      : fmt(v.number! * r);
                  const partNames = def.parts.map(p => nameOfId(p.id, ctx.scope));
                  const terms = values.map((v, i) => `${partNames[i].en} ${term(v!, parts[i]!.ratio)}`).join(' + ');
                  const termsZh = values.map((v, i) => `${partNames[i].zh}${term(v!, parts[i]!.ratio)}`).join(' + ');
                  ctx.report(tv.span, 'partsSum', {
                    year,
                    sum: showInterval({ lo, hi, loOpen: false, hiOpen: false }, unit),
                    terms: { en: terms, zh: termsZh },
                    name: nameOf(def, ctx.scope),
                    total: showInterval({ lo: tv.number, hi: tHi, loOpen: false, hiOpen: false }, unit),
                  });
                }
              }
            }
            for (const s of subsets) {
              const sv = s.res && valuesIn(s.res.r, year).find(v => v.number !== undefined);
              if (!sv) continue;
              const n = sv.number! * s.res!.ratio;
              if (n > (tv.high ?? tv.number) * (1 + 1e-9)) {
                ctx.report(tv.span, 'subsetAbove', {
                  year,
                  subset: nameOfId(s.id, ctx.scope),
                  value: fmt(n),
                  unit,
                  name: nameOf(def, ctx.scope),
                  total: fmt(tv.number),
                });
              }
            }
          }
        }
    },
  },
});
