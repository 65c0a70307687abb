/**
 * The quantity reader (contract revision 3, *Quantities*): optional words before, a number or a
 * range, an optional unit, optional words after, read into the interval the words admit.
 */
import type { Msg } from '../diagnostics';
import { readNumber } from './numerals';
import { parseScale, parseUnit, type Unit, type UnitTable } from './units';
import {
  AFTER,
  BEFORE,
  GROWTH_DOWN,
  GROWTH_UP,
  LOWER,
  MORE_AFTER,
  EXPECTED,
  NEUTRAL,
  RAISE,
  RANGE_SEPARATORS,
  SHORT_MORE,
  startWord,
  TO_VERBS,
  type Op,
} from './words';

/** The set of values a quantity admits, in some unit. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}
/** Where a quantity stands: an indicator's value, a change, a growth, or a funding figure (which may be signed). */
export type Field = 'value' | 'change' | 'growth' | 'funding';

export interface Reading {
  /** What the words admit, signed, in the quantity's own unit (or scale). */
  interval: Interval;
  /** The written number (a range's low end), signed. */
  number: number;
  /** A range's high end. */
  hi?: number;
  /** The comparator the reading reduces to, for display. */
  op: Op;
  unitText?: string;
  unit?: Unit;
  /** A bare scale word (万 in 突破4300万): it replaces the scale of the indicator's unit. */
  scale?: number;
  /** 翻一番 (2), 翻两番 (4): a multiple of the baseline. */
  multiple?: number;
  /** Words not understood, or a combination that admits nothing (`unit-unknown` names them). */
  unknown?: string;
  /** The words that were read, for hovers. */
  words: string[];
}
export type ReadResult = { ok: true; reading: Reading } | { ok: false; error: Msg };

const FULLWIDTH = /[０-９．－＋％～（）]/g;
/** Full-width digits and signs to ASCII (drafters paste from Word with an IME on). */
export function toHalfWidth(s: string): string {
  return s
    .replace(FULLWIDTH, c => (c === '～' ? '～' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/−/g, '-');
}

export const MAX_MAGNITUDE = 1e290;
export const inRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE;
const ALL: Interval = { lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true };

export function intervalOf(op: Op, n: number): Interval {
  switch (op) {
    case '=':
      return { lo: n, hi: n, loOpen: false, hiOpen: false };
    case '>=':
      return { lo: n, hi: Infinity, loOpen: false, hiOpen: true };
    case '>':
      return { lo: n, hi: Infinity, loOpen: true, hiOpen: true };
    case '<=':
      return { lo: -Infinity, hi: n, loOpen: true, hiOpen: false };
    case '<':
      return { lo: -Infinity, hi: n, loOpen: true, hiOpen: true };
    case '~': {
      const a = n * 0.95,
        b = n * 1.05;
      return { lo: Math.min(a, b), hi: Math.max(a, b), loOpen: false, hiOpen: false };
    }
  }
}

export function intersect(a: Interval, b: Interval): Interval {
  const lo = a.lo > b.lo ? a : a.lo < b.lo ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
  const hi = a.hi < b.hi ? a : a.hi > b.hi ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
  return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}
export const isEmpty = (i: Interval) => i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));

const err = (en: string, zh: string): ReadResult => ({ ok: false, error: { en, zh } });
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Reads a quantity as the field it stands in reads it. */
export function readQuantity(raw: unknown, field: Field = 'value', units: UnitTable | undefined): ReadResult {
  if (typeof raw === 'number') {
    if (!inRange(raw)) return pastRange(raw);
    if (raw < 0 && field === 'value') return signed(String(raw));
    return { ok: true, reading: { interval: intervalOf('=', raw), number: raw, op: '=', words: [] } };
  }
  if (typeof raw !== 'string') return notAQuantity(String(raw));
  return new Cursor(toHalfWidth(raw).trim(), raw, field, units).read();
}

