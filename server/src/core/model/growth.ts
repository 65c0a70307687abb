/** The growth a baseline and the last target imply, as an interval (one place for the rule and hovers). */
import type { Interval } from '../quantity/quantity';
import type { ResolvedIndicator, ResolvedPoint } from './analysis';

export interface ImpliedGrowth {
  kind: 'compound' | 'linear';
  /** In % a year (compound) or percentage points a year (linear). */
  interval: Interval;
  exact: boolean;
  from: number; to: number; years: number;
  last: ResolvedPoint;
}

export function impliedGrowth(r: ResolvedIndicator, kind: 'compound' | 'linear' = r.growth?.kind ?? 'compound'): ImpliedGrowth | undefined {
  const b = r.baseline?.value, y0 = r.baselineYear;
  if (!b?.interval || y0 === undefined) return undefined;
  const last = r.targets.filter(t => t.year !== undefined && t.year > y0 && t.value?.interval)
    .reduce<ResolvedPoint | undefined>((a, t) => !a || t.year! >= a.year! ? t : a, undefined);
  if (!last) return undefined;
  const n = last.year! - y0, B = b.interval, T = last.value!.interval!;
  let interval: Interval;
  if (kind === 'compound') {
    if (B.lo <= 0) return undefined; // compound growth from zero or below means nothing
    const rate = (t: number, base: number) => t <= 0 ? -100 : (Math.pow(t / base, 1 / n) - 1) * 100;
    interval = { lo: rate(T.lo, B.hi), hi: T.hi === Infinity ? Infinity : rate(T.hi, B.lo), loOpen: false, hiOpen: false };
  } else {
    if (r.unit?.dim !== 'share' && r.unit?.dim !== 'pp') return undefined;
    interval = { lo: (T.lo - B.hi) / n, hi: (T.hi - B.lo) / n, loOpen: false, hiOpen: false };
  }
  return { kind, interval, exact: Math.abs(interval.hi - interval.lo) < 1e-9, from: y0, to: last.year!, years: n, last };
}
