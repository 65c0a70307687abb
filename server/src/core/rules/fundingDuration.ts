import type { Rule } from './context';
import { nameOf } from './names';

/** funding-duration: payments that run past the plan period (start_year + duration_years - 1 > last year). */
export const fundingDuration: Rule = {
  code: 'funding-duration',
  check(ctx) {
    const period = ctx.file.meta?.period;
    const last = period?.last?.value;
    if (last === undefined) return;
    for (const f of ctx.file.funding.values()) {
      if (!f.durationYears) continue;
      const start = f.startYear?.value ?? period?.first?.value;
      if (start === undefined) continue;
      const end = start + f.durationYears.value - 1;
      if (end <= last) continue;
      const n = nameOf(f, ctx.scope);
      ctx.report(f.durationYears.span, {
        en: `${n.en} pays for ${f.durationYears.value} years from ${start}, until ${end}, past the plan period's last year ${last}`,
        zh: `资金条款${n.zh}自${start}年起支持${f.durationYears.value}年，至${end}年，超出规划期（截至${last}年）`,
      });
    }
  },
};
