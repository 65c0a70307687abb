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

/** The innermost spot at an offset (a reference inside an anchor wins over the anchor). */
export function spotAt(file: PlanFile, offset: number): Spot | undefined {
  let best: Spot | undefined;
  for (const s of spotsOf(file)) {
    if (offset < s.span.start || offset > s.span.end) continue;
    if (!best || s.span.end - s.span.start < best.span.end - best.span.start) best = s;
  }
  return best;
}
