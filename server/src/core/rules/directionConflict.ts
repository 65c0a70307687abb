import { intersects } from '../quantity/quantity';
import type { Rule } from './context';
import { showValue, showValueZh } from './util';
import { nameOf } from './names';

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
      const against = (T: typeof B) =>
        dir === 'increase'
          ? T.hi <= B.lo
          : dir === 'decrease'
            ? T.lo >= B.hi
            : dir === 'maintain'
              ? !intersects(T, B)
              : false;
      for (const t of r.targets) {
        const T = t.value?.interval;
        if (!T || !against(T)) continue;
        const tv = showValue(t.value, r.unit),
          bv = showValue(r.baseline!.value, r.unit);
        const tvZh = showValueZh(t.value, r.unit),
          bvZh = showValueZh(r.baseline!.value, r.unit);
        const same = T.lo === T.hi && B.lo === B.hi && T.lo === B.lo;
        const [en, zh] = same
          ? ['equal to', '等于']
          : dir === 'increase'
            ? ['below', '低于']
            : dir === 'decrease'
              ? ['above', '高于']
              : ['away from', '偏离'];
        const dirZh = { increase: '提高', decrease: '降低', maintain: '保持稳定' }[dir];
        const n = nameOf(def, ctx.scope);
        const target =
          t.year !== undefined
            ? { en: `the ${t.year} target`, zh: `${t.year}年目标值` }
            : { en: 'the target', zh: '目标值' };
        const by = r.baselineYear ? { en: ` (${r.baselineYear})`, zh: `（${r.baselineYear}年）` } : { en: '', zh: '' };
        ctx.report(t.value!.span, {
          en: `${target.en} ${tv} is ${en} the baseline ${bv}${by.en}, but ${n.en} should ${dir}`,
          zh: `${target.zh}${tvZh}${zh}基期值${bvZh}${by.zh}，但指标${n.zh}应${dirZh}`,
        });
      }
    }
  },
};
