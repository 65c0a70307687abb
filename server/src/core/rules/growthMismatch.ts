import { fmt, opText, showInterval, type Interval } from '../quantity/quantity';
import { impliedGrowth } from '../model/growth';
import type { Rule } from './context';
import { nameOf } from './names';

/**
 * growth-mismatch: the stated growth against the growth implied by the baseline and the last
 * target. With comparators, only what the bounds make impossible by more than the tolerance.
 */
/** A growth a fix may propose: never against the indicator's direction. */
const withDirection = (dir: string | undefined, g: number) =>
  dir === 'increase' ? g > 0 : dir === 'decrease' ? g < 0 : true;

export const growthMismatch: Rule = {
  code: 'growth-mismatch',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const r = ctx.indicator(def);
      const g = r.growth;
      const imp = g && impliedGrowth(r, g.kind);
      if (!g || !imp) continue;
      const I = imp.interval,
        G = g.interval;
      const gap = Math.max(G.lo - I.hi, I.lo - G.hi, 0);
      if (!(gap > ctx.tolerance + 1e-9)) continue;
      const u = g.kind === 'compound' ? '%' : ' 百分点',
        uZh = g.kind === 'compound' ? '%' : '个百分点';
      const [en, zh] = imp.exact
        ? [`implies ${fmt(I.lo, 1)}${u}`, `推算年均增长${fmt(I.lo, 1)}${uZh}`]
        : G.lo > I.hi
          ? [`allows at most ${fmt(I.hi, 1)}${u}`, `年均增长最多${fmt(I.hi, 1)}${uZh}`]
          : [`needs at least ${fmt(I.lo, 1)}${u}`, `年均增长至少${fmt(I.lo, 1)}${uZh}`];
      const show = (v: { interval?: Interval }) => showInterval(v.interval!).replace(/^([<>≤≥]) /, '$1');
      const stated = `${opText(g.quantity.op)}${g.quantity.number}${g.quantity.unitText}`;
      const bv = show(r.baseline!.value!),
        tv = show(imp.last.value!);
      const unit = r.unit ? ` ${r.unit.text}` : '',
        unitZh = r.unit?.text ?? '';
      const n = nameOf(def, ctx.scope);
      const statedZh = g.kind === 'compound' ? stated : stated.replace(/百分点$/, '个百分点');
      // What a quick fix needs: the growth the numbers give, and the target the stated growth gives.
      const B = r.baseline!.value!.interval!.lo,
        gv = g.quantity.number;
      const targetFromGrowth = g.kind === 'compound' ? B * Math.pow(1 + gv / 100, imp.years) : B + gv * imp.years;
      ctx.report(
        g.span,
        {
          en: `stated growth ${stated} a year for ${n.en}, but ${bv} → ${tv}${unit} over ${imp.from}–${imp.to} ${en}`,
          zh: `指标${n.zh}所述年均增长${statedZh}，但${imp.from}—${imp.to}年由${bv}到${tv}${unitZh}，${zh}`,
        },
        {
          impliedGrowth: imp.exact && withDirection(def.direction?.value, I.lo) ? Number(fmt(I.lo, 1)) : undefined,
          growthUnit: g.kind === 'compound' ? '%' : '百分点',
          targetFromGrowth: Number(fmt(targetFromGrowth, 2)),
          targetYear: imp.to,
          targetRange:
            imp.last.value && !imp.last.value.fromChange ? ctx.file.lines.rangeOf(imp.last.value.span) : undefined,
        },
      );
    }
  },
};
