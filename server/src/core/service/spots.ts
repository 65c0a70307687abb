/**
 * What sits at each place of a plan file (a definition, a reference, an anchor, a value, a unit),
 * indexed once per parsed file so hovers and definitions answer without walking the YAML again.
 */
import type {
  AnchorDef,
  FundingDef,
  IndicatorDef,
  ItemDef,
  Located,
  OrgDef,
  PlanFile,
  SourceDef,
} from '../model/types';
import { referenceUses, type RefKind, quantityFields, type QuantityRole } from '../model/walk';
import type { Span } from '../text/lineIndex';

export type Spot =
  | { kind: 'item'; span: Span; item: ItemDef }
  | { kind: 'org'; span: Span; org: OrgDef }
  | { kind: 'source'; span: Span; def: SourceDef }
  | { kind: 'ref'; span: Span; id: string; expect: RefKind }
  | { kind: 'anchor'; span: Span; anchor: AnchorDef }
  | {
      kind: 'value';
      span: Span;
      field: Located<unknown>;
      role: QuantityRole;
      anchor?: AnchorDef;
      indicator?: IndicatorDef;
      funding?: FundingDef;
    }
  | { kind: 'unit'; span: Span; unit: string; indicator: IndicatorDef }
  | { kind: 'include'; span: Span; path: string };

const cache = new WeakMap<PlanFile, Spot[]>();

export function spotsOf(file: PlanFile): Spot[] {
  let spots = cache.get(file);
  if (spots) return spots;
  spots = [];
  for (const it of file.items) spots.push({ kind: 'item', span: it.keySpan, item: it });
  for (const o of file.organizations.values()) spots.push({ kind: 'org', span: o.keySpan, org: o });
  for (const s of file.sources.values()) {
    spots.push({ kind: 'source', span: s.keySpan, def: s });
    if (s.path) spots.push({ kind: 'source', span: s.path.span, def: s });
  }
  for (const inc of file.includes) spots.push({ kind: 'include', span: inc.span, path: inc.value });
  for (const u of referenceUses(file)) spots.push({ kind: 'ref', span: u.ref.span, id: u.ref.id, expect: u.expect });
  const anchorOfField = new Map<Located<unknown>, AnchorDef>();
  const addAnchor = (a: AnchorDef | undefined) => {
    if (!a) return;
    spots.push({ kind: 'anchor', span: a.span, anchor: a });
    if (a.doc) spots.push({ kind: 'ref', span: a.doc.span, id: a.doc.id, expect: 'source' });
  };
  for (const it of file.items) addAnchor(it.source);
  for (const ind of file.indicators.values()) {
    if (ind.unit) spots.push({ kind: 'unit', span: ind.unit.span, unit: ind.unit.value, indicator: ind });
    for (const p of [ind.baseline, ...ind.targets]) {
      if (!p) continue;
      addAnchor(p.source);
      for (const f of [p.value, p.change]) if (f && p.source) anchorOfField.set(f, p.source);
    }
    if (ind.growth) {
      addAnchor(ind.growth.source);
      if (ind.growth.value && ind.growth.source) anchorOfField.set(ind.growth.value, ind.growth.source);
    }
  }
  for (const q of quantityFields(file)) {
    spots.push({
      kind: 'value',
      span: q.field.span,
      field: q.field,
      role: q.role,
      indicator: q.indicator,
      funding: q.funding,
      anchor: anchorOfField.get(q.field) ?? q.funding?.source,
    });
  }
  cache.set(file, spots);
  return spots;
}

/** A file's spots by where they start, and the longest span: a hover looks at the few that can hold it. */
interface SpotIndex {
  byStart: { spot: Spot; order: number }[];
  longest: number;
}
const indexes = new WeakMap<PlanFile, SpotIndex>();

/** Indexes a file's spots ahead of the first hover. */
export function indexOf(file: PlanFile): SpotIndex {
  let index = indexes.get(file);
  if (index) return index;
  const byStart = spotsOf(file).map((spot, order) => ({ spot, order }));
  byStart.sort((a, b) => a.spot.span.start - b.spot.span.start || a.order - b.order);
  const longest = byStart.reduce((m, x) => Math.max(m, x.spot.span.end - x.spot.span.start), 0);
  indexes.set(file, (index = { byStart, longest }));
  return index;
}

/** The innermost spot at an offset (a reference inside an anchor wins over the anchor); the first of equals. */
export function spotAt(file: PlanFile, offset: number): Spot | undefined {
  const { byStart, longest } = indexOf(file);
  // The last spot starting at or before the offset; those before it that may still reach it.
  let lo = 0,
    hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].spot.span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best: { spot: Spot; order: number } | undefined;
  for (let i = lo - 1; i >= 0 && byStart[i].spot.span.start >= offset - longest; i--) {
    const x = byStart[i],
      len = x.spot.span.end - x.spot.span.start;
    if (offset > x.spot.span.end) continue;
    const bestLen = best ? best.spot.span.end - best.spot.span.start : Infinity;
    if (len < bestLen || (len === bestLen && x.order < best!.order)) best = x;
  }
  return best?.spot;
}
