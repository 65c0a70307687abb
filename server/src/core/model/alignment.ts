/**
 * 规划衔接: how an indicator compares with the one it carries down (`aligns`), year by year. Shared by
 * `alignment-weaker` and the editor's hover, which shows the other plan's targets and why nothing was compared.
 */
import { intersects, type Interval } from '../quantity/quantity';
import type { UnitTable } from '../quantity/units';
import type { Span } from '../text/lineIndex';
import type { ResolvedIndicator, ResolvedPoint, ResolvedValue } from './analysis';
import { quantityOf } from './walk';

/** Why a link is held to the other's figure: a binding indicator of the same region, or `must: meet`. */
export type AlignmentReason = { kind: 'must' } | { kind: 'binding'; region: string };
/** Why nothing was compared. */
export type NotCompared = 'direction' | 'unit' | 'no-shared-year';

export interface AlignmentFinding {
  kind: 'value' | 'change' | 'maintain' | 'growth';
  year?: number;
  /** The compared value of this plan. */
  span: Span;
  mine: ResolvedValue | { shown: string };
  theirs: ResolvedValue | { shown: string };
}

export interface AlignmentComparison {
  /** Years compared, with growth counted as a comparison. */
  compared: number;
  /** The years in which a target of each was compared (the report's table says which years were). */
  years: number[];
  notCompared?: NotCompared;
  findings: AlignmentFinding[];
}

/** A strict bound counts as its number; an open end has no least ambitious end. */
function leastEnd(i: Interval, dir: string): number | undefined {
  const n = dir === 'decrease' ? i.hi : i.lo;
  return Number.isFinite(n) ? n : undefined;
}
const scaled = (i: Interval, r: number): Interval => ({ ...i, lo: i.lo * r, hi: i.hi * r });
/** Relative comparison past rounding: unit conversion multiplies. */
const shortOf = (mine: number, theirs: number, dir: string) => {
  const gap = dir === 'decrease' ? mine - theirs : theirs - mine;
  return gap > 1e-9 * Math.max(Math.abs(mine), Math.abs(theirs));
};

/** A `change` in comparable form: its signed interval in its dimension's base unit (a bare number is a %). */
function changeOf(p: ResolvedPoint, units: UnitTable | undefined): { dim: string; interval: Interval } | undefined {
  if (!p.def.change) return undefined;
  const q = quantityOf(p.def.change, 'change', units);
  if (!q || q.unknown !== undefined || (q.scale !== undefined && !q.unit)) return undefined;
  if (q.unitText && !q.unit) return undefined;
  return { dim: q.unit?.dim ?? 'share', interval: scaled(q.interval, q.unit?.factor ?? 1) };
}

/** Whether `aligns` holds this indicator to the other's figure, and why. */
export function alignmentReason(
  theirs: ResolvedIndicator,
  must: boolean,
  ownRegion: string | undefined,
  theirRegion: string | undefined,
): AlignmentReason | undefined {
  if (must) return { kind: 'must' };
  const r = ownRegion?.trim();
  return theirs.def.type === 'binding' && r && r === theirRegion?.trim() ? { kind: 'binding', region: r } : undefined;
}

export function compareAlignment(mine: ResolvedIndicator, theirs: ResolvedIndicator): AlignmentComparison {
  const dir = mine.def.direction?.value;
  const none = (notCompared: NotCompared): AlignmentComparison => ({
    compared: 0,
    years: [],
    notCompared,
    findings: [],
  });
  if (!dir || dir !== theirs.def.direction?.value) return none('direction');
  if (!mine.unit || !theirs.unit || mine.unit.dim !== theirs.unit.dim) return none('unit');
  const ratio = theirs.unit.factor / mine.unit.factor;
  const findings: AlignmentFinding[] = [];
  const comparedYears = new Set<number>();
  let compared = 0;
  const years = new Set(mine.targets.map(t => t.year).filter(y => theirs.targets.some(o => o.year === y)));
  for (const year of [...years].filter((y): y is number => y !== undefined).sort((a, b) => a - b)) {
    const values = (r: ResolvedIndicator, f: number) =>
      r.targets
        .filter(t => t.year === year && t.def.value && t.value?.interval)
        .map(t => ({ v: t.value!, i: scaled(t.value!.interval!, f) }));
    const mv = values(mine, 1),
      tv = values(theirs, ratio);
    if (mv.length && tv.length) {
      compared++;
      comparedYears.add(year);
      if (dir === 'maintain') {
        // Every bound taken as closed, as target-conflict reads two statements of one figure.
        const closed = (i: Interval): Interval => ({ ...i, loOpen: false, hiOpen: false });
        const apart = mv.find(m => !tv.some(t => intersects(closed(m.i), closed(t.i))));
        if (apart) findings.push({ kind: 'maintain', year, span: apart.v.span, mine: apart.v, theirs: tv[0].v });
      } else {
        const weakest = <T extends { i: Interval }>(xs: T[]) =>
          xs
            .map(x => ({ x, end: leastEnd(x.i, dir) }))
            .filter((e): e is { x: T; end: number } => e.end !== undefined)
            .sort((a, b) => (dir === 'decrease' ? b.end - a.end : a.end - b.end))[0];
        const m = weakest(mv),
          t = weakest(tv);
        if (m && t && shortOf(m.end, t.end, dir))
          findings.push({ kind: 'value', year, span: m.x.v.span, mine: m.x.v, theirs: t.x.v });
      }
    }
    // Changes compare with changes, only when both count from a baseline of the same year.
    if (mine.baselineYear === undefined || mine.baselineYear !== theirs.baselineYear) continue;
    const changes = (r: ResolvedIndicator) =>
      r.targets
        .filter(t => t.year === year)
        .map(t => ({ t, c: changeOf(t, r.units) }))
        .filter(x => x.c);
    const mc = changes(mine),
      tc = changes(theirs);
    for (const m of mc) {
      const t = tc.find(o => o.c!.dim === m.c!.dim);
      if (!t || !m.t.value || !t.t.value) continue;
      compared++;
      comparedYears.add(year);
      const me = leastEnd(m.c!.interval, dir),
        te = leastEnd(t.c!.interval, dir);
      if (dir === 'maintain') {
        if (!intersects(m.c!.interval, t.c!.interval))
          findings.push({ kind: 'change', year, span: m.t.value.span, mine: m.t.value, theirs: t.t.value });
      } else if (me !== undefined && te !== undefined && shortOf(me, te, dir))
        findings.push({ kind: 'change', year, span: m.t.value.span, mine: m.t.value, theirs: t.t.value });
    }
  }
  // A stated growth with the other's, of the same kind (compound with compound, linear with linear).
  const mg = mine.growth,
    tg = theirs.growth;
  if (mg && tg && mg.kind === tg.kind && dir !== 'maintain') {
    compared++;
    const me = leastEnd(mg.interval, dir),
      te = leastEnd(tg.interval, dir);
    if (me !== undefined && te !== undefined && shortOf(me, te, dir)) {
      const shown = (r: ResolvedIndicator) => ({ shown: String(r.def.growth?.value?.value ?? '') });
      findings.push({ kind: 'growth', span: mg.span, mine: shown(mine), theirs: shown(theirs) });
    }
  }
  return compared ? { compared, years: [...comparedYears], findings } : none('no-shared-year');
}
