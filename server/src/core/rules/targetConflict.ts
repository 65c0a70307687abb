import { showValueMsg } from '../model/show';
import { intersects, type Interval } from '../quantity/quantity';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/**
 * Every bound taken as closed (revision 4): a strict bound and a bare number at the same boundary
 * restate each other, as a table's bare cell `4300` restates the prose's `突破4300万`.
 */
/** Closed, and wide by a rounding error: 1.15亿 and 11500万 are one number, whatever floating point says. */
const closed = (i: Interval): Interval => ({
  lo: i.lo - Math.abs(i.lo) * 1e-9,
  hi: i.hi + Math.abs(i.hi) * 1e-9,
  loOpen: false,
  hiOpen: false,
});

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
  each: {
    indicator(ctx, def) {
      const r = ctx.indicator(def);
      const ts = r.targets.filter(t => t.year !== undefined && t.value?.interval);
      for (let i = 1; i < ts.length; i++) {
        const clash = ts
          .slice(0, i)
          .find(e => e.year === ts[i].year && !intersects(closed(e.value!.interval!), closed(ts[i].value!.interval!)));
        if (clash) {
          ctx.report(ts[i].value!.span, 'noCommonValue', {
            name: nameOf(def, ctx.scope),
            year: ts[i].year!,
            first: showValueMsg(clash.value, r.unit),
            second: showValueMsg(ts[i].value, r.unit),
          });
        }
      }
    },
  },
});
