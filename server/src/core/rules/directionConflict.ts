import type { Msg } from '../diagnostics';
import { showValueMsg } from '../model/show';
import { intersects } from '../quantity/quantity';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/** What the indicator should do, in the words of the Chinese message. */
const DIRECTION_ZH: Record<string, string> = { increase: '提高', decrease: '降低', maintain: '保持稳定' };

/** direction-conflict: a target that moves against the indicator's direction. */
export const directionConflict = defineRule({
  meta: {
    code: 'direction-conflict',
    severity: 'error',
    summary: { en: "A target moves against the indicator's direction", zh: '目标值与指标方向相反' },
    messages: {
      // {relation}: equal to, below, above, away from; {since}: the baseline year, when known.
      against: {
        en: 'the target {value} is {relation} the baseline {baseline}{since}, but {name} should {direction}',
        zh: '目标值{value}{relation}基期值{baseline}{since}，但指标{name}应{direction}',
      },
      againstInYear: {
        en: 'the {year} target {value} is {relation} the baseline {baseline}{since}, but {name} should {direction}',
        zh: '{year}年目标值{value}{relation}基期值{baseline}{since}，但指标{name}应{direction}',
      },
    },
  },
  each: {
    indicator(ctx, def) {
      const dir = def.direction?.value;
      const r = ctx.indicator(def);
      const B = r.baseline?.value?.interval;
      if (!B || !dir) return;
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
        const same = T.lo === T.hi && B.lo === B.hi && T.lo === B.lo;
        const relation: Msg = same
          ? { en: 'equal to', zh: '等于' }
          : dir === 'increase'
            ? { en: 'below', zh: '低于' }
            : dir === 'decrease'
              ? { en: 'above', zh: '高于' }
              : { en: 'away from', zh: '偏离' };
        const values = {
          value: showValueMsg(t.value, r.unit),
          relation,
          baseline: showValueMsg(r.baseline!.value, r.unit),
          since: r.baselineYear ? { en: ` (${r.baselineYear})`, zh: `（${r.baselineYear}年）` } : '',
          name: nameOf(def, ctx.scope),
          direction: { en: dir, zh: DIRECTION_ZH[dir] },
        };
        if (t.year !== undefined) ctx.report(t.value!.span, 'againstInYear', { ...values, year: t.year });
        else ctx.report(t.value!.span, 'against', values);
      }
    },
  },
});
