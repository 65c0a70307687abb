/**
 * Monitoring (contract revision 4, *Monitoring: actuals*): each actual against its path or its target,
 * and an indicator's state. One reading for the rules `behind-schedule` and `target-met`, the report
 * and the editor, so they never disagree.
 */
import { parseQuantity, type Interval } from '../quantity/quantity';
import type { ResolvedIndicator, ResolvedPoint } from './analysis';

export interface MonitoringTolerances {
  /** Percent of the way from a path's start to its target (`schedule_tolerance`, default 10). */
  schedule: number;
  /** Percentage points a year (`growth_tolerance`, default 0.5). */
  growth: number;
}

/** A target as a path's end or start: its year and its least ambitious end. */
interface Mark {
  year: number;
  value: number;
  point?: ResolvedPoint;
}

/**
 * How an actual was compared: along a path from a start to a target, against the values a target admits
 * (`maintain`, rates of change), against the stated growth, or not at all.
 */
export type Comparison =
  | { kind: 'path'; from: Mark; to: Mark; expected: number; after: boolean }
  | { kind: 'band'; to: Mark & { point: ResolvedPoint } }
  | { kind: 'growth'; stated: Interval; actual: Interval; linear: boolean }
  | { kind: 'none' };

export interface ActualReading {
  point: ResolvedPoint;
  year: number;
  comparison: Comparison;
  behind: boolean;
  /** The latest later target this actual meets (`target-met`). */
  meets?: ResolvedPoint;
  /** Share of the way from the baseline to the last target, and of the time (0..1, may pass 1). */
  progress?: { way: number; time: number; final: Mark };
}

export type IndicatorState = 'met' | 'behind' | 'onTrack' | 'notCompared' | 'noData';
/** The states in the order the report counts them. */
export const INDICATOR_STATES: readonly IndicatorState[] = ['onTrack', 'met', 'behind', 'notCompared', 'noData'];

export interface IndicatorEvaluation {
  state: IndicatorState;
  actuals: ActualReading[];
  /** The latest actual (by year; of two in a year, the one listed last). */
  latest?: ActualReading;
  /** The last numeric target, by its least ambitious end. */
  final?: Mark;
}

export const DEFAULT_SCHEDULE_TOLERANCE = 10;

/** 增长率, 增速, 增幅: a rate of change (*Shares and rates*), which has no path. */
const isRateOfChange = (r: ResolvedIndicator): boolean =>
  r.unit?.dim === 'share' && /增长率|增速|增幅/.test(r.def.name?.value ?? '');

type Direction = 'increase' | 'decrease' | 'maintain';
const directionOf = (r: ResolvedIndicator): Direction | undefined => {
  const d = r.def.direction?.value;
  return d === 'increase' || d === 'decrease' || d === 'maintain' ? d : undefined;
};

/** An interval's least ambitious end in a direction (a strict bound counts as its number). */
const least = (i: Interval, dir: Direction) => (dir === 'decrease' ? i.hi : i.lo);
const most = (i: Interval, dir: Direction) => (dir === 'decrease' ? i.lo : i.hi);
/** `a` is beyond `b` in the direction (strictly). */
const beyond = (a: number, b: number, dir: Direction) => (dir === 'decrease' ? a < b : a > b);

