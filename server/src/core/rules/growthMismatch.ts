import { fmt, opText, type Interval, type Op } from '../quantity/quantity';
import type { Rule } from './context';
import { showValue } from './util';

/**
 * growth-mismatch: the stated growth against the growth implied by the baseline and the last
 * target. With comparators, only what the bounds make impossible by more than the tolerance.
 */
export const growthMismatch: Rule = {
  code: 'growth-mismatch',
  check(ctx) {
    for (const def of ctx.file.indicators.values()) {
      const r = ctx.indicator(def);
      const g = r.growth, b = r.baseline?.value, y0 = r.baselineYear;
      if (!g || !b?.interval || y0 === undefined) continue;
      const last = r.targets.filter(t => t.year !== undefined && t.year > y0 && t.value?.interval)
        .reduce<(typeof r.targets)[number] | undefined>((a, t) => !a || t.year! >= a.year! ? t : a, undefined);
      if (!last) continue;
      const n = last.year! - y0, B = b.interval, T = last.value!.interval!;
      let implied: Interval;
      if (g.kind === 'compound') {
        if (B.lo <= 0) continue; // compound growth from zero or below means nothing
        const rate = (t: number, base: number) => t <= 0 ? -100 : (Math.pow(t / base, 1 / n) - 1) * 100;
        implied = { lo: rate(T.lo, B.hi), hi: T.hi === Infinity ? Infinity : rate(T.hi, B.lo), loOpen: false, hiOpen: false };
      } else {
        if (r.unit?.dim !== 'share' && r.unit?.dim !== 'pp') continue;
        implied = { lo: (T.lo - B.hi) / n, hi: (T.hi - B.lo) / n, loOpen: false, hiOpen: false };
      }
      const G = g.interval, tol = ctx.tolerance;
      const gap = Math.max(G.lo - implied.hi, implied.lo - G.hi, 0);
      if (!(gap > tol + 1e-9)) continue;
      const unitWord = g.kind === 'compound' ? '%' : ' 百分点';
      const exact = implied.lo === implied.hi || Math.abs(implied.hi - implied.lo) < 1e-9;
      const impliedEn = exact ? `implies ${fmt(implied.lo, 1)}${unitWord}`
        : G.lo > implied.hi ? `allows at most ${fmt(implied.hi, 1)}${unitWord}` : `needs at least ${fmt(implied.lo, 1)}${unitWord}`;
      const impliedZh = exact ? `推算年均增长为 ${fmt(implied.lo, 1)}${unitWord}`
        : G.lo > implied.hi ? `年均增长最多为 ${fmt(implied.hi, 1)}${unitWord}` : `年均增长至少为 ${fmt(implied.lo, 1)}${unitWord}`;
      const stated = showValue({ ...b, quantity: g.quantity, span: g.span }, undefined);
      const show = (v: { quantity: { op: Op }; number?: number }) => `${opText(v.quantity.op)}${fmt(v.number!)}`;
      const bv = show(b), tv = show(last.value!);
      const unit = r.unit ? ` ${r.unit.text}` : '';
      // What a quick fix needs: the growth the numbers give, and the target the stated growth gives.
      const gFix = g.quantity.number;
      const targetFromGrowth = g.kind === 'compound' ? B.lo * Math.pow(1 + gFix / 100, n) : B.lo + gFix * n;
      ctx.report(g.span, {
        en: `stated growth ${stated} a year, but ${bv} → ${tv}${unit} over ${y0}–${last.year} ${impliedEn}`,
        zh: `所述年均增长 ${stated}，但 ${y0}—${last.year} 年由 ${bv} 到 ${tv}${unit}${impliedZh}`,
      }, { impliedGrowth: exact ? Number(fmt(implied.lo, 1)) : undefined, growthUnit: g.kind === 'compound' ? '%' : '百分点', targetFromGrowth: Number(fmt(targetFromGrowth, 2)), targetYear: last.year });
    }
  },
};
