import { intersects, type Interval } from '../quantity/quantity';
import type { Rule } from './context';
import { showValue } from './util';

/** direction-conflict: a target that moves against the indicator's direction. */
export const directionConflict: Rule = {
  code: 'direction-conflict',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const dir = def.direction?.value;
      const r = ctx.indicator(def);
      const B = r.baseline?.value?.interval;
      if (!B || !dir) continue;
      const allowed: Interval | undefined =
        dir === 'increase' ? { lo: B.lo, hi: Infinity, loOpen: B.loOpen, hiOpen: true }
        : dir === 'decrease' ? { lo: -Infinity, hi: B.hi, loOpen: true, hiOpen: B.hiOpen }
        : dir === 'maintain' ? B : undefined;
      if (!allowed) continue;
      for (const t of r.targets) {
        const T = t.value?.interval;
        if (!T || intersects(T, allowed)) continue;
        const tv = showValue(t.value, r.unit), bv = showValue(r.baseline!.value, r.unit);
        const [en, zh] = dir === 'increase' ? ['below', '低于'] : dir === 'decrease' ? ['above', '高于'] : ['away from', '偏离'];
        const dirZh = { increase: '增加', decrease: '减少', maintain: '保持' }[dir];
        ctx.report(t.value!.span, {
          en: `the ${t.year ?? ''} target ${tv} is ${en} the baseline ${bv}${r.baselineYear ? ` (${r.baselineYear})` : ''}, but '${def.id}' should ${dir}`,
          zh: `${t.year ?? ''}年目标 ${tv} ${zh}基期值 ${bv}${r.baselineYear ? `（${r.baselineYear}年）` : ''}，但指标“${def.id}”的方向是${dirZh}`,
        });
      }
    }
  },
};
