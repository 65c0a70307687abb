import type { PlanFile } from '../model/types';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/** The plan's period, when it has one that runs forward. */
function periodOf(file: PlanFile) {
  const p = file.meta?.period;
  if (!p?.first || !p.last || p.last.value < p.first.value) return undefined;
  const [first, last] = [p.first.value, p.last.value];
  return { first, last, outside: (y: number) => y < first || y > last };
}

/** target-outside-period: a target year or a task's due year outside plan.period. */
export const targetOutsidePeriod = defineRule({
  meta: {
    code: 'target-outside-period',
    severity: 'warning',
    summary: {
      en: 'A target year or task due year lies outside the plan period',
      zh: '目标年份或任务完成时限超出规划期',
    },
    messages: {
      targetYear: {
        en: 'target year {year} of {name} lies outside the plan period {first}–{last}',
        zh: '指标{name}的目标年份{year}年超出规划期（{first}—{last}年）',
      },
      taskDue: {
        en: 'task {name} is due in {year}, outside the plan period {first}–{last}',
        zh: '任务{name}的完成时限{year}年超出规划期（{first}—{last}年）',
      },
    },
  },
  each: {
    indicator(ctx, def) {
      const period = periodOf(ctx.file);
      if (!period) return;
      const { first, last, outside } = period;
      for (const t of def.targets) {
        if (!t.year || !outside(t.year.value)) continue;
        ctx.report(t.year.span, 'targetYear', { year: t.year.value, name: nameOf(def, ctx.scope), first, last });
      }
    },
    task(ctx, task) {
      const period = periodOf(ctx.file);
      if (!period) return;
      const { first, last, outside } = period;
      if (!task.due || !outside(task.due.value)) return;
      ctx.report(task.due.span, 'taskDue', { name: nameOf(task, ctx.scope), year: task.due.value, first, last });
    },
  },
});
