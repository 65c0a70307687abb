import { defineRule } from './define';
import { nameOf } from '../model/names';

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
  check(ctx) {
    const p = ctx.file.meta?.period;
    if (!p?.first || !p.last || p.last.value < p.first.value) return;
    const [first, last] = [p.first.value, p.last.value];
    const outside = (y: number) => y < first || y > last;
    for (const def of ctx.file.indicators.values()) {
      for (const t of def.targets) {
        if (!t.year || !outside(t.year.value)) continue;
        ctx.report(t.year.span, 'targetYear', { year: t.year.value, name: nameOf(def, ctx.scope), first, last });
      }
    }
    for (const task of ctx.file.tasks.values()) {
      if (!task.due || !outside(task.due.value)) continue;
      ctx.report(task.due.span, 'taskDue', { name: nameOf(task, ctx.scope), year: task.due.value, first, last });
    }
  },
});
