import type { Rule } from './context';
import { nameOf } from './names';

/** target-outside-period: a target year or a task's due year outside plan.period. */
export const targetOutsidePeriod: Rule = {
  code: 'target-outside-period',
  check(ctx) {
    const p = ctx.file.meta?.period;
    if (!p?.first || !p.last || p.last.value < p.first.value) return;
    const [a, b] = [p.first.value, p.last.value];
    const outside = (y: number) => y < a || y > b;
    for (const def of ctx.file.indicators.values()) {
      for (const t of def.targets) {
        if (!t.year || !outside(t.year.value)) continue;
        const n = nameOf(def, ctx.scope);
        ctx.report(t.year.span, {
          en: `target year ${t.year.value} of ${n.en} lies outside the plan period ${a}–${b}`,
          zh: `指标${n.zh}的目标年份${t.year.value}年超出规划期（${a}—${b}年）`,
        });
      }
    }
    for (const task of ctx.file.tasks.values()) {
      if (!task.due || !outside(task.due.value)) continue;
      const n = nameOf(task, ctx.scope);
      ctx.report(task.due.span, {
        en: `task ${n.en} is due in ${task.due.value}, outside the plan period ${a}–${b}`,
        zh: `任务${n.zh}的完成时限${task.due.value}年超出规划期（${a}—${b}年）`,
      });
    }
  },
};
