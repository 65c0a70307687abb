/**
 * Quantities: a number, or a string of an optional comparator, a number and an optional unit
 * (`">= 60"`, `"≥98%"`, `"5000亿元"`, `"60%以上"`, `"超过100%"`).
 */
import type { Msg } from '../diagnostics';
import { parseUnit, type Unit } from './units';

export type Op = '=' | '>=' | '>' | '<=' | '<' | '~';
export interface Quantity {
  op: Op;
  /** The number as written, in the quantity's own unit. */
  number: number;
  /** The unit as written, if any; `unit` is its parse, undefined when not understood. */
  unitText?: string;
  unit?: Unit;
}
export type QuantityParse = { ok: true; quantity: Quantity } | { ok: false; error: Msg };

const FULLWIDTH = /[０-９．－＋]/g;
/** Full-width digits and signs to ASCII (drafters paste from Word with an IME on). */
export function toHalfWidth(s: string): string {
  return s.replace(FULLWIDTH, c => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/−/g, '-');
}

const PREFIX_OPS: [string, Op][] = [['>=', '>='], ['≥', '>='], ['＞＝', '>='], ['<=', '<='], ['≤', '<='], ['＜＝', '<='],
  ['不超过', '<='], ['不低于', '>='], ['不少于', '>='], ['超过', '>'], ['高于', '>'], ['低于', '<'],
  ['>', '>'], ['＞', '>'], ['<', '<'], ['＜', '<'], ['~', '~'], ['～', '~'], ['约', '~'], ['=', '='], ['＝', '=']];
const SUFFIX_OPS: [string, Op][] = [['以上', '>='], ['以下', '<='], ['以内', '<='], ['左右', '~']];
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

const parsed = new Map<string, QuantityParse>();
/** Parses are pure and shared (callers never change them), so each distinct string is parsed once. */
export function parseQuantity(raw: unknown): QuantityParse {
  if (typeof raw !== 'string') return parseQuantityUncached(raw);
  let hit = parsed.get(raw);
  if (!hit) {
    hit = parseQuantityUncached(raw);
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(raw, hit);
  }
  return hit;
}

/**
 * Past this magnitude a number, once scaled to its base unit (万亿 is 1e12), could overflow to
 * Infinity in a check: such a number is a `schema` error, never a figure in a message.
 */
export const MAX_MAGNITUDE = 1e290;
export const inRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE;

function pastRange(raw: unknown): QuantityParse {
  // A YAML number past floating point reads as Infinity: name the number, not what it overflowed to.
  const text = typeof raw === 'number' && !Number.isFinite(raw) ? '' : String(raw);
  const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return { ok: false, error: {
    en: `${shown ? `"${shown}"` : 'this number'} is past the range of numbers PlanLint computes with (at most 1e290 in magnitude)`,
    zh: `${shown ? `“${shown}”` : '此数值'}超出 PlanLint 可计算的数值范围（绝对值不超过 1e290）`,
  } };
}

function parseQuantityUncached(raw: unknown): QuantityParse {
  if (typeof raw === 'number') return inRange(raw) ? { ok: true, quantity: { op: '=', number: raw } } : pastRange(raw);
  if (typeof raw !== 'string') return notAQuantity(String(raw));
  let s = toHalfWidth(raw).trim();
  let op: Op = '=';
  for (const [word, o] of PREFIX_OPS) {
    if (s.startsWith(word)) { op = o; s = s.slice(word.length).trim(); break; }
  }
  for (const [word, o] of SUFFIX_OPS) {
    if (s.endsWith(word)) {
      if (op !== '=') return { ok: false, error: { en: `"${raw}" has two comparators`, zh: `“${raw}”含有两个比较符` } };
      op = o; s = s.slice(0, -word.length).trim();
      if (SUFFIX_OPS.some(([w]) => s.endsWith(w))) return { ok: false, error: { en: `"${raw}" has two comparators`, zh: `“${raw}”含有两个比较符` } };
      break;
    }
  }
  const m = NUMBER.exec(s);
  if (!m) return notAQuantity(raw);
  const number = Number(m[0].replace(/,/g, ''));
  if (!inRange(number)) return pastRange(m[0]);
  const unitText = s.slice(m[0].length).trim();
  const quantity: Quantity = { op, number };
  if (unitText) { quantity.unitText = unitText; quantity.unit = parseUnit(unitText); }
  return { ok: true, quantity };
}

function notAQuantity(raw: string): QuantityParse {
  return { ok: false, error: {
    en: `"${raw}" is not a quantity: write a number with an optional comparator and unit, such as ">= 60", "5000亿元" or "60%以上"`,
    zh: `“${raw}”不是数量：应写作数字，可带比较符和单位，如 ">= 60"、"5000亿元"、"60%以上"`,
  } };
}

/** The set of values a quantity admits, in some unit. */
export interface Interval { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }

export function intervalOf(op: Op, n: number): Interval {
  switch (op) {
    case '=': return { lo: n, hi: n, loOpen: false, hiOpen: false };
    case '>=': return { lo: n, hi: Infinity, loOpen: false, hiOpen: true };
    case '>': return { lo: n, hi: Infinity, loOpen: true, hiOpen: true };
    case '<=': return { lo: -Infinity, hi: n, loOpen: true, hiOpen: false };
    case '<': return { lo: -Infinity, hi: n, loOpen: true, hiOpen: true };
    case '~': { const a = n * 0.95, b = n * 1.05; return { lo: Math.min(a, b), hi: Math.max(a, b), loOpen: false, hiOpen: false }; }
  }
}

export function intersects(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo), hi = Math.min(a.hi, b.hi);
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
export function opText(op: Op): string { return OP_TEXT[op]; }

/** A number for messages: at most 4 decimals, no trailing zeros, no exponent for plan-sized figures. */
export function fmt(n: number, decimals = 4): string {
  // A safety net: checks never compute with numbers past MAX_MAGNITUDE, but no message shows "Infinity".
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '?' : n > 0 ? '∞' : '-∞';
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return n.toPrecision(4);
  return String(Number(n.toFixed(decimals)));
}
export function fmtPercent(ratio: number): string { return `${fmt(ratio * 100, 1)}%`; }