class Cursor {
  private pos = 0;
  private readonly words: string[] = [];
  private sign = 1;
  /** A 多 or 余 was read: more than the number. */
  private more = false;
  constructor(
    private readonly s: string,
    private readonly raw: string,
    private readonly field: Field,
    private readonly units: UnitTable | undefined,
  ) {}

  private rest(): string {
    return this.s.slice(this.pos);
  }
  private skipSpace(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos])) this.pos++;
  }
  private take(words: readonly string[]): string | undefined {
    this.skipSpace();
    const w = startWord(this.rest(), words);
    if (w) {
      this.pos += w.length;
      this.words.push(w);
    }
    return w;
  }

  read(): ReadResult {
    const ops: Op[] = [];
    let growthWord = false,
      byVerb = false;
    if (this.take(GROWTH_DOWN)) {
      this.sign = -1;
      growthWord = true;
    } else if (this.take(GROWTH_UP)) growthWord = true;
    if (!growthWord) {
      this.take(['累计']);
      this.skipSpace();
      // 提高到 is a "to" verb, 提高 a "by" verb: the longer word decides.
      if (startWord(this.rest(), TO_VERBS)) {
        /* read below */
      } else if (this.take(LOWER)) {
        this.sign = -1;
        byVerb = true;
      } else if (this.take(RAISE)) byVerb = true;
    }
    if (growthWord && this.field !== 'growth') {
      return err(
        `"${clip(this.raw)}" states a yearly growth: write it as the indicator's \`growth\``,
        `“${clip(this.raw)}”是年均增长，应写在指标的 growth 中`,
      );
    }
    if (
      byVerb &&
      (this.field === 'value' || this.field === 'funding') &&
      !/^[+-]$/.test(this.words[this.words.length - 1])
    ) {
      return err(
        `"${clip(this.raw)}" is a change ("by" verb): write it as the target's \`change\`, or write the value it ` +
          `reaches`,
        `“${clip(this.raw)}”表示变化幅度，应写在目标的 change 中，或写出达到的数值`,
      );
    }
    if (byVerb && this.field === 'value') return signed(this.raw);
    for (;;) {
      const to = this.take(TO_VERBS);
      if (to) {
        if (this.field === 'change') {
          return err(
            `"${clip(this.raw)}" names the value reached ("${to}"): write it as the target's \`value\``,
            `“${clip(this.raw)}”给出达到的数值（“${to}”），应写在目标的 value 中`,
          );
        }
        continue;
      }
      if (this.take(NEUTRAL)) continue;
      if (this.takeExpected()) continue;
      const before = this.takeBefore();
      if (before) {
        ops.push(before);
        continue;
      }
      break;
    }
    return this.readNumberAndAfter(ops);
  }

  /** 预计, 预期, 有望: only before a number, 达到 or 为 (so never a piece of 预期性 or 预期寿命). */
  private takeExpected(): boolean {
    this.skipSpace();
    const w = startWord(this.rest(), EXPECTED);
    if (!w) return false;
    const after = this.s.slice(this.pos + w.length).trimStart();
    if (!/^(达到|为)/.test(after) && !readNumber(after)) return false;
    this.pos += w.length;
    this.words.push(w);
    return true;
  }

  /** A comparator before the number; 超/过 only before a number or a scale word. */
  private takeBefore(): Op | undefined {
    this.skipSpace();
    const w = startWord(
      this.rest(),
      BEFORE.map(b => b[0]),
    );
    if (w) {
      // `-` and `~` between numbers are range separators, but before the number `~` is "about".
      this.pos += w.length;
      this.words.push(w);
      return BEFORE.find(b => b[0] === w)![1];
    }
    const short = startWord(this.rest(), SHORT_MORE);
    if (short && (readNumber(this.s.slice(this.pos + 1)) || parseScale(this.s[this.pos + 1] ?? 'x') !== undefined)) {
      this.pos += 1;
      this.words.push(short);
      return '>';
    }
    return undefined;
  }

  private readNumberAndAfter(ops: Op[]): ReadResult {
    this.skipSpace();
    const rest = this.rest();
    if (/^(十[一二三四]五|[345]G)(?![A-Za-z\d])/.test(rest)) {
      return err(
        `"${clip(this.raw)}" is a name (a five-year period, a mobile network), not a quantity`,
        `“${clip(this.raw)}”是名称（五年规划期或移动通信代际），不是数量`,
      );
    }
    const doubling = /^翻(一|两|二|三)?番/.exec(rest);
    if (doubling) {
      this.pos += doubling[0].length;
      this.words.push(doubling[0]);
      const times = { undefined: 1, 一: 1, 两: 2, 二: 2, 三: 3 }[String(doubling[1])] ?? 1;
      const multiple = 2 ** times;
      if (this.field === 'change') return this.finish(ops, 100 * (multiple - 1), undefined, '%');
      return this.finish(ops, multiple, undefined, undefined, multiple);
    }
    const share = /^(百|千)分之/.exec(rest);
    if (share) {
      this.pos += share[0].length;
      this.words.push(share[0]);
      const n = readNumber(this.rest());
      if (!n) return notAQuantity(this.raw);
      this.pos += n.length;
      return this.finish(ops, share[1] === '百' ? n.value : n.value / 10, undefined, '%');
    }
    let first = readNumber(rest);
    if (!first && /^[十百千万亿]/.test(rest) && ops.includes('>')) {
      // 超亿元 is more than one 亿元; 过百亿 more than a hundred 亿.
      const small = /^([十百千])(?=[万亿])/.exec(rest);
      first = small
        ? { value: { 十: 10, 百: 100, 千: 1000 }[small[1]]!, length: 1, chinese: true }
        : { value: 1, length: 0, chinese: true };
    }
    if (!first) return notAQuantity(this.raw);
    if (/^\d{4}年/.test(rest) || /^[〇零一二三四五六七八九]{4}年/.test(rest) || /^\d{1,2}月(\d{1,2}日)?$/.test(rest)) {
      return err(`"${clip(this.raw)}" is a date, not a quantity`, `“${clip(this.raw)}”是日期，不是数量`);
    }
    this.pos += first.length;
    const fraction = /^分之/.exec(this.rest());
    if (fraction) {
      this.pos += 2;
      const m = readNumber(this.rest());
      if (!m || first.value === 0) return notAQuantity(this.raw);
      this.pos += m.length;
      return this.finish(ops, (m.value / first.value) * 100, undefined, '%');
    }
    const slash = /^\/(\d+(?:\.\d+)?)(?![\d.])/.exec(this.rest());
    if (slash && !first.chinese && Number(slash[1]) !== 0 && this.field !== 'growth') {
      this.pos += slash[0].length;
      return this.finish(ops, (first.value / Number(slash[1])) * 100, undefined, '%');
    }
    let unit1 = this.readUnitText();
    const sep = this.peekRangeSeparator();
    // A range's first unit, when written, is a unit or scale word: 10%-15%, 200万元至1000万元.
    if (sep && (!unit1 || (!splitUnit(unit1, this.units).unknownUnit && !splitUnit(unit1, this.units).trailing))) {
      const save = this.pos;
      this.pos += sep.length;
      const second = readNumber(this.rest());
      if (second) {
        this.pos += second.length;
        const unit2 = this.readUnitText();
        return this.finish(
          ops,
          first.value,
          second.value,
          unit2 || unit1,
          undefined,
          unit2 && unit1 ? unit1 : undefined,
        );
      }
      this.pos = save;
    }
    unit1 = unit1 || '';
    return this.finish(ops, first.value, undefined, unit1);
  }

  private peekRangeSeparator(): string | undefined {
    const w = startWord(this.rest(), RANGE_SEPARATORS);
    return w && readNumber(this.s.slice(this.pos + w.length)) ? w : undefined;
  }

  /** Unit text up to a comparator after the number, a range separator or the end; 多/余 inside it compare. */
  private readUnitText(): string {
    let unit = '';
    for (;;) {
      this.skipSpace();
      const r = this.rest();
      // A unit holds no digits: what follows a digit is another number, not this one's unit.
      if (
        !r ||
        /^[\d.]/.test(r) ||
        startWord(
          r,
          AFTER.map(a => a[0]),
        ) ||
        this.peekRangeSeparator()
      )
        return unit;
      const more = startWord(r, MORE_AFTER);
      if (more && this.moreCompares(unit, r.slice(more.length))) {
        this.pos += more.length;
        this.words.push(more);
        this.more = true;
        continue;
      }
      unit += r[0];
      this.pos++;
    }
  }
  /** 多/余 compare right after a number, scale word or unit, at the end or before a unit or measure word. */
  private moreCompares(unitSoFar: string, after: string): boolean {
    if (unitSoFar && !parseUnit(unitSoFar, this.units) && parseScale(unitSoFar) === undefined) return false;
    const tail = after.trim();
    if (
      !tail ||
      startWord(
        tail,
        AFTER.map(a => a[0]),
      )
    )
      return true;
    for (let len = Math.min(tail.length, 8); len > 0; len--) {
      const head = tail.slice(0, len);
      if (parseUnit(unitSoFar + head, this.units) || parseUnit(head, this.units) || (parseScale(head) ?? 1) !== 1)
        return true;
    }
    return false;
  }

  private finish(
    ops: Op[],
    lo: number,
    hi: number | undefined,
    unitText: string | undefined,
    multiple?: number,
    loUnitText?: string,
  ): ReadResult {
    for (;;) {
      const w = this.take(AFTER.map(a => a[0]));
      if (!w) break;
      ops.push(AFTER.find(a => a[0] === w)![1]);
    }
    if (this.more) ops.push('>');
    this.skipSpace();
    const leftover = this.rest();
    if (!inRange(lo) || (hi !== undefined && !inRange(hi))) return pastRange(lo);
    const { unit, scale, text, unknownUnit, trailing } = splitUnit(unitText ?? '', this.units);
    if (hi !== undefined && loUnitText && loUnitText !== unitText) {
      const a = splitUnit(loUnitText, this.units);
      const fa = a.unit?.factor ?? a.scale,
        fb = unit?.factor ?? scale;
      if (fa && fb && (a.unit?.dim ?? 'scale') === (unit?.dim ?? 'scale')) lo = (lo * fa) / fb;
    }
    if (hi !== undefined && lo > hi) {
      return err(
        `the range "${clip(this.raw)}" runs downward: write its low end first`,
        `区间“${clip(this.raw)}”从大到小，应先写下限`,
      );
    }
    let interval =
      hi === undefined
        ? ops.some(o => o !== '=')
          ? ALL
          : intervalOf('=', lo)
        : { lo, hi, loOpen: false, hiOpen: false };
    for (const op of ops)
      interval = intersect(interval, hi === undefined ? intervalOf(op, lo) : rangeBound(op, lo, hi));
    if (ops.includes('~') && hi !== undefined)
      interval = { ...interval, lo: Math.min(interval.lo, lo * 0.95), hi: Math.max(interval.hi, hi * 1.05) };
    if (this.sign < 0)
      interval = { lo: -interval.hi, hi: -interval.lo, loOpen: interval.hiOpen, hiOpen: interval.loOpen };
    const words = unknownUnit ? undefined : [trailing, leftover].filter(Boolean).join(' ');
    // 累计下降18%以上: at least 18% lower, so the change is at most -18%.
    const flip: Record<Op, Op> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>', '=': '=', '~': '~' };
    const op = hi !== undefined ? '=' : displayOp(ops, interval, lo);
    const reading: Reading = { interval, number: this.sign * lo, op: this.sign < 0 ? flip[op] : op, words: this.words };
    // Assigned one by one, in this order (conditional spreads went through the runtime, for every reading).
    if (hi !== undefined) reading.hi = this.sign * hi;
    if (text) reading.unitText = unknownUnit ? unitText!.trim() : text;
    if (unit) reading.unit = unit;
    if (scale) reading.scale = scale;
    if (multiple) reading.multiple = multiple;
    if (this.sign < 0 && hi !== undefined) {
      reading.number = -hi;
      reading.hi = -lo;
    }
    if (words) reading.unknown = words;
    else if (isEmpty(interval)) reading.unknown = ''; // the words admit nothing together: unit-unknown names them
    return { ok: true, reading };
  }
}

