/** Walking a file's quantities and references, and reading their values: shared by the rules and the services. */
import { parseQuantity, type Field, type Quantity } from '../quantity/quantity';
import type { UnitTable } from '../quantity/units';
import type { FundingDef, IndicatorDef, ItemDef, Located, PlanFile, Ref } from './types';
import type { ResolvedIndicator, ResolvedValue } from './analysis';

export type QuantityRole = 'value' | 'change' | 'growth' | 'rate' | 'threshold' | 'amount' | 'cap' | 'tier' | 'share';
interface QuantityField {
  role: QuantityRole;
  field: Located<unknown>;
  indicator?: IndicatorDef;
  funding?: FundingDef;
}

/** The last item starting at or before `offset` (items are in document order and do not overlap), if any. */
export function itemFrom(file: PlanFile, offset: number): ItemDef | undefined {
  const items = file.items;
  let lo = 0,
    hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].keySpan.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}

/** Every quantity-valued field of a file's own indicators and funding clauses. */
export function* quantityFields(file: PlanFile): Generator<QuantityField> {
  for (const ind of file.indicators.values()) yield* itemQuantityFields(ind);
  for (const f of file.funding.values()) yield* itemQuantityFields(f);
}

/** The quantity-valued fields of one item (an indicator or a funding clause; other items have none). */
export function* itemQuantityFields(item: ItemDef): Generator<QuantityField> {
  if (item.kind === 'indicator') {
    const ind = item;
    if (ind.baseline?.value) yield { role: 'value', field: ind.baseline.value, indicator: ind };
    for (const t of ind.targets) {
      if (t.value) yield { role: 'value', field: t.value, indicator: ind };
      if (t.change) yield { role: 'change', field: t.change, indicator: ind };
    }
    for (const a of ind.actuals) {
      if (a.value) yield { role: 'value', field: a.value, indicator: ind };
      if (a.change) yield { role: 'change', field: a.change, indicator: ind };
      if (a.growth) yield { role: 'growth', field: a.growth, indicator: ind };
    }
    if (ind.growth?.value) yield { role: 'growth', field: ind.growth.value, indicator: ind };
  } else if (item.kind === 'funding') {
    const f = item;
    if (f.rate) yield { role: 'rate', field: f.rate, funding: f };
    if (f.threshold) yield { role: 'threshold', field: f.threshold, funding: f };
    for (const a of [f.amount, f.amountMin, f.amountMax]) if (a) yield { role: 'amount', field: a, funding: f };
    for (const c of f.caps) if (c.amount) yield { role: 'cap', field: c.amount, funding: f };
    for (const t of f.tiers) if (t.amount) yield { role: 'tier', field: t.amount, funding: f };
    for (const s of f.costShare) yield { role: 'share', field: s.value, funding: f };
  }
}

/** How a role's quantity is read: a change and a growth take their verbs and signs; the rest are values. */
export function fieldOf(role: QuantityRole): Field {
  return role === 'change' || role === 'growth' || role === 'value' ? role : 'funding';
}

/** A field's quantity when it parses (strings and numbers only; other types are schema problems). */
export function quantityOf(
  field: Located<unknown>,
  role: QuantityRole,
  units: UnitTable | undefined,
): Quantity | undefined {
  if (typeof field.value !== 'string' && typeof field.value !== 'number') return undefined;
  const p = parseQuantity(field.value, fieldOf(role), units);
  return p.ok ? p.quantity : undefined;
}

export type RefKind = 'indicator' | 'goal' | 'task' | 'item' | 'organization' | 'source';
export interface RefUse {
  ref: Ref;
  expect: RefKind;
  allowed?: ('goal' | 'task')[];
  role: string;
  dueYear?: number;
}

/** Every reference a file's own text makes, with the kind it must name. */
export function* referenceUses(file: PlanFile): Generator<RefUse> {
  yield* fileReferenceUses(file);
  for (const items of [file.indicators, file.goals, file.tasks, file.funding])
    for (const it of items.values()) yield* itemReferenceUses(it);
}

/** The references a file makes outside its items: who issued it, and who took over from a body. */
export function* fileReferenceUses(file: PlanFile): Generator<RefUse> {
  for (const r of file.meta?.issuedBy ?? []) yield { ref: r, expect: 'organization', role: 'plan.issued_by' };
  for (const o of file.organizations.values())
    if (o.successor) yield { ref: o.successor, expect: 'organization', role: 'successor' };
}

/** The references one item makes. */
export function* itemReferenceUses(it: ItemDef): Generator<RefUse> {
  if (it.kind === 'indicator') {
    for (const r of it.parts) yield { ref: r, expect: 'indicator', role: 'parts' };
    for (const r of it.subsets) yield { ref: r, expect: 'indicator', role: 'subsets' };
    for (const r of it.responsible) yield { ref: r, expect: 'organization', role: 'responsible' };
  } else if (it.kind === 'goal') {
    for (const r of it.indicators) yield { ref: r, expect: 'indicator', role: 'goal indicators' };
    for (const r of it.responsible) yield { ref: r, expect: 'organization', role: 'responsible' };
  } else if (it.kind === 'task') {
    for (const r of it.lead) yield { ref: r, expect: 'organization', role: 'lead', dueYear: it.due?.value };
    for (const r of it.support) yield { ref: r, expect: 'organization', role: 'support', dueYear: it.due?.value };
    for (const r of it.goals) yield { ref: r, expect: 'goal', role: 'goals' };
  } else {
    for (const r of it.payer) yield { ref: r, expect: 'organization', role: 'payer' };
    for (const r of it.supports) yield { ref: r, expect: 'item', allowed: ['task', 'goal'], role: 'supports' };
  }
}

/** The actuals an indicator reports for a year. */
export function actualsIn(r: ResolvedIndicator, year: number): ResolvedValue[] {
  return r.actuals.flatMap(a => (a.year === year && a.value ? [a.value] : []));
}

/** Values an indicator has in a year: its baseline (in the baseline year) and its targets. */
export function valuesIn(r: ResolvedIndicator, year: number): ResolvedValue[] {
  const out: ResolvedValue[] = [];
  if (r.baseline?.value && r.baselineYear === year) out.push(r.baseline.value);
  for (const t of r.targets) if (t.year === year && t.value) out.push(t.value);
  return out;
}
