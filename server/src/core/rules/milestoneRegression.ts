import type { Rule } from './context';
import { showValue, showValueZh } from './util';
import { nameOf } from './names';

/** milestone-regression: taken in year order, a later milestone less ambitious than an earlier one. */
export const milestoneRegression: Rule = {
  code: 'milestone-regression',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const dir = def.direction?.value;
      if (dir !== 'increase' && dir !== 'decrease') continue;
      const r = ctx.indicator(def);
      const ts = r.targets
        .filter(t => t.year !== undefined && t.value?.number !== undefined)
        .map((t, i) => ({ t, i }))
        .sort((a, b) => a.t.year! - b.t.year! || a.i - b.i)
        .map(x => x.t);
      let best: (typeof ts)[number] | undefined;
      // The end that measures ambition: the low end when increasing, the high end when decreasing.
      const end = (v: NonNullable<(typeof ts)[number]['value']>) =>
        dir === 'increase' ? v.number! : (v.high ?? v.number!);
      for (const t of ts) {
        const n = end(t.value!);
        if (best && t.year! > best.year!) {
          const worse = dir === 'increase' ? n < end(best.value!) : n > end(best.value!);
          if (worse) {
            const n = nameOf(def, ctx.scope),
              y0 = best.year;
            const v = showValue(t.value, r.unit),
              v0 = showValue(best.value, r.unit);
            const vZh = showValueZh(t.value, r.unit),
              v0Zh = showValueZh(best.value, r.unit);
            const [than, rule] = dir === 'increase' ? ['低于', '不应低于'] : ['高于', '不应高于'];
            ctx.report(t.value!.span, {
              en: `the ${t.year} milestone ${v} is less ambitious than the ${y0} milestone ${v0} for ${n.en}, which should ${dir}`,
              zh: `指标${n.zh}${t.year}年目标值${vZh}${than}${y0}年目标值${v0Zh}，后期目标${rule}前期`,
            });
            continue;
          }
        }
        if (!best || (dir === 'increase' ? n > end(best.value!) : n < end(best.value!))) best = t;
      }
    }
  },
};
