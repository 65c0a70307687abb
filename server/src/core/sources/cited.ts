/** Each anchor of a plan file, its item and the values it backs (shared by the drift rule, coverage, citations). */
import type { AnchorDef, ItemDef, Located, PlanFile } from '../model/types';
import { nearlyEqual, parseQuantity, type Field, type Quantity } from '../quantity/quantity';
import { parseUnit, type Unit, type UnitTable } from '../quantity/units';
import type { TextNumber } from './textNumbers';

/**
 * A value an anchor backs. `year` is set for baselines and targets only: a number the text ties to
 * another year does not back it. Growth and funding values are never tied.
 */
export interface BackedValue {
  field: Located<unknown>;
  unit?: Unit;
  magnitude?: boolean;
  year?: number;
  reads?: Field;
}
/** An anchor of a plan, the item it belongs to (its kind: coverage counts clauses by it) and the values it backs. */
export interface AnchorUse {
  anchor: AnchorDef;
  values: BackedValue[];
  kind: 'indicator' | 'goal' | 'task' | 'funding';
  item: ItemDef;
  /** Which of an indicator's entries the anchor is on; none for the item's own `source`. */
  part?: { kind: 'baseline' | 'target' | 'actual' | 'growth'; year?: number };
}

export function anchorUses(file: PlanFile, units: UnitTable | undefined): AnchorUse[] {
  const items = [...file.indicators.values(), ...file.items.filter(it => it.kind !== 'indicator')];
  return items.flatMap(it => itemAnchorUses(it, file.meta?.baselineYear?.value, units));
}

/** One item's anchors; `baselineYear` is the plan's, which a baseline without its own year is in. */
export function itemAnchorUses(it: ItemDef, baselineYear: number | undefined, units: UnitTable | undefined) {
  const out: AnchorUse[] = [];
  const pct = parseUnit('%', units);
  if (it.kind === 'indicator') {
    const ind = it;
    const unit = ind.unit ? parseUnit(ind.unit.value, units) : undefined;
    if (ind.source) out.push({ anchor: ind.source, values: [], kind: 'indicator', item: ind });
    const b = ind.baseline;
    if (b?.source) {
      const year = b.year?.value ?? baselineYear;
      const values = b.value ? [{ field: b.value, unit, year }] : [];
      out.push({ anchor: b.source, values, kind: 'indicator', item: ind, part: { kind: 'baseline', year } });
    }
    const points = [
      ...ind.targets.map(t => ({ t, kind: 'target' as const })),
      ...ind.actuals.map(t => ({ t, kind: 'actual' as const })),
    ];
    for (const { t, kind } of points) {
      if (!t.source) continue;
      const year = t.year?.value;
      const values: BackedValue[] = t.value
        ? [{ field: t.value, unit, year }]
        : t.change
          ? [{ field: t.change, unit: pct, magnitude: true, year }]
          : t.growth // an actual's growth is a rate over the years, never tied to one
            ? [{ field: t.growth, unit: pct, reads: 'growth' }]
            : [];
      out.push({ anchor: t.source, values, kind: 'indicator', item: ind, part: { kind, year } });
    }
    const g = ind.growth;
    const growth = g?.value ? [{ field: g.value, unit: pct, reads: 'growth' as const }] : [];
    if (g?.source)
      out.push({
        anchor: g.source,
        values: growth,
        kind: 'indicator',
        item: ind,
        part: { kind: 'growth' },
      });
    return out;
  }
  if (!it.source) return out;
  const values: BackedValue[] = [];
  if (it.kind === 'funding') {
    if (it.rate) values.push({ field: it.rate, unit: pct, reads: 'funding' });
    const money = [
      it.threshold,
      it.amount,
      it.amountMin,
      it.amountMax,
      ...it.caps.map(c => c.amount),
      ...it.tiers.map(t => t.amount),
    ];
    for (const m of money) if (m) values.push({ field: m, reads: 'funding' });
  }
  out.push({ anchor: it.source, values, kind: it.kind, item: it });
  return out;
}

/** Whether a number in the text states the value: same number, read with its unit or scale word. */
export function backs(t: TextNumber, n: number, unit: Unit | undefined): boolean {
  if (t.unit) {
    if (!unit) return nearlyEqual(t.value, n);
    return t.unit.dim === unit.dim && nearlyEqual(t.value * t.unit.factor, n * unit.factor);
  }
  if (t.scale !== undefined) return nearlyEqual(t.value * t.scale, n * (unit?.prefix ?? 1));
  return nearlyEqual(t.value, n);
}

/** A range's two ends as numbers of their own; a single number as itself. */
export const endsOf = (t: TextNumber): TextNumber[] => (t.hi === undefined ? [t] : [t, { ...t, value: t.hi }]);

/** Whether a number of the text may back a value of `year`: untied, tied to that year, or the value is not tied. */
export const sameYear = (t: TextNumber, year: number | undefined) =>
  year === undefined || t.year === undefined || t.year === year;

/** A value as stated: its number (a range's low end), its high end, its unit (a bare scale word applied). */
export interface Stated {
  n: number;
  hi?: number;
  unit?: Unit;
  q: Quantity;
}

/** The number a backed value states and its unit; undefined when it does not parse or its unit is unknown. */
export function statedValue(b: BackedValue, units: UnitTable | undefined): Stated | undefined {
  if (typeof b.field.value !== 'string' && typeof b.field.value !== 'number') return undefined;
  // Each value is read as its own field reads it: a change's `-18%`, a growth's `年均增长11%`.
  const p = parseQuantity(b.field.value, b.reads ?? (b.magnitude ? 'change' : 'value'), units);
  if (!p.ok || (p.quantity.unitText && !p.quantity.unit && !p.quantity.scale)) return undefined; // unit-unknown says it
  const q = p.quantity;
  // 翻一番 states a multiple of the baseline, which no number of the text states.
  if (q.multiple || q.words.some(w => w.startsWith('翻'))) return undefined;
  let unit = q.unit ?? b.unit,
    lo = q.number,
    hi = q.hi;
  // A bare scale word replaces the scale of the indicator's unit: 突破4300万 in 户 is 43000000户.
  if (q.scale && !q.unit) {
    if (unit) unit = { ...unit, factor: (unit.factor / unit.prefix) * q.scale, prefix: q.scale };
    else {
      lo *= q.scale;
      hi = hi === undefined ? undefined : hi * q.scale;
    }
  }
  // Signed fields (a change, a growth, funding) are backed by their magnitude: 下降18% backs -18%.
  if (b.magnitude || b.reads === 'growth' || b.reads === 'funding') {
    const a = Math.abs(lo),
      z = hi === undefined ? undefined : Math.abs(hi);
    [lo, hi] = z === undefined ? [a, undefined] : [Math.min(a, z), Math.max(a, z)];
  }
  return hi !== undefined ? { n: lo, hi, unit, q } : { n: lo, unit, q };
}
