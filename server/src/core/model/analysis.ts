/**
 * Indicator values resolved once per check and shared by the numeric rules: each baseline and
 * target as an interval in the indicator's own unit, and the stated growth.
 */
import { parseQuantity, type Interval, type Quantity } from '../quantity/quantity';
import { likelyUnit } from '../quantity/likelyUnit';
import { parseUnit, type Unit, type UnitTable } from '../quantity/units';
import type { Span } from '../text/lineIndex';
import type { IndicatorDef, PlanFile, PointDef } from './types';

export interface ResolvedValue {
  span: Span;
  quantity: Quantity;
  /** Present when the value can be compared in the indicator's unit. */
  interval?: Interval;
  /** The written number in the indicator's unit ("bounds compared by their numbers"); a range's low end. */
  number?: number;
  /** A range's high end in the indicator's unit; else the number. */
  high?: number;
  /** The value as written. */
  raw: unknown;
  /** The unit it is checked as, where its own was not understood but one was likely meant. */
  assumedUnit?: string;
  fromChange: boolean;
}
export interface ResolvedPoint {
  def: PointDef;
  year?: number;
  value?: ResolvedValue;
}
export interface ResolvedGrowth {
  span: Span;
  quantity: Quantity;
  /** Compound (a % a year) or linear (百分点 a year). */
  kind: 'compound' | 'linear';
  interval: Interval;
}
export interface ResolvedIndicator {
  def: IndicatorDef;
  unit?: Unit;
  baseline?: ResolvedPoint;
  /** The year targets must follow: the baseline's, else the plan's baseline year. */
  baselineYear?: number;
  targets: ResolvedPoint[];
  /** Reported values (a `growth` actual has no value here). */
  actuals: ResolvedPoint[];
  growth?: ResolvedGrowth;
  /** The unit table it was read with (its checked file's config), for what reads its fields later. */
  units: UnitTable | undefined;
}

/**
 * Conversion ratio from a quantity's unit to the indicator's; undefined when they cannot be
 * compared. A bare scale word replaces the scale of the indicator's unit (突破4300万 in 万户).
 */
function ratioTo(q: Quantity, unit: Unit | undefined): number | undefined {
  if (q.scale !== undefined && !q.unit) return unit ? q.scale / unit.prefix : undefined;
  if (!q.unitText) return 1;
  if (!q.unit || !unit) return undefined;
  return q.unit.dim === unit.dim ? q.unit.factor / unit.factor : undefined;
}

function scaleInterval(i: Interval, f: (x: number) => number): Interval {
  const a = f(i.lo),
    b = f(i.hi);
  return a <= b
    ? { lo: a, hi: b, loOpen: i.loOpen, hiOpen: i.hiOpen }
    : { lo: b, hi: a, loOpen: i.hiOpen, hiOpen: i.loOpen };
}

function direct(
  span: Span,
  raw: unknown,
  unit: Unit | undefined,
  units: UnitTable | undefined,
  base?: Interval,
): ResolvedValue | undefined {
  const p = parseQuantity(raw, 'value', units);
  if (!p.ok) return undefined;
  const q = p.quantity;
  const bare = { span, quantity: q, raw, fromChange: false };
  if (q.unknown !== undefined) return bare; // its number is not checked
  if (q.multiple !== undefined) {
    // 翻一番: twice the baseline, when there is one.
    const m = q.multiple;
    return base ? { ...bare, number: base.lo * m, high: base.hi * m, interval: scaleInterval(base, x => x * m) } : bare;
  }
  // A unit with one likely intended unit (300亿园) is checked as that unit; messages say so.
  const assumed = q.unitText && !q.unit && q.scale === undefined ? likelyUnit(q.unitText, unit?.dim, units) : undefined;
  const r = assumed ? ratioTo({ ...q, unitText: assumed, unit: parseUnit(assumed, units) }, unit) : ratioTo(q, unit);
  if (r === undefined) return bare;
  const number = q.number * r,
    high = (q.hi ?? q.number) * r,
    interval = scaleInterval(q.interval, x => x * r);
  // Two literals rather than spreads: this runs for every value of every plan.
  return assumed
    ? { span, quantity: q, raw, fromChange: false, assumedUnit: assumed, number, high, interval }
    : { span, quantity: q, raw, fromChange: false, number, high, interval };
}

/** A `change` relative to an exact baseline: `-18%` is 18 percent lower, `+5百分点` five points higher. */
function fromChange(
  span: Span,
  raw: unknown,
  unit: Unit | undefined,
  base: number | undefined,
  units: UnitTable | undefined,
): ResolvedValue | undefined {
  const p = parseQuantity(raw, 'change', units);
  if (!p.ok) return undefined;
  const q = p.quantity;
  if (base === undefined || q.unknown !== undefined) return { span, quantity: q, raw, fromChange: true };
  let f: ((x: number) => number) | undefined;
  const dim = q.unit?.dim;
  if (!q.unitText || dim === 'share') f = x => base * (1 + x / 100);
  else if (dim === 'multiple')
    f = x => base * (1 + x); // 增长1倍: twice the baseline
  else if (dim === 'pp') f = unit && (unit.dim === 'share' || unit.dim === 'pp') ? x => base + x : undefined;
  else {
    const r = ratioTo(q, unit);
    f = r === undefined ? undefined : x => base + x * r;
  }
  if (!f) return { span, quantity: q, raw, fromChange: true };
  const ends = [f(q.number), f(q.hi ?? q.number)].sort((a, b) => a - b);
  return {
    span,
    quantity: q,
    raw,
    number: ends[0],
    high: ends[1],
    interval: scaleInterval(q.interval, f),
    fromChange: true,
  };
}

export function resolveIndicator(
  def: IndicatorDef,
  file: PlanFile | undefined,
  units: UnitTable | undefined,
): ResolvedIndicator {
  const unit = def.unit ? parseUnit(def.unit.value, units) : undefined;
  const b = def.baseline;
  const baseline: ResolvedPoint | undefined = b && {
    def: b,
    year: b.year?.value ?? file?.meta?.baselineYear?.value,
    value: b.value ? direct(b.value.span, b.value.value, unit, units) : undefined,
  };
  const baseExact =
    baseline?.value?.interval && baseline.value.interval.lo === baseline.value.interval.hi
      ? baseline.value.interval.lo
      : undefined;
  const baseInterval = baseline?.value?.interval;
  const resolvePoint = (t: PointDef): ResolvedPoint => ({
    def: t,
    year: t.year?.value,
    value: t.value
      ? direct(t.value.span, t.value.value, unit, units, baseInterval)
      : t.change
        ? fromChange(t.change.span, t.change.value, unit, baseExact, units)
        : undefined,
  });
  const targets = def.targets.map(resolvePoint);
  const actuals = def.actuals.map(resolvePoint);
  let growth: ResolvedGrowth | undefined;
  const g = def.growth?.value;
  if (g) {
    const p = parseQuantity(g.value, 'growth', units);
    if (
      p.ok &&
      p.quantity.unknown === undefined &&
      (p.quantity.unit?.dim === 'share' || p.quantity.unit?.dim === 'pp')
    ) {
      const linear = p.quantity.unit.dim === 'pp';
      growth = {
        span: g.span,
        quantity: p.quantity,
        kind: linear ? 'linear' : 'compound',
        interval: p.quantity.interval,
      };
    }
  }
  const baselineYear = baseline?.year ?? file?.meta?.baselineYear?.value;
  return { def, unit, baseline, baselineYear, targets, actuals, growth, units };
}
