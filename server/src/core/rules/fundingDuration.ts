import { defineRule } from './define';
import { nameOf } from '../model/names';

/** funding-duration: payments that run past the plan period (start_year + duration_years - 1 > last year). */
export const fundingDuration = defineRule({
  meta: {
    code: 'funding-duration',
    severity: 'warning',
    summary: { en: 'Payments run past the plan period', zh: '资金支持期限超出规划期' },
    messages: {
      pastPeriod: {
        en: "{name} pays for {years} years from {start}, until {end}, past the plan period's last year {last}",
        zh: '资金条款{name}自{start}年起支持{years}年，至{end}年，超出规划期（截至{last}年）',
      },
    },
  },
  each: {
    funding(ctx, f) {
      const period = ctx.file.meta?.period;
      const last = period?.last?.value;
      if (last === undefined) return;
      if (!f.durationYears) return;
      const start = f.startYear?.value ?? period?.first?.value;
      if (start === undefined) return;
      const end = start + f.durationYears.value - 1;
      if (end <= last) return;
      const values = { name: nameOf(f, ctx.scope), years: f.durationYears.value, start, end, last };
      ctx.report(f.durationYears.span, 'pastPeriod', values);
    },
  },
});
