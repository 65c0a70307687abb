import { intersects } from '../quantity/quantity';
import type { Rule } from './context';
import { showValue, showValueZh } from './util';
import { nameOf } from './names';

/** target-conflict: two targets for the same indicator and year that admit no common value. */
export const targetConflict: Rule = {
  code: 'target-conflict',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const r = ctx.indicator(def);
      const ts = r.targets.filter(t => t.year !== undefined && t.value?.interval);
      for (let i = 1; i < ts.length; i++) {
        const clash = ts
          .slice(0, i)
          .find(e => e.year === ts[i].year && !intersects(e.value!.interval!, ts[i].value!.interval!));
        if (clash) {
          const n = nameOf(def, ctx.scope);
          const a = showValue(clash.value, r.unit),
            b = showValue(ts[i].value, r.unit);
          const aZh = showValueZh(clash.value, r.unit),
            bZh = showValueZh(ts[i].value, r.unit);
          ctx.report(ts[i].value!.span, {
            en: `${n.en} has two ${ts[i].year} targets that admit no common value: ${a} and ${b}`,
            zh: `指标${n.zh}${ts[i].year}年的两个目标值${aZh}与${bZh}互相矛盾`,
          });
        }
      }
    }
  },
};
