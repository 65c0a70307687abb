import { showValueMsg } from '../model/show';
import { defineRule, longText } from './define';
import { nameOf } from '../model/names';

/** milestone-regression: taken in year order, a later milestone less ambitious than an earlier one. */
export const milestoneRegression = defineRule({
  meta: {
    code: 'milestone-regression',
    severity: 'error',
    summary: { en: 'A later milestone is less ambitious than an earlier one', zh: '后期目标低于前期目标' },
    messages: {
      belowEarlier: {
        en: longText(
          'the {year} milestone {value} is less ambitious than the {earlierYear} milestone {earlier} ',
          'for {name}, which should increase',
        ),
        zh: '指标{name}{year}年目标值{value}低于{earlierYear}年目标值{earlier}，后期目标不应低于前期',
      },
      aboveEarlier: {
        en: longText(
          'the {year} milestone {value} is less ambitious than the {earlierYear} milestone {earlier} ',
          'for {name}, which should decrease',
        ),
        zh: '指标{name}{year}年目标值{value}高于{earlierYear}年目标值{earlier}，后期目标不应高于前期',
      },
    },
  },
  each: {
    indicator(ctx, def) {
      const dir = def.direction?.value;
      if (dir !== 'increase' && dir !== 'decrease') return;
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
            ctx.report(t.value!.span, dir === 'increase' ? 'belowEarlier' : 'aboveEarlier', {
              year: t.year!,
              value: showValueMsg(t.value, r.unit),
              earlierYear: best.year!,
              earlier: showValueMsg(best.value, r.unit),
              name: nameOf(def, ctx.scope),
            });
            continue;
          }
        }
        if (!best || (dir === 'increase' ? n > end(best.value!) : n < end(best.value!))) best = t;
      }
    },
  },
});
