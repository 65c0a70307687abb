/**
 * Units: a scale prefix (十 百 千 万 亿 万亿, and products like 千万) on a base unit, or a ratio
 * `a/b` of two units. Every unit resolves to a dimension and a factor to that dimension's
 * canonical unit, so `750亿元` and `7500000万元` compare equal.
 */
import type { Msg } from '../diagnostics';

export interface Unit {
  /** The unit as written (trimmed, full-width % normalised). */
  text: string;
  /** Dimension key, e.g. `money`, `share`, `energy-coal/money` for a ratio. */
  dim: string;
  /** Canonical amount of one of this unit (亿元 → 1e8 元). */
  factor: number;
  /** The part of `factor` that comes from scale prefixes alone (亿元 → 1e8, 千瓦 → 1). */
  prefix: number;
}

export interface BaseUnit {
  dim: string;
  factor: number;
  /** A user dimension whose amounts do not add up (`additive: false`). */
  additive?: false;
}

/** Dimension names, for hovers and messages. */
const DIMENSIONS: Record<string, Msg> = {
  money: { en: 'money (CNY)', zh: '金额（人民币）' },
  'money-usd': { en: 'money (USD)', zh: '金额（美元）' },
  'money-eur': { en: 'money (EUR)', zh: '金额（欧元）' },
  'money-hkd': { en: 'money (HKD)', zh: '金额（港元）' },
  share: { en: 'share (0..100)', zh: '百分数（0～100）' },
  pp: { en: 'percentage points', zh: '百分点' },
  count: { en: 'count of things', zh: '个数' },
  households: { en: 'households', zh: '户数' },
  persons: { en: 'persons', zh: '人数' },
  'person-times': { en: 'person-times', zh: '人次' },
  phones: { en: 'phones', zh: '部数' },
  age: { en: 'age', zh: '年龄' },
  years: { en: 'calendar duration', zh: '年限' },
  days: { en: 'duration in days', zh: '天数' },
  workdays: { en: 'working days', zh: '工作日' },
  length: { en: 'length', zh: '长度' },
  mass: { en: 'mass', zh: '质量' },
  'energy-coal': { en: 'energy (coal equivalent)', zh: '能源（标准煤）' },
  electricity: { en: 'electric energy', zh: '电量' },
  power: { en: 'power', zh: '功率' },
  area: { en: 'area', zh: '面积' },
  volume: { en: 'volume', zh: '体积' },
  bandwidth: { en: 'bandwidth', zh: '带宽' },
  index: { en: 'index (dimensionless)', zh: '指数（无量纲）' },
  multiple: { en: 'multiple', zh: '倍数' },
};

