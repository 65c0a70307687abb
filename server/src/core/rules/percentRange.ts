import type { IndicatorDef } from '../model/types';
import { showValueMsg } from '../model/show';
import { quantityOf } from '../model/walk';
import { fmt, intersects, showInterval, type Interval } from '../quantity/quantity';
import { defineRule } from './define';
import { nameOf } from '../model/names';

/**
 * An indicator's bounds (contract revision 3, *Shares and rates*): its own `bounds`, else for a
 * share 0..100 (‰: 0..1000), except rates of change (增长率, 增速, 增幅: none) and rates that pass 100
 * in Chinese statistics (普及率, 完成率: 0 and up).
 */
function boundsOf(def: IndicatorDef, dim: string | undefined, factor: number): Interval | undefined {
  const lo = (n: number | undefined) => n ?? -Infinity,
    hi = (n: number | undefined) => n ?? Infinity;
  if (def.bounds) return { lo: lo(def.bounds.min), hi: hi(def.bounds.max), loOpen: false, hiOpen: false };
  if (dim !== 'share') return undefined;
  const name = def.name?.value ?? '';
  if (/增长率|增速|增幅/.test(name)) return undefined;
  const top = 100 / factor;
  return { lo: 0, hi: /普及率|完成率/.test(name) ? Infinity : top, loOpen: false, hiOpen: false };
}

/**
 * percent-range: a value any written end of which lies outside the indicator's bounds; a funding rate
 * outside (0, 100].
 */
export const percentRange = defineRule({
  meta: {
    code: 'percent-range',
    severity: 'error',
    summary: {
      en: 'A share lies outside 0..100, or a funding rate outside (0, 100]',
      zh: '比重超出0～100，或资金比例超出(0, 100]',
    },
    messages: {
      outsideBounds: {
        en: '{value} lies outside {bounds}, the bounds of {name}',
        zh: '指标{name}的数值{value}超出其取值范围（{bounds}）',
      },
      outsideShare: {
        en: '{value} lies outside {bounds}: {name} is a share',
        zh: '指标{name}的数值{value}超出比重的取值范围（{bounds}）',
      },
      rate: {
        en: 'a funding rate of {rate}% lies outside (0, 100]',
        zh: '资金比例{rate}%超出取值范围：应大于0且不超过100%',
      },
    },
  },
  each: {
    indicator(ctx, def) {
      const r = ctx.indicator(def);
      const bounds = boundsOf(def, r.unit?.dim, r.unit?.factor ?? 1);
      if (!bounds) return;
      const shown = showInterval(bounds, r.unit?.text ?? '');
      for (const p of [r.baseline, ...r.targets, ...r.actuals]) {
        const v = p?.value;
        if (!v || v.fromChange || v.number === undefined || !v.interval) continue;
        const ends = [v.number, v.high ?? v.number];
        if (ends.every(n => n >= bounds.lo && n <= bounds.hi) && intersects(v.interval, bounds)) continue;
        const values = { value: showValueMsg(v, r.unit), bounds: shown, name: nameOf(def, ctx.scope) };
        ctx.report(v.span, def.bounds ? 'outsideBounds' : 'outsideShare', values);
      }
    },
    funding(ctx, f) {
      if (!f.rate) return;
      const q = quantityOf(f.rate, 'rate', ctx.units);
      if (!q || (q.unit && q.unit.dim !== 'share')) return;
      if (q.number <= 0 || (q.hi ?? q.number) > 100) ctx.report(f.rate.span, 'rate', { rate: fmt(q.number) });
    },
  },
});
