/**
 * What sits at each place of a plan file (a definition, a reference, an anchor, a value, a unit),
 * indexed once per parsed file, and per item, so hovers and definitions answer without walking the YAML
 * again: a hover looks at the spots of the item it is in, found by where items start.
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
import {
  fileReferenceUses,
  itemFrom,
  itemQuantityFields,
  itemReferenceUses,
  type QuantityRole,
  type RefKind,
} from '../model/walk';
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

const fileSpotCache = new WeakMap<PlanFile, Spot[]>();
const itemSpotCache = new WeakMap<ItemDef, Spot[]>();

/** Every spot of a file: its own (outside items), then each item's, in document order. */
export function spotsOf(file: PlanFile): Spot[] {
  return [...fileSpots(file), ...file.items.flatMap(itemSpots)];
}

/** The spots outside items: organizations, sources, includes, and who issued the plan. */
function fileSpots(file: PlanFile): Spot[] {
  let spots = fileSpotCache.get(file);
  if (spots) return spots;
  spots = [];
  for (const o of file.organizations.values()) spots.push({ kind: 'org', span: o.keySpan, org: o });
  for (const s of file.sources.values()) {
    spots.push({ kind: 'source', span: s.keySpan, def: s });
    if (s.path) spots.push({ kind: 'source', span: s.path.span, def: s });
  }
  for (const inc of file.includes) spots.push({ kind: 'include', span: inc.span, path: inc.value });
  for (const u of fileReferenceUses(file))
    spots.push({ kind: 'ref', span: u.ref.span, id: u.ref.id, expect: u.expect });
  fileSpotCache.set(file, spots);
  return spots;
}

/** One item's spots: its key, its references, anchors, unit and values (computed on the first hover in it). */
function itemSpots(it: ItemDef): Spot[] {
  let spots = itemSpotCache.get(it);
  if (spots) return spots;
  spots = [{ kind: 'item', span: it.keySpan, item: it }];
  for (const u of itemReferenceUses(it)) spots.push({ kind: 'ref', span: u.ref.span, id: u.ref.id, expect: u.expect });
  const anchorOfField = new Map<Located<unknown>, AnchorDef>();
  const addAnchor = (a: AnchorDef | undefined) => {
    if (!a) return;
    spots!.push({ kind: 'anchor', span: a.span, anchor: a });
    if (a.doc) spots!.push({ kind: 'ref', span: a.doc.span, id: a.doc.id, expect: 'source' });
  };
  addAnchor(it.source);
  if (it.kind === 'indicator') {
    if (it.unit) spots.push({ kind: 'unit', span: it.unit.span, unit: it.unit.value, indicator: it });
    for (const p of [it.baseline, ...it.targets]) {
      if (!p) continue;
      addAnchor(p.source);
      for (const f of [p.value, p.change]) if (f && p.source) anchorOfField.set(f, p.source);
    }
    if (it.growth) {
      addAnchor(it.growth.source);
      if (it.growth.value && it.growth.source) anchorOfField.set(it.growth.value, it.growth.source);
    }
  }
  for (const q of itemQuantityFields(it)) {
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
  itemSpotCache.set(it, spots);
  return spots;
}

/** Indexes a file's spots outside items ahead of the first hover (an item's are made on a hover in it). */
export function indexOf(file: PlanFile): void {
  fileSpots(file);
}

/** The item whose text holds an offset. */
function itemAt(file: PlanFile, offset: number): ItemDef | undefined {
  const it = itemFrom(file, offset);
  return it && offset <= Math.max(it.span.end, it.keySpan.end) ? it : undefined;
}

/** The innermost spot at an offset (a reference inside an anchor wins over the anchor); the first of equals. */
export function spotAt(file: PlanFile, offset: number): Spot | undefined {
  const item = itemAt(file, offset);
  let best: Spot | undefined;
  for (const s of item ? itemSpots(item) : fileSpots(file)) {
    if (offset < s.span.start || offset > s.span.end) continue;
    if (!best || s.span.end - s.span.start < best.span.end - best.span.start) best = s;
  }
  return best;
}
