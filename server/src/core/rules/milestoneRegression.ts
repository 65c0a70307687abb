import type { Rule } from './context';
import { showValue } from './util';

/** milestone-regression: taken in year order, a later milestone less ambitious than an earlier one. */
export const milestoneRegression: Rule = {
  code: 'milestone-regression',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const dir = def.direction?.value;
      if (dir !== 'increase' && dir !== 'decrease') continue;
      const r = ctx.indicator(def);
      const ts = r.targets.filter(t => t.year !== undefined && t.value?.number !== undefined)
        .map((t, i) => ({ t, i })).sort((a, b) => a.t.year! - b.t.year! || a.i - b.i).map(x => x.t);
      let best: (typeof ts)[number] | undefined;
      // The end that measures ambition: the low end when increasing, the high end when decreasing.
      const end = (v: NonNullable<(typeof ts)[number]['value']>) => (dir === 'increase' ? v.number! : v.high ?? v.number!);
      for (const t of ts) {
        const n = end(t.value!);
        if (best && t.year! > best.year!) {
          const worse = dir === 'increase' ? n < end(best.value!) : n > end(best.value!);
          if (worse) {
            ctx.report(t.value!.span, {
              en: `the ${t.year} milestone ${showValue(t.value, r.unit)} is less ambitious than the ${best.year} milestone ${showValue(best.value, r.unit)} for '${def.id}', which should ${dir}`,
              zh: `指标“${def.id}”${t.year}年目标 ${showValue(t.value, r.unit)} 不及${best.year}年目标 ${showValue(best.value, r.unit)}`,
            });
            continue;
          }
        }
        if (!best || (dir === 'increase' ? n > end(best.value!) : n < end(best.value!))) best = t;
      }
    }
  },
};