/** On a range, 以上/超过 bound its low end, 以下/以内 its high end; 约/左右 widen both (done by the caller). */
function rangeBound(op: Op, lo: number, hi: number): Interval {
  switch (op) {
    case '>=':
    case '>':
      return intervalOf(op, lo);
    case '<=':
    case '<':
      return intervalOf(op, hi);
    default:
      return ALL;
  }
}

/** The comparator a single number's reading reduces to (before any sign), from what it admits. */
function displayOp(ops: Op[], i: Interval, n: number): Op {
  if (i.lo === i.hi) return '=';
  if (i.hi === Infinity) return i.loOpen ? '>' : '>=';
  if (i.lo === -Infinity) return i.hiOpen ? '<' : '<=';
  return ops.includes('~') && i.lo === Math.min(n * 0.95, n * 1.05) ? '~' : '=';
}

/** A unit text into its unit, or a bare scale word; a valid unit followed by other words keeps them. */
function splitUnit(
  text: string,
  units: UnitTable | undefined,
): {
  unit?: Unit;
  scale?: number;
  text: string;
  unknownUnit: boolean;
  trailing: string;
} {
  const t = text.trim();
  if (!t) return { text: '', unknownUnit: false, trailing: '' };
  // A scale word alone replaces the scale of the indicator's unit (突破4300万 in 万户).
  const scale = parseScale(t);
  if (scale !== undefined && scale !== 1) return { scale, text: t, unknownUnit: false, trailing: '' };
  const whole = parseUnit(t, units);
  if (whole) return { unit: whole, text: t, unknownUnit: false, trailing: '' };
  for (let len = Math.min(t.length - 1, 12); len > 0; len--) {
    const head = t.slice(0, len);
    const u = parseScale(head) === undefined ? parseUnit(head, units) : undefined;
    if (u) return { unit: u, text: t.slice(0, len), unknownUnit: false, trailing: t.slice(len) };
  }
  // Not a unit followed by words: a unit not understood (`亿园`), for which unit-unknown suggests one.
  return { text: t, unknownUnit: true, trailing: '' };
}

function notAQuantity(raw: string): ReadResult {
  return err(
    `"${clip(raw)}" holds no number: write a number or range with optional words and unit, such as ">= 60", ` +
      `"5000亿元", "60%以上" or "1-2个"`,
    `“${clip(raw)}”中没有数字：应写数字或区间，可带比较词和单位，如 ">= 60"、"5000亿元"、"60%以上"、"1-2个"`,
  );
}

function signed(raw: string): ReadResult {
  return err(
    `"${clip(raw)}" is signed: a value is not; a rise or fall from the baseline is the target's \`change\``,
    `“${clip(raw)}”带有正负号：目标值不带符号；相对基期的升降应写在 change 中`,
  );
}

function pastRange(raw: unknown): ReadResult {
  // A YAML number past floating point reads as Infinity: name the number, not what it overflowed to.
  const text = typeof raw === 'number' && !Number.isFinite(raw) ? '' : String(raw);
  const shown = clip(text);
  return err(
    `${shown ? `"${shown}"` : 'this number'} is past the range of numbers PlanLint computes with (at most 1e290 in ` +
      `magnitude)`,
    `${shown ? `“${shown}”` : '此数值'}超出 PlanLint 可计算的数值范围（绝对值不超过 1e290）`,
  );
}
