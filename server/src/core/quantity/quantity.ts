/**
 * Quantities as plans write them (contract revision 3): `53.2`, `">= 60"`, `"突破4300万"`,
 * `"10%-15%"`, `"二至三个"`, `"达到1500亿元左右"`, `"提高3个百分点"`, `"年均增长15%左右"`.
 * The reading lives in reader.ts; this module is what the rest of the core calls.
 */
import type { Msg } from '../diagnostics';
import { intervalOf, readQuantity, type Field, type Interval, type Reading } from './reader';
import type { UnitTable } from './units';
import type { Op } from './words';

export type { Op } from './words';
export type { Field, Interval } from './reader';
export { intervalOf, intersect, isEmpty, inRange, MAX_MAGNITUDE, toHalfWidth } from './reader';
/** A quantity as read: the interval its words admit, its unit, and the words that were read. */
export type Quantity = Reading;
export type QuantityParse = { ok: true; quantity: Quantity } | { ok: false; error: Msg };

/**
 * Reads a quantity under a unit table (the built-in units without one). Parses are pure and shared
 * (callers never change them), so under a table each distinct string is read once per field.
 */
export function parseQuantity(raw: unknown, field: Field = 'value', units: UnitTable | undefined): QuantityParse {
  const read = (): QuantityParse => {
    const r = readQuantity(raw, field, units);
    return r.ok ? { ok: true, quantity: r.reading } : r;
  };
  return units && typeof raw === 'string' ? units.remember(QUANTITY_KIND[field], raw, read) : read();
}

/** The memo's kind of each field's readings (one constant string each: no key built per call). */
const QUANTITY_KIND: Readonly<Record<Field, string>> = {
  value: 'quantity:value',
  change: 'quantity:change',
  growth: 'quantity:growth',
  funding: 'quantity:funding',
};

export function intersects(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo),
    hi = Math.min(a.hi, b.hi);
  if (lo !== hi) return lo < hi;
  return admits(a, lo) && admits(b, lo); // a single shared point must be admitted by both
}

export function admits(i: Interval, v: number): boolean {
  return (v > i.lo || (v === i.lo && !i.loOpen)) && (v < i.hi || (v === i.hi && !i.hiOpen));
}

/** Relative equality for numbers that went through unit conversion. */
export function nearlyEqual(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

const OP_TEXT: Record<Op, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '~' };
export function opText(op: Op): string {
  return OP_TEXT[op];
}

/** A number for messages: at most 4 decimals, no trailing zeros, no exponent for plan-sized figures. */
export function fmt(n: number, decimals = 4): string {
  // A safety net: checks never compute with numbers past MAX_MAGNITUDE, but no message shows "Infinity".
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '?' : n > 0 ? '∞' : '-∞';
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return n.toPrecision(4);
  return String(Number(n.toFixed(decimals)));
}

/**
 * An interval as a reader writes it: `60`, `≥ 60`, `> 4300`, `≤ 5.5`, `1–2`, `57–63`. An open end is
 * written with a comparator, never as infinity.
 */
export function showInterval(i: Interval, unit = '', decimals = 4): string {
  const f = (n: number) => `${fmt(n, decimals)}${unit}`;
  if (i.lo === i.hi) return f(i.lo);
  if (i.hi === Infinity && i.lo === -Infinity) return unit ? `any ${unit}` : 'any';
  if (i.hi === Infinity) return `${i.loOpen ? '>' : '≥'} ${f(i.lo)}`;
  if (i.lo === -Infinity) return `${i.hiOpen ? '<' : '≤'} ${f(i.hi)}`;
  return `${i.loOpen ? '>' : ''}${fmt(i.lo, decimals)}–${i.hiOpen ? '<' : ''}${f(i.hi)}`;
}

/** A quantity as its author wrote it, comparators shown as symbols: `≥60%`, `>4300万`, `1-2个`. */
export function showQuantity(q: Quantity, fallbackUnit = ''): string {
  const unit = q.unitText ?? fallbackUnit;
  const plain = intervalOf(q.op, q.number),
    i0 = q.interval;
  const same = plain.lo === i0.lo && plain.hi === i0.hi && plain.loOpen === i0.loOpen && plain.hiOpen === i0.hiOpen;
  if (q.hi !== undefined || (!same && Number.isFinite(i0.lo) && Number.isFinite(i0.hi))) {
    // A range prints as the interval it admits: 超过 opens its low end, 低于 its high end.
    const i = q.interval,
      sign = q.number < 0 ? -1 : 1;
    const [lo, hi] = sign < 0 ? [q.number, q.hi ?? q.number] : [i.lo, i.hi];
    return `${i.loOpen ? '超过' : ''}${i.hiOpen ? '低于' : ''}${fmt(lo)}-${fmt(hi)}${unit}`;
  }
  return `${opText(q.op)}${fmt(q.number)}${unit}`;
}
