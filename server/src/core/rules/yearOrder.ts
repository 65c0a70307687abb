import type { Rule } from './context';
import { nameOf } from './names';

/** year-order: targets not after the baseline or out of order; a backwards period; a late baseline year. */
export const yearOrder: Rule = {
  code: 'year-order',
  check(ctx) {
    const meta = ctx.file.meta;
    const first = meta?.period?.first,
      last = meta?.period?.last;
    if (first && last && last.value < first.value) {
      ctx.report(meta!.period!.span, {
        en: `the period runs backwards: ${first.value} to ${last.value}`,
        zh: `规划期起止年份颠倒：${first.value}年至${last.value}年`,
      });
    }
    if (meta?.baselineYear && first && meta.baselineYear.value >= first.value) {
      ctx.report(meta.baselineYear.span, {
        en: `the baseline year ${meta.baselineYear.value} is not before the period's first year ${first.value}`,
        zh: `基期年份${meta.baselineYear.value}年不早于规划期首年${first.value}年`,
      });
    }
    for (const def of ctx.file.indicators.values()) {
      const base = ctx.indicator(def).baselineYear;
      const n = nameOf(def, ctx.scope);
      let latest: number | undefined;
      for (const t of def.targets) {
        if (!t.year) continue;
        const y = t.year.value;
        if (base !== undefined && y <= base) {
          ctx.report(t.year.span, {
            en: `target year ${y} of ${n.en} is not after its baseline year ${base}`,
            zh: `指标${n.zh}的目标年份${y}年不晚于基期年份${base}年`,
          });
        } else if (latest !== undefined && y < latest) {
          ctx.report(t.year.span, {
            en: `targets of ${n.en} are not in year order: ${y} comes after ${latest}`,
            zh: `指标${n.zh}的目标未按年份顺序排列：${y}年排在${latest}年之后`,
          });
        }
        latest = Math.max(latest ?? y, y);
      }
    }
  },
};