const BASE_UNITS: Record<string, BaseUnit> = {
  元: { dim: 'money', factor: 1 },
  美元: { dim: 'money-usd', factor: 1 },
  欧元: { dim: 'money-eur', factor: 1 },
  港元: { dim: 'money-hkd', factor: 1 },
  '%': { dim: 'share', factor: 1 },
  '‰': { dim: 'share', factor: 0.1 },
  百分点: { dim: 'pp', factor: 1 },
  个百分点: { dim: 'pp', factor: 1 },
  pp: { dim: 'pp', factor: 1 },
  个: { dim: 'count', factor: 1 },
  家: { dim: 'count', factor: 1 },
  项: { dim: 'count', factor: 1 },
  座: { dim: 'count', factor: 1 },
  套: { dim: 'count', factor: 1 },
  所: { dim: 'count', factor: 1 },
  台: { dim: 'count', factor: 1 },
  次: { dim: 'count', factor: 1 },
  件: { dim: 'count', factor: 1 },
  只: { dim: 'count', factor: 1 },
  片: { dim: 'count', factor: 1 },
  条: { dim: 'count', factor: 1 },
  辆: { dim: 'count', factor: 1 },
  张: { dim: 'count', factor: 1 },
  处: { dim: 'count', factor: 1 },
  床: { dim: 'count', factor: 1 },
  批: { dim: 'count', factor: 1 },
  户: { dim: 'households', factor: 1 },
  人: { dim: 'persons', factor: 1 },
  名: { dim: 'persons', factor: 1 },
  位: { dim: 'persons', factor: 1 },
  人次: { dim: 'person-times', factor: 1 },
  部: { dim: 'phones', factor: 1 },
  岁: { dim: 'age', factor: 1 },
  年: { dim: 'years', factor: 1 },
  个月: { dim: 'years', factor: 1 / 12 },
  月: { dim: 'years', factor: 1 / 12 },
  天: { dim: 'days', factor: 1 },
  日: { dim: 'days', factor: 1 },
  周: { dim: 'days', factor: 7 },
  小时: { dim: 'days', factor: 1 / 24 },
  分钟: { dim: 'days', factor: 1 / 1440 },
  秒: { dim: 'days', factor: 1 / 86400 },
  工作日: { dim: 'workdays', factor: 1 },
  个工作日: { dim: 'workdays', factor: 1 },
  米: { dim: 'length', factor: 1 },
  m: { dim: 'length', factor: 1 },
  公里: { dim: 'length', factor: 1000 },
  km: { dim: 'length', factor: 1000 },
  吨: { dim: 'mass', factor: 1 },
  t: { dim: 'mass', factor: 1 },
  吨标准煤: { dim: 'energy-coal', factor: 1 },
  tce: { dim: 'energy-coal', factor: 1 },
  千瓦时: { dim: 'electricity', factor: 1 },
  度: { dim: 'electricity', factor: 1 },
  kWh: { dim: 'electricity', factor: 1 },
  瓦: { dim: 'power', factor: 1 },
  千瓦: { dim: 'power', factor: 1e3 },
  兆瓦: { dim: 'power', factor: 1e6 },
  kW: { dim: 'power', factor: 1e3 },
  MW: { dim: 'power', factor: 1e6 },
  平方米: { dim: 'area', factor: 1 },
  平方公里: { dim: 'area', factor: 1e6 },
  亩: { dim: 'area', factor: 2000 / 3 },
  立方米: { dim: 'volume', factor: 1 },
  M: { dim: 'bandwidth', factor: 1 },
  Mbps: { dim: 'bandwidth', factor: 1 },
  G: { dim: 'bandwidth', factor: 1000 },
  Gbps: { dim: 'bandwidth', factor: 1000 },
  兆: { dim: 'bandwidth', factor: 1 },
  指数: { dim: 'index', factor: 1 },
  倍: { dim: 'multiple', factor: 1 },
};
/** Longest first, so 千瓦时 wins over 瓦 and 个百分点 over 个. */
const BASE_NAMES = Object.keys(BASE_UNITS).sort((a, b) => b.length - a.length);

const SCALE_WORDS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/**
 * Every character a unit can be written with under these names: theirs, the scale words', and the
 * ratio's slash (a full-width `／` and `％` read as `/` and `%`). Text holding any other character is no
 * unit, so reading the units at the start of prose stops at the first such character.
 */
function unitAlphabet(names: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const text of [...names, ...Object.keys(SCALE_WORDS), '/', '／', '％'])
    for (let i = 0; i < text.length; i++) out.add(text.charCodeAt(i));
  return out;
}
const BASE_ALPHABET = unitAlphabet(BASE_NAMES);

/** 千万 → 1e7, 万亿 → 1e12; undefined when `s` is not made of scale words. */
export function parseScale(s: string): number | undefined {
  if (s.length === 0) return 1;
  if (s.length > 3) return undefined;
  let f = 1;
  for (const ch of s) {
    const v = SCALE_WORDS[ch];
    if (v === undefined) return undefined;
    f *= v;
  }
  return f;
}

/** The names of all base units (and the table's own), for completion. */
export function baseUnitNames(units: UnitTable | undefined): string[] {
  return [...Object.keys(BASE_UNITS), ...Object.keys(units?.user?.units ?? {})];
}

