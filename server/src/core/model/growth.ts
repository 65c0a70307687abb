/** The growth a baseline and a target imply, as an interval: one formula for the rule, hovers, hints and the report. */
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { fmt, type Interval } from '../quantity/quantity';
import type { ResolvedIndicator, ResolvedPoint } from './analysis';

export interface ImpliedGrowth {
  kind: 'compound' | 'linear';
  /** In % a year (compound) or percentage points a year (linear). */
  interval: Interval;
  exact: boolean;
  from: number;
  to: number;
  years: number;
  last: ResolvedPoint;
}

export function impliedGrowth(
  r: ResolvedIndicator,
  kind: 'compound' | 'linear' = r.growth?.kind ?? 'compound',
): ImpliedGrowth | undefined {
  const b = r.baseline?.value,
    y0 = r.baselineYear;
  if (!b?.interval || y0 === undefined) return undefined;
  const last = r.targets
    .filter(t => t.year !== undefined && t.year > y0 && t.value?.interval)
    .reduce<ResolvedPoint | undefined>((a, t) => (!a || t.year! >= a.year! ? t : a), undefined);
  if (!last) return undefined;
  const n = last.year! - y0;
  if (kind === 'linear' && r.unit?.dim !== 'share' && r.unit?.dim !== 'pp') return undefined;
  const interval = paceBetween(b.interval, last.value!.interval!, n, kind);
  if (!interval) return undefined;
  return {
    kind,
    interval,
    exact: Math.abs(interval.hi - interval.lo) < 1e-9,
    from: y0,
    to: last.year!,
    years: n,
    last,
  };
}

/**
 * The yearly pace from a baseline to a target `years` later: compound (% a year) or linear
 * (percentage points a year). An end the values leave open stays open (never -100% or infinity).
 */
export function paceBetween(
  B: Interval,
  T: Interval,
  years: number,
  kind: 'compound' | 'linear',
): Interval | undefined {
  if (years <= 0) return undefined;
  if (kind === 'linear') return { lo: (T.lo - B.hi) / years, hi: (T.hi - B.lo) / years, loOpen: false, hiOpen: false };
  if (B.lo <= 0) return undefined; // compound growth from zero or below means nothing
  const rate = (t: number, base: number) => ((t / base) ** (1 / years) - 1) * 100;
  return {
    lo: T.lo <= 0 ? -Infinity : rate(T.lo, B.hi),
    hi: T.hi === Infinity ? Infinity : rate(T.hi, B.lo),
    loOpen: false,
    hiOpen: false,
  };
}

/** The value a yearly pace gives `years` after a baseline: the inverse of `paceBetween` for one number. */
export function valueAfter(base: number, pace: number, years: number, kind: 'compound' | 'linear'): number {
  return kind === 'compound' ? base * (1 + pace / 100) ** years : base + pace * years;
}

/** How Chinese plans state the pace of an indicator: shares in 百分点 a year, the rest in % a year. */
export const paceKind = (dim: string | undefined): 'compound' | 'linear' =>
  dim === 'share' || dim === 'pp' ? 'linear' : 'compound';

/** A pace for a reader: `+12.3%/yr`, `≥ +1.4 pp/yr`; `年均+12.3%`, `年均提高≥1.4个百分点`. */
export function showPace(i: Interval, kind: 'compound' | 'linear', locale: Locale): string {
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${fmt(n, 1)}`;
  const span =
    i.lo === i.hi || Math.abs(i.hi - i.lo) < 1e-9
      ? signed(i.lo)
      : i.hi === Infinity
        ? `≥ ${signed(i.lo)}`
        : i.lo === -Infinity
          ? `≤ ${signed(i.hi)}`
          : `${signed(i.lo)}…${signed(i.hi)}`;
  return t(locale, kind === 'linear' ? 'pace.linear' : 'pace.compound', { span });
}
