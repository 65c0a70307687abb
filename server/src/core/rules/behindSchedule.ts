import { evaluateIndicator } from '../model/monitoring';
import { nameOf } from '../model/names';
import { showValueMsg, tightComparator } from '../model/show';
import { fmt, showInterval } from '../quantity/quantity';
import { defineRule, longText } from './define';

/**
 * behind-schedule (contract revision 4, *Monitoring: actuals*): an actual short of its path (compound
 * where a growth in % is stated, else linear), of the values its target admits (`maintain`, rates of
 * change), or of the stated growth. The comparison itself lives in model/monitoring.ts, shared with
 * the report and the editor.
 */
export const behindSchedule = defineRule({
  meta: {
    code: 'behind-schedule',
    severity: 'warning',
    summary: { en: 'An actual falls behind its path, or its target', zh: '实现值滞后于进度或目标' },
    messages: {
      path: {
        en: longText(
          '{name} was {actual} in {year}, behind the path from {start} ({from}) to {target} ({to}), ',
          'which reaches {expected} in {year}',
        ),
        zh: '指标{name}{year}年实现{actual}，滞后于由{from}年{start}到{to}年{target}的进度（{year}年应达到{expected}）',
      },
      afterTarget: {
        en: '{name} was {actual} in {year}, short of its {to} target {target}',
        zh: '指标{name}{year}年实现{actual}，仍未达到{to}年目标{target}',
      },
      band: {
        en: '{name} was {actual} in {year}, outside its {to} target {target}',
        zh: '指标{name}{year}年实现{actual}，偏离{to}年目标{target}',
      },
      growth: {
        en: '{name} grew {actual} a year up to {year}, short of the stated {stated}',
        zh: '指标{name}至{year}年年均增长{actual}，低于规划年均增长{stated}',
      },
    },
  },
  each: {
    indicator(ctx, def) {
      const tol = { schedule: ctx.scheduleTolerance, growth: ctx.tolerance };
      const r = ctx.indicator(def);
      const unit = r.unit?.text ?? '';
      const name = nameOf(def, ctx.scope);
      for (const a of evaluateIndicator(r, tol).actuals) {
        if (!a.behind) continue;
        const c = a.comparison;
        const year = a.year;
        const actual = showValueMsg(a.point.value, r.unit);
        const span = (a.point.def.value ?? a.point.def.change ?? a.point.def.growth ?? a.point.def).span;
        if (c.kind === 'path') {
          const target = showValueMsg(c.to.point?.value, r.unit);
          if (c.after) ctx.report(span, 'afterTarget', { name, actual, year, to: c.to.year, target });
          else {
            const start = `${fmt(c.from.value, 2)}${unit}`;
            const expected = `${fmt(c.expected, 2)}${unit}`;
            ctx.report(span, 'path', { name, actual, year, start, from: c.from.year, target, to: c.to.year, expected });
          }
        } else if (c.kind === 'band') {
          ctx.report(span, 'band', {
            name,
            actual,
            year,
            to: c.to.year,
            target: showValueMsg(c.to.point.value, r.unit),
          });
        } else if (c.kind === 'growth') {
          const u = c.linear ? '百分点' : '%';
          const show = (i: typeof c.stated) => tightComparator(showInterval(i, u, 2));
          ctx.report(span, 'growth', { name, year, actual: show(c.actual), stated: show(c.stated) });
        }
      }
    },
  },
});
