import { showValueMsg } from '../model/show';
import { intersects } from '../quantity/quantity';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/** target-conflict: two targets for the same indicator and year that admit no common value. */
export const targetConflict = defineRule({
  meta: {
    code: 'target-conflict',
    severity: 'error',
    summary: { en: 'Two targets for the same year admit no common value', zh: '同一年的两个目标互相矛盾' },
    messages: {
      noCommonValue: {
        en: '{name} has two {year} targets that admit no common value: {first} and {second}',
        zh: '指标{name}{year}年的两个目标值{first}与{second}互相矛盾',
      },
    },
  },
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const r = ctx.indicator(def);
      const ts = r.targets.filter(t => t.year !== undefined && t.value?.interval);
      for (let i = 1; i < ts.length; i++) {
        const clash = ts
          .slice(0, i)
          .find(e => e.year === ts[i].year && !intersects(e.value!.interval!, ts[i].value!.interval!));
        if (clash) {
          ctx.report(ts[i].value!.span, 'noCommonValue', {
            name: nameOf(def, ctx.scope),
            year: ts[i].year!,
            first: showValueMsg(clash.value, r.unit),
            second: showValueMsg(ts[i].value, r.unit),
          });
        }
      }
    }
  },
});
