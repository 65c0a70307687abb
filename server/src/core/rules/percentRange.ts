import { intersects, fmt } from '../quantity/quantity';
import type { Rule } from './context';
import { quantityOf } from './util';

const SHARE_RANGE = { lo: 0, hi: 100, loOpen: false, hiOpen: false };

/** percent-range: a share outside 0..100 (or admitting nothing in it); a funding rate outside (0, 100]. */
export const percentRange: Rule = {
  code: 'percent-range',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const r = ctx.indicator(def);
      if (r.unit?.dim !== 'share') continue;
      const points = [r.baseline, ...r.targets];
      for (const p of points) {
        const v = p?.value;
        if (!v || v.fromChange || v.number === undefined || !v.interval) continue;
        if (v.number < 0 || v.number > 100 || !intersects(v.interval, SHARE_RANGE)) {
          ctx.report(v.span, { en: `${fmt(v.number)}% is not a share: '${def.id}' is in %, so its values lie in 0..100`, zh: `${fmt(v.number)}% 不是有效比重：指标“${def.id}”以 % 计，取值应在 0～100 之间` });
        }
      }
    }
    for (const f of ctx.file.funding.values()) {
      if (!f.rate) continue;
      const q = quantityOf(f.rate, 'rate');
      if (!q || (q.unit && q.unit.dim !== 'share')) continue;
      if (q.number <= 0 || q.number > 100) {
        ctx.report(f.rate.span, { en: `a funding rate of ${fmt(q.number)}% lies outside (0, 100]`, zh: `资金比例 ${fmt(q.number)}% 超出 (0, 100] 范围` });
      }
    }
  },
};