/** Units a `planlint.config.yaml` adds (`units:`): data of the effective config. */
export interface UserUnits {
  key: string;
  units: Record<string, BaseUnit>;
}

/**
 * The units a file is read with: the built-in ones and its effective config's, with the memo of
 * what was parsed under them. Whoever holds the effective config makes one (a project, one per
 * config it applies; a check without a project, one per check) and passes it down as a value:
 * nothing in the core holds a table of its own, so two configs checked in one process, interleaved,
 * never see each other's units. A function given no table reads the built-in units, unmemoised.
 */
export class UnitTable {
  /** Base-unit names, longest first, so 千瓦时 wins over 瓦 and 个百分点 over 个. */
  readonly names: readonly string[];
  readonly key: string;
  /** The characters of its units (`unitAlphabet`). */
  readonly alphabet: Set<number>;
  /**
   * Results by kind of reading, then by the text read: the text itself is the key, never a string built
   * per call (hashing a concatenated key on every lookup was a tenth of a check's rules).
   */
  private readonly memo = new Map<string, Map<string, unknown>>();
  private remembered = 0;
  constructor(readonly user?: UserUnits) {
    this.key = user?.key ?? '';
    this.names = user ? [...BASE_NAMES, ...Object.keys(user.units)].sort((a, b) => b.length - a.length) : BASE_NAMES;
    this.alphabet = user ? unitAlphabet(this.names) : BASE_ALPHABET;
  }
  /** A pure function's result under this table, computed once per kind and key (parses never change it). */
  remember<T>(kind: string, key: string, make: () => T): T {
    let byKey = this.memo.get(kind);
    if (!byKey) this.memo.set(kind, (byKey = new Map()));
    const hit = byKey.get(key);
    if (hit !== undefined || byKey.has(key)) return hit as T;
    const value = make();
    if (++this.remembered > 100_000) {
      for (const m of this.memo.values()) m.clear();
      this.remembered = 1;
    }
    byKey.set(key, value);
    return value;
  }
}

const baseUnit = (name: string, units: UnitTable | undefined): BaseUnit | undefined =>
  BASE_UNITS[name] ?? units?.user?.units[name];
/**
 * Dimensions that count things (contract: *Indicators*, `items`): count, households, persons,
 * person-times, and a dimension a user unit starts (not a ratio, not a yearly amount).
 */
export const isCountedDimension = (dim: string) =>
  ['count', 'households', 'persons', 'person-times'].includes(dim) || (!DIMENSIONS[dim] && !dim.includes('/'));
/** Whether a name is a built-in base unit (a user unit may not redefine one). */
export const isBuiltInUnit = (name: string) => BASE_UNITS[name] !== undefined;
/** The base unit of a dimension key (its first unit, factor 1), for user units with a factor. */
export const dimensionBase = (dim: string) =>
  Object.keys(BASE_UNITS).find(n => BASE_UNITS[n].dim === dim && BASE_UNITS[n].factor === 1);

/** Built-in dimensions whose amounts add up (allocation-shortfall sums only these, and their yearly amounts). */
const ADDITIVE = new Set([
  'money',
  'money-usd',
  'money-eur',
  'money-hkd',
  'count',
  'households',
  'persons',
  'person-times',
  'phones',
  'length',
  'mass',
  'energy-coal',
  'electricity',
  'power',
  'area',
  'volume',
]);

/**
 * Whether amounts of a dimension add up: the built-in ones listed, a user dimension not marked
 * `additive: false`, and a yearly amount (`/年`) of either. Shares, points, ratios and the rest do not.
 */
export function isAdditive(dim: string, units: UnitTable | undefined): boolean {
  const base = dim.endsWith('/years') ? dim.slice(0, -'/years'.length) : dim;
  if (base.includes('/')) return false;
  if (ADDITIVE.has(base)) return true;
  if (DIMENSIONS[base]) return false;
  const own = Object.values(units?.user?.units ?? {}).filter(u => u.dim === base);
  return own.length > 0 && own.every(u => u.additive !== false);
}

