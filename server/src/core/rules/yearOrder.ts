import { defineRule } from './define';
import { nameOf } from '../model/names';

/** year-order: targets not after the baseline or out of order; a backwards period; a late baseline year. */
export const yearOrder = defineRule({
  meta: {
    code: 'year-order',
    severity: 'error',
    summary: { en: 'Years run backwards: targets, baseline, period', zh: '年份顺序错误（目标、基期、规划期）' },
    messages: {
      periodBackwards: {
        en: 'the period runs backwards: {first} to {last}',
        zh: '规划期起止年份颠倒：{first}年至{last}年',
      },
      lateBaseline: {
        en: "the baseline year {baseline} is not before the period's first year {first}",
        zh: '基期年份{baseline}年不早于规划期首年{first}年',
      },
      targetNotAfterBaseline: {
        en: 'target year {year} of {name} is not after its baseline year {baseline}',
        zh: '指标{name}的目标年份{year}年不晚于基期年份{baseline}年',
      },
      targetsOutOfOrder: {
        en: 'targets of {name} are not in year order: {year} comes after {latest}',
        zh: '指标{name}的目标未按年份顺序排列：{year}年排在{latest}年之后',
      },
      actualNotAfterBaseline: {
        en: 'actual year {year} of {name} is not after its baseline year {baseline}',
        zh: '指标{name}的实际值年份{year}年不晚于基期年份{baseline}年',
      },
      actualsOutOfOrder: {
        en: 'actuals of {name} are not in year order: {year} comes after {latest}',
        zh: '指标{name}的实际值未按年份顺序排列：{year}年排在{latest}年之后',
      },
    },
  },
  check(ctx) {
    const meta = ctx.file.meta;
    const first = meta?.period?.first,
      last = meta?.period?.last;
    if (first && last && last.value < first.value) {
      ctx.report(meta!.period!.span, 'periodBackwards', { first: first.value, last: last.value });
    }
    if (meta?.baselineYear && first && meta.baselineYear.value >= first.value) {
      ctx.report(meta.baselineYear.span, 'lateBaseline', { baseline: meta.baselineYear.value, first: first.value });
    }
  },
  each: {
    indicator(ctx, def) {
      const baseline = ctx.indicator(def).baselineYear;
      const name = nameOf(def, ctx.scope);
      let latest: number | undefined;
      for (const t of def.targets) {
        if (!t.year) continue;
        const year = t.year.value;
        if (baseline !== undefined && year <= baseline) {
          ctx.report(t.year.span, 'targetNotAfterBaseline', { year, name, baseline });
        } else if (latest !== undefined && year < latest) {
          ctx.report(t.year.span, 'targetsOutOfOrder', { name, year, latest });
        }
        latest = Math.max(latest ?? year, year);
      }
      let latestActual: number | undefined;
      for (const a of def.actuals) {
        if (!a.year) continue;
        const year = a.year.value;
        if (baseline !== undefined && year <= baseline) {
          ctx.report(a.year.span, 'actualNotAfterBaseline', { year, name, baseline });
        } else if (latestActual !== undefined && year < latestActual) {
          ctx.report(a.year.span, 'actualsOutOfOrder', { name, year, latest: latestActual });
        }
        latestActual = Math.max(latestActual ?? year, year);
      }
    },
  },
});
