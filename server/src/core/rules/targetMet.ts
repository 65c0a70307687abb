import { evaluateIndicator } from '../model/monitoring';
import { nameOf } from '../model/names';
import { showValueMsg } from '../model/show';
import { defineRule } from './define';

/**
 * target-met (contract revision 4, *Monitoring: actuals*): an actual that already meets a target of a
 * later year; one finding per actual, naming the latest target it meets. Not for `maintain` or rates
 * of change (model/monitoring.ts decides).
 */
export const targetMet = defineRule({
  meta: {
    code: 'target-met',
    severity: 'info',
    summary: { en: 'An actual already meets a target of a later year', zh: '实现值已提前达到以后年份的目标' },
    messages: {
      met: {
        en: '{name} was {actual} in {year}: its {to} target {target} is already met',
        zh: '指标{name}{year}年实现{actual}，已提前达到{to}年目标{target}',
      },
    },
  },
  each: {
    indicator(ctx, def) {
      const tol = { schedule: ctx.scheduleTolerance, growth: ctx.tolerance };
      const r = ctx.indicator(def);
      for (const a of evaluateIndicator(r, tol).actuals) {
        if (!a.meets || !a.point.value) continue;
        ctx.report(a.point.value.span, 'met', {
          name: nameOf(def, ctx.scope),
          actual: showValueMsg(a.point.value, r.unit),
          year: a.year,
          to: a.meets.year!,
          target: showValueMsg(a.meets.value, r.unit),
        });
      }
    },
  },
});
