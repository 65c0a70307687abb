import type { Rule } from './context';

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
        if (t.year && outside(t.year.value)) ctx.report(t.year.span, { en: `target year ${t.year.value} of '${def.id}' lies outside the plan period ${a}–${b}`, zh: `指标“${def.id}”的目标年份 ${t.year.value} 超出规划期 ${a}—${b}` });
      }
    }
    for (const task of ctx.file.tasks.values()) {
      if (task.due && outside(task.due.value)) ctx.report(task.due.span, { en: `task '${task.id}' is due in ${task.due.value}, outside the plan period ${a}–${b}`, zh: `任务“${task.id}”的完成年份 ${task.due.value} 超出规划期 ${a}—${b}` });
    }
  },
};
