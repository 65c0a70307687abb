/** Each anchor of a plan file, with a label and the values it backs (shared by the drift rule and citations). */
import type { AnchorDef, Located, PlanFile } from '../model/types';
import { nearlyEqual, parseQuantity, type Quantity } from '../quantity/quantity';
import { parseUnit, type Unit } from '../quantity/units';
import type { TextNumber } from './document';

export interface BackedValue { field: Located<unknown>; unit?: Unit; magnitude?: boolean }
/** An anchor of a plan, the item it belongs to (its kind: coverage counts clauses by it) and the values it backs. */
export interface AnchorUse { anchor: AnchorDef; label: string; values: BackedValue[]; kind: 'indicator' | 'goal' | 'task' | 'funding' }

export function anchorUses(file: PlanFile): AnchorUse[] {
  const out: AnchorUse[] = [];
  const pct = parseUnit('%');
  for (const ind of file.indicators.values()) {
    const unit = ind.unit ? parseUnit(ind.unit.value) : undefined;
    if (ind.source) out.push({ anchor: ind.source, label: ind.id, values: [], kind: 'indicator' });
    const b = ind.baseline;
    if (b?.source) {
      out.push({ anchor: b.source, label: `${ind.id} · baseline${b.year ? ` ${b.year.value}` : ''}`,
        values: b.value ? [{ field: b.value, unit }] : [], kind: 'indicator' });
    }
    for (const t of ind.targets) {
      if (!t.source) continue;
      const values = t.value ? [{ field: t.value, unit }] : t.change ? [{ field: t.change, unit: pct, magnitude: true }] : [];
      out.push({ anchor: t.source, label: `${ind.id} · ${t.year?.value ?? ''} target`, values, kind: 'indicator' });
    }
    const g = ind.growth;
    if (g?.source) {
      out.push({ anchor: g.source, label: `${ind.id} · growth`, values: g.value ? [{ field: g.value, unit: pct }] : [], kind: 'indicator' });
    }
  }
  for (const it of file.items) {
    if (it.kind === 'indicator' || !it.source) continue;
    const values: BackedValue[] = [];
    if (it.kind === 'funding') {
      if (it.rate) values.push({ field: it.rate, unit: pct });
      const money = [it.threshold, it.amount, it.amountMin, it.amountMax, ...it.caps.map(c => c.amount), ...it.tiers.map(t => t.amount)];
      for (const m of money) if (m) values.push({ field: m });
    }
    out.push({ anchor: it.source, label: it.id, values, kind: it.kind });
  }
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

/** The number a backed value states and its unit; undefined when it does not parse or its unit is unknown. */
export function statedValue(b: BackedValue): { n: number; unit?: Unit; q: Quantity } | undefined {
  if (typeof b.field.value !== 'string' && typeof b.field.value !== 'number') return undefined;
  const p = parseQuantity(b.field.value);
  if (!p.ok || (p.quantity.unitText && !p.quantity.unit)) return undefined; // unit-unknown says it
  const q = p.quantity;
  return { n: b.magnitude ? Math.abs(q.number) : q.number, unit: q.unit ?? b.unit, q };
}
