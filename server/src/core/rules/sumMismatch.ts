import { fmt } from '../quantity/quantity';
import type { Rule } from './context';
import type { ResolvedValue } from '../model/analysis';
import { valuesIn } from './util';

/** sum-mismatch: parts that do not add up to their total (±0.5%), or a subset larger than its total. */
export const sumMismatch: Rule = {
  code: 'sum-mismatch',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      if (!def.parts.length && !def.subsets.length) continue;
      const total = ctx.indicator(def);
      if (!total.unit) continue;
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
      for (const year of [...years].sort((a, b) => a - b)) {
        const totals = valuesIn(total, year).filter((v): v is ResolvedValue & { number: number } => v.number !== undefined);
        for (const tv of totals) {
          if (parts.length && parts.every(p => p)) {
            const values = parts.map(p => valuesIn(p!.r, year).find(v => v.number !== undefined));
            if (values.every(v => v)) {
              const sum = values.reduce((s, v, i) => s + v!.number! * parts[i]!.ratio, 0);
              if (Math.abs(sum - tv.number) > 0.005 * Math.abs(tv.number)) {
                const terms = values.map((v, i) => `${def.parts[i].id} ${fmt(v!.number! * parts[i]!.ratio)}`).join(' + ');
                ctx.report(tv.span, {
                  en: `in ${year} the parts add up to ${fmt(sum)} ${total.unit.text} (${terms}), but '${def.id}' is ${fmt(tv.number)} ${total.unit.text}`,
                  zh: `${year}年各分项之和为 ${fmt(sum)}${total.unit.text}（${terms}），但总量“${def.id}”为 ${fmt(tv.number)}${total.unit.text}`,
                });
              }
            }
          }
          for (const s of subsets) {
            const sv = s.res && valuesIn(s.res.r, year).find(v => v.number !== undefined);
            if (!sv) continue;
            const n = sv.number! * s.res!.ratio;
            if (n > tv.number * (1 + 1e-9)) {
              ctx.report(tv.span, {
                en: `in ${year} the subset '${s.id}' is ${fmt(n)} ${total.unit.text}, larger than its total '${def.id}' at ${fmt(tv.number)} ${total.unit.text}`,
                zh: `${year}年“其中”项“${s.id}”为 ${fmt(n)}${total.unit.text}，大于总量“${def.id}”的 ${fmt(tv.number)}${total.unit.text}`,
              });
            }
          }
        }
      }
    }
  },
};
