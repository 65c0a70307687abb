/**
 * 指标分解: a total and the parts it is allocated to (`allocated_to`), year by year. Shared by
 * `allocation-shortfall`, `duplicate-id` (a part listed twice) and the inlay hint that shows the sum.
 */
import type { ResolvedLink } from './links';
import { isAdditive } from '../quantity/units';
import type { IndicatorDef, PlanFile } from './types';
import type { ResolvedIndicator, ResolvedValue } from './analysis';

/** `increase`: the parts must reach the total; `cap`: a decrease or an upper bound, the parts must stay within it. */
export type AllocationMode = 'increase' | 'cap';

export interface AllocationTerm {
  link: ResolvedLink;
  value: ResolvedValue;
  /** The compared end, in the total's unit. */
  end: number;
}
export interface AllocationYear {
  year: number;
  mode: AllocationMode;
  total: ResolvedValue;
  /** The total's compared end. */
  totalEnd: number;
  sum: number;
  terms: AllocationTerm[];
  /** The parts cannot reach the total (increase), or exceed it (cap). */
  failing: boolean;
}

/** Where a link leads, for telling two listings of one part apart. */
function partKey(link: ResolvedLink, file: PlanFile): string {
  if (link.target) return `${link.target.uri}#${link.target.id}`;
  return `${link.plan?.uri ?? file.uri}#${link.link.indicator?.value}`;
}

/** The `allocated_to` links of an indicator that list a part again (each a `duplicate-id`), with the first listing. */
export function repeatedParts(
  links: readonly ResolvedLink[],
  owner: IndicatorDef,
  file: PlanFile,
): { again: ResolvedLink; first: ResolvedLink }[] {
  const seen = new Map<string, ResolvedLink>();
  const out: { again: ResolvedLink; first: ResolvedLink }[] = [];
  for (const l of links) {
    if (l.owner !== owner || l.role !== 'allocated_to') continue;
    const k = partKey(l, file);
    const first = seen.get(k);
    if (first) out.push({ again: l, first });
    else seen.set(k, l);
  }
  return out;
}

/**
 * The years in which a total and every part it is allocated to have a numeric `value` target, with the
 * sum of the parts' compared ends. Nothing for a dimension that does not add up, a part that does not
 * resolve or is of another dimension, or a `maintain` total that is not an upper bound.
 */
export function allocationYears(
  total: ResolvedIndicator,
  links: readonly ResolvedLink[],
  file: PlanFile,
  resolve: (def: IndicatorDef) => ResolvedIndicator,
): AllocationYear[] {
  const own = links.filter(l => l.owner === total.def && l.role === 'allocated_to');
  const repeated = new Set(repeatedParts(links, total.def, file).map(r => r.again));
  const parts = own.filter(l => !repeated.has(l));
  const unit = total.unit;
  if (!parts.length || !unit || !isAdditive(unit.dim, total.units) || parts.some(p => !p.target)) return [];
  const resolved = parts.map(p => ({ link: p, r: resolve(p.target!) }));
  if (resolved.some(p => p.r.unit?.dim !== unit.dim)) return [];
  const dir = total.def.direction?.value;
  const out: AllocationYear[] = [];
  for (const t of total.targets) {
    const tv = t.value;
    if (t.year === undefined || !t.def.value || !tv?.interval) continue;
    const upper = tv.interval.lo === -Infinity && Number.isFinite(tv.interval.hi);
    const mode: AllocationMode | undefined =
      dir === 'decrease' || upper ? 'cap' : dir === 'increase' ? 'increase' : undefined;
    if (!mode) continue;
    const endOf = (v: ResolvedValue, ratio: number) => {
      const n = mode === 'cap' ? v.interval!.hi : v.interval!.lo;
      return Number.isFinite(n) ? n * ratio : undefined;
    };
    const totalEnd = endOf(tv, 1);
    if (totalEnd === undefined) continue;
    const terms: AllocationTerm[] = [];
    for (const p of resolved) {
      const pv = p.r.targets.find(x => x.year === t.year && x.def.value && x.value?.interval)?.value;
      const end = pv && endOf(pv, p.r.unit!.factor / unit.factor);
      if (!pv || end === undefined) break;
      terms.push({ link: p.link, value: pv, end });
    }
    if (terms.length !== resolved.length) continue;
    const sum = terms.reduce((s, x) => s + x.end, 0);
    const gap = mode === 'increase' ? totalEnd - sum : sum - totalEnd;
    // Compared exactly, to a relative 1e-9 (unit conversion multiplies): no tolerance.
    const failing = gap > 1e-9 * Math.max(Math.abs(totalEnd), Math.abs(sum));
    out.push({ year: t.year, mode, total: tv, totalEnd, sum, terms, failing });
  }
  return out;
}