/** Numeric targets by year; of two in a year, the less ambitious. */
function marks(r: ResolvedIndicator, dir: Direction): Mark[] {
  const byYear = new Map<number, Mark>();
  for (const t of r.targets) {
    const i = t.value?.interval;
    if (t.year === undefined || !i) continue;
    const value = least(i, dir);
    if (!Number.isFinite(value)) continue;
    const seen = byYear.get(t.year);
    if (!seen || beyond(seen.value, value, dir)) byYear.set(t.year, { year: t.year, value, point: t });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function baselineMark(r: ResolvedIndicator, dir: Direction): Mark | undefined {
  const i = r.baseline?.value?.interval;
  if (!i || r.baselineYear === undefined) return undefined;
  const value = least(i, dir);
  return Number.isFinite(value) ? { year: r.baselineYear, value } : undefined;
}

/** The path's value in year y: compound where a growth in % is stated and both ends are positive. */
function pathAt(r: ResolvedIndicator, from: Mark, to: Mark, y: number): number {
  const share = (y - from.year) / (to.year - from.year);
  if (r.growth?.kind === 'compound' && from.value > 0 && to.value > 0)
    return from.value * (to.value / from.value) ** share;
  return from.value + (to.value - from.value) * share;
}

function compare(
  r: ResolvedIndicator,
  dir: Direction,
  a: ResolvedPoint,
  y: number,
  tol: MonitoringTolerances,
): { comparison: Comparison; behind: boolean } {
  const none = { comparison: { kind: 'none' } as const, behind: false };
  if (a.def.growth) return compareGrowth(r, dir, a, tol);
  const v = a.value?.interval;
  if (!v) return none;
  const ms = marks(r, dir);
  const endIndex = ms.findIndex(m => m.year >= y);
  const band = dir === 'maintain' || isRateOfChange(r);
  if (band) {
    const to = ms[endIndex] ?? ms[ms.length - 1];
    const target = to?.point?.value;
    if (!to || !target?.interval || target.number === undefined) return none;
    const T = target.interval;
    // How far the actual lies outside what the target admits; in a direction, only the short side.
    const below = T.lo - v.hi,
      above = v.lo - T.hi;
    const gap = dir === 'increase' ? below : dir === 'decrease' ? above : Math.max(below, above);
    const behind = gap > (tol.schedule / 100) * Math.abs(target.number) + 1e-9;
    return { comparison: { kind: 'band', to: { ...to, point: to.point! } }, behind };
  }
  // After the last target, the last target stands: the path ends there.
  const after = endIndex < 0;
  const toIndex = after ? ms.length - 1 : endIndex;
  const to = ms[toIndex];
  if (!to) return none;
  const from = toIndex > 0 ? ms[toIndex - 1] : baselineMark(r, dir);
  if (!from || !beyond(to.value, from.value, dir) || to.year <= from.year) return none;
  const expected = after ? to.value : pathAt(r, from, to, y);
  const actual = most(v, dir);
  const slack = (tol.schedule / 100) * Math.abs(to.value - from.value);
  const behind = dir === 'decrease' ? actual > expected + slack + 1e-9 : actual < expected - slack - 1e-9;
  return { comparison: { kind: 'path', from, to, expected, after }, behind };
}

/** A growth actual against the stated growth's least ambitious end, within growth_tolerance. */
function compareGrowth(
  r: ResolvedIndicator,
  dir: Direction,
  a: ResolvedPoint,
  tol: MonitoringTolerances,
): { comparison: Comparison; behind: boolean } {
  const none = { comparison: { kind: 'none' } as const, behind: false };
  const p = parseQuantity(a.def.growth!.value, 'growth', r.units);
  const g = r.growth;
  if (!g || dir === 'maintain' || !p.ok || p.quantity.unknown !== undefined) return none;
  const linear = p.quantity.unit?.dim === 'pp';
  if (p.quantity.unit?.dim !== (g.kind === 'linear' ? 'pp' : 'share')) return none;
  const actual = p.quantity.interval,
    stated = g.interval;
  const want = least(stated, dir),
    got = most(actual, dir);
  if (!Number.isFinite(want)) return none;
  const behind = dir === 'decrease' ? got > want + tol.growth + 1e-9 : got < want - tol.growth - 1e-9;
  return { comparison: { kind: 'growth', stated, actual, linear }, behind };
}

/** The actual's least ambitious end is at or beyond the target's. */
function meetsMark(a: Interval, m: Mark, dir: Direction): boolean {
  const v = least(a, dir);
  return dir === 'decrease' ? v <= m.value + 1e-9 : v >= m.value - 1e-9;
}

/** Each actual of an indicator compared, and the indicator's state. */
export function evaluateIndicator(r: ResolvedIndicator, tol: MonitoringTolerances): IndicatorEvaluation {
  const dir = directionOf(r);
  const readings: ActualReading[] = [];
  const ms = dir ? marks(r, dir) : [];
  const final = ms[ms.length - 1];
  const base = dir ? baselineMark(r, dir) : undefined;
  const paced = dir === 'increase' || dir === 'decrease';
  const pathless = !paced || isRateOfChange(r);
  for (const a of r.actuals) {
    if (a.year === undefined) continue;
    const y = a.year;
    const { comparison, behind } = dir
      ? compare(r, dir, a, y, tol)
      : { comparison: { kind: 'none' as const }, behind: false };
    const reading: ActualReading = { point: a, year: y, comparison, behind };
    const v = a.value?.interval;
    if (v && dir && !pathless) {
      const later = ms.filter(m => m.year > y && meetsMark(v, m, dir));
      reading.meets = later[later.length - 1]?.point;
      if (base && final && final.year > base.year && final.value !== base.value && a.value?.number !== undefined)
        reading.progress = {
          way: (a.value.number - base.value) / (final.value - base.value),
          time: (y - base.year) / (final.year - base.year),
          final,
        };
    }
    readings.push(reading);
  }
  let latest: ActualReading | undefined;
  for (const x of readings) if (!latest || x.year >= latest.year) latest = x;
  const state: IndicatorState = !latest
    ? r.actuals.length
      ? 'notCompared'
      : 'noData'
    : dir && !pathless && final && latest.point.value?.interval && meetsMark(latest.point.value.interval, final, dir)
      ? 'met'
      : latest.behind
        ? 'behind'
        : latest.comparison.kind === 'none'
          ? 'notCompared'
          : 'onTrack';
  return { state, actuals: readings, latest, final };
}

/**
 * The path year by year, from the baseline through each milestone to the last target, as the report
 * draws it: each stretch compound or linear as `behind-schedule` reads it. Empty where there is no path.
 */
export function pathPoints(r: ResolvedIndicator): { year: number; value: number }[] {
  const dir = directionOf(r);
  if (!dir || dir === 'maintain' || isRateOfChange(r)) return [];
  const base = baselineMark(r, dir);
  const stops = [...(base ? [base] : []), ...marks(r, dir).filter(m => !base || m.year > base.year)];
  const out: { year: number; value: number }[] = [];
  for (let k = 1; k < stops.length; k++) {
    const from = stops[k - 1],
      to = stops[k];
    if (!beyond(to.value, from.value, dir) || to.year - from.year > 200) return [];
    for (let y = k === 1 ? from.year : from.year + 1; y <= to.year; y++)
      out.push({ year: y, value: pathAt(r, from, to, y) });
  }
  return out;
}