/** Parses a unit under a table (the built-in units without one); undefined when it is not understood. */
export function parseUnit(raw: string, units: UnitTable | undefined): Unit | undefined {
  const read = () => parseUnitUncached(raw.trim().replace(/％/g, '%').replace(/／/g, '/'), units);
  return units ? units.remember('unit', raw, read) : read();
}

/** A ratio of more parts than this (`元/元/元/元/元`) is not a unit: unit-unknown says so. */
const MAX_RATIO_PARTS = 4;

/** `a/b/c` reads as a/(b/c), built from the right in a loop (no recursion on text from a plan). */
function parseUnitUncached(text: string, units: UnitTable | undefined): Unit | undefined {
  if (!text) return undefined;
  const parts = text.split('/');
  if (parts.length > MAX_RATIO_PARTS) return undefined;
  let acc: Unit | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const a = baseWithScale(parts[i].trim(), units);
    if (!a) return undefined;
    if (!acc) {
      acc = a;
      continue;
    }
    if (acc.factor === 0) return undefined;
    acc = { text: '', dim: `${a.dim}/${acc.dim}`, factor: a.factor / acc.factor, prefix: a.prefix / acc.prefix };
  }
  return acc && { ...acc, text };
}

function baseWithScale(text: string, units: UnitTable | undefined): Unit | undefined {
  if (!text) return undefined;
  for (const name of units?.names ?? BASE_NAMES) {
    if (!text.endsWith(name)) continue;
    const scale = parseScale(text.slice(0, text.length - name.length));
    if (scale === undefined) continue;
    const base = baseUnit(name, units)!;
    return { text, dim: base.dim, factor: base.factor * scale, prefix: scale };
  }
  // A scale word alone as a unit (a table's 网民数（万）) counts things at that scale.
  const scale = parseScale(text);
  return scale !== undefined && scale !== 1 ? { text, dim: 'count', factor: scale, prefix: scale } : undefined;
}

/** The longest unit at the start of `s` (for reading numbers in prose: `4300万户以上`). */
export function leadingUnit(s: string, units: UnitTable | undefined): LeadingUnit {
  // Only the characters a unit can hold are read (`亿元，2023年` reads `亿元`): the rest is no unit's, so
  // the result is that of the head, remembered once per head under a table (source text states many
  // numbers, each followed by other words; keyed by the whole text, nearly every reading was new).
  const alphabet = units?.alphabet ?? BASE_ALPHABET;
  let fit = 0;
  while (fit < s.length && fit < LEADING_MAX && alphabet.has(s.charCodeAt(fit))) fit++;
  const head = fit === s.length ? s : s.slice(0, fit);
  return units
    ? units.remember('leading-unit', head, () => leadingUnitUncached(head, units))
    : leadingUnitUncached(head, units);
}
/** The longest unit text `leadingUnit` reads. */
const LEADING_MAX = 8;
type LeadingUnit = { unit?: Unit; scale?: number; length: number };
function leadingUnitUncached(s: string, units: UnitTable | undefined): LeadingUnit {
  const max = Math.min(s.length, LEADING_MAX);
  for (let len = max; len > 0; len--) {
    const head = s.slice(0, len);
    if (/\s/.test(head) || parseScale(head) !== undefined) continue; // a bare scale word is read below
    const unit = parseUnit(head, units);
    if (unit) return { unit, length: len };
  }
  for (let len = Math.min(3, s.length); len > 0; len--) {
    const scale = parseScale(s.slice(0, len));
    if (scale !== undefined && scale !== 1) return { scale, length: len };
  }
  return { length: 0 };
}

export function dimensionLabel(dim: string): Msg {
  const parts = dim.split('/');
  const labels = parts.map(p => DIMENSIONS[p] ?? { en: p, zh: p });
  return { en: labels.map(l => l.en).join(' per '), zh: labels.map(l => l.zh).join('/') };
}
