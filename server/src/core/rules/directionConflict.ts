import { intersects } from '../quantity/quantity';
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
      // increase: the target's highest admitted value at or below the baseline's lowest (equal conflicts).
      const against = (T: typeof B) => dir === 'increase' ? T.hi <= B.lo : dir === 'decrease' ? T.lo >= B.hi
        : dir === 'maintain' ? !intersects(T, B) : false;
      for (const t of r.targets) {
        const T = t.value?.interval;
        if (!T || !against(T)) continue;
        const tv = showValue(t.value, r.unit), bv = showValue(r.baseline!.value, r.unit);
        const same = T.lo === T.hi && B.lo === B.hi && T.lo === B.lo;
        const [en, zh] = same ? ['equal to', '等于'] : dir === 'increase' ? ['below', '低于']
          : dir === 'decrease' ? ['above', '高于'] : ['away from', '偏离'];
        const dirZh = { increase: '增加', decrease: '减少', maintain: '保持' }[dir];
        ctx.report(t.value!.span, {
          en: `the ${t.year ?? ''} target ${tv} is ${en} the baseline ${bv}${r.baselineYear ? ` (${r.baselineYear})` : ''}, but '${def.id}' should ${dir}`,
          zh: `${t.year ?? ''}年目标 ${tv} ${zh}基期值 ${bv}${r.baselineYear ? `（${r.baselineYear}年）` : ''}，但指标“${def.id}”的方向是${dirZh}`,
        });
      }
    }
  },
};
