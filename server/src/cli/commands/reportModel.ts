/** What the HTML report shows of an indicator: its points with their sources, growth and findings. */
import {
  impliedGrowth,
  paceKind,
  resolveAnchor,
  resolveIndicator,
  showPace,
  showValue,
  type Locale,
  type AnchorDef,
  type IndicatorDef,
  type PlanDiagnostic,
  type PlanFile,
  type Resolution,
  type ResolvedIndicator,
} from '../../core/index';
import type { ItemDef } from '../../core/model/types';
import { itemFrom } from '../../core/model/walk';
import { escSource } from './reportHtml';

/** A cited span: the report quotes each cited paragraph once, marking every span cited in it. */
export interface SourceView {
  doc: string;
  title: string;
  para: number;
  text: string;
  paraStart: number;
  start: number;
  end: number;
}
/**
 * A baseline or target: `number` is where the chart plots it; `lo`/`hi` the finite ends of a range
 * it admits (drawn as a band), `open` the way an open-ended value (`≥60%`, `突破4300万`) runs on.
 */
export interface PointView {
  kind: 'baseline' | 'target';
  year?: number;
  text: string;
  number?: number;
  source?: SourceView;
  lo?: number;
  hi?: number;
  open?: 'up' | 'down';
}
export interface IndicatorView {
  id: string;
  name: string;
  unit: string;
  binding: boolean;
  points: PointView[];
  growth?: string;
  growthPoint?: PointView;
  growthRate?: number;
  growthKind?: 'compound' | 'linear';
  responsible: string[];
  findings: PlanDiagnostic[];
  resolved: ResolvedIndicator;
}

export function sourceView(a: AnchorDef | undefined, res: Resolution | undefined): SourceView | undefined {
  if (!a || !res) return undefined;
  const r = resolveAnchor(a, res.sourceStates);
  if (r.status !== 'ok') return undefined;
  const m = r.matches[0];
  const p = r.doc.paragraph(m.para)!;
  return {
    doc: a.doc!.id,
    title: r.state.def.title?.value ?? a.doc!.id,
    para: m.para,
    text: r.doc.text.slice(p.start, p.end),
    paraStart: p.start,
    start: m.start,
    end: m.end,
  };
}

const WINDOW = 200;
/** A paragraph with its cited spans marked; a long one shows only windows around them. */
export function quotedParagraph(text: string, spans: [number, number][], locale: Locale = 'en'): string {
  const esc = (s: string) => escSource(s, locale);
  const marks = [...spans]
    .sort((a, b) => a[0] - b[0])
    .reduce<[number, number][]>((acc, s) => {
      const last = acc[acc.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else acc.push([...s]);
      return acc;
    }, []);
  let out = '',
    pos = 0;
  for (let k = 0; k < marks.length; k++) {
    const [s, e] = marks[k];
    const from = Math.max(pos, s - WINDOW);
    if (from > pos) out += pos === 0 && from > 0 ? '… ' : ' … ';
    out += `${esc(text.slice(from, s))}<mark>${esc(text.slice(s, e))}</mark>`;
    const to = Math.min(text.length, e + WINDOW);
    const next = marks[k + 1]; // merged and sorted: the next mark starts after this one ends
    out += esc(text.slice(e, next && next[0] - WINDOW <= to ? next[0] : to));
    pos = next && next[0] - WINDOW <= to ? next[0] : to;
  }
  return out + (pos < text.length ? ' …' : '');
}

/** Diagnostics sorted by start line, so each indicator finds its own by binary search, not by a scan of all. */
export interface ByLine {
  diags: PlanDiagnostic[];
}
export function byStartLine(diagnostics: PlanDiagnostic[]): ByLine {
  return { diags: [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line) };
}
/** The engine's findings whose start lies in an item's own text (its span ends where the next one starts). */
export function findingsOf(def: ItemDef, file: PlanFile, diagnostics: ByLine): PlanDiagnostic[] {
  const from = file.lines.positionAt(def.keySpan.start).line,
    to = file.lines.positionAt(def.span.end).line;
  const inside = (d: PlanDiagnostic) => {
    const at = file.lines.offsetAt(d.range.start);
    return at >= def.keySpan.start && at < def.span.end;
  };
  return findingsBetween(diagnostics, from, to).filter(inside);
}

/** The item (indicator, goal, task, funding clause) a finding lies in. */
export function itemAt(file: PlanFile, d: PlanDiagnostic): ItemDef | undefined {
  const at = file.lines.offsetAt(d.range.start);
  const it = itemFrom(file, at);
  return it && at < it.span.end ? it : undefined;
}

/** An item's name as a reviewer reads it: the indicator's name or the goal's, task's or clause's title. */
export const itemName = (d: ItemDef) => (d.kind === 'indicator' ? d.name?.value : d.title?.value) || d.id;
/** The anchor of an item's row in the report. */
export const ROW_PREFIX: Record<ItemDef['kind'], string> = {
  indicator: 'ind',
  goal: 'goal',
  task: 'task',
  funding: 'fund',
};

function findingsBetween({ diags }: ByLine, from: number, to: number): PlanDiagnostic[] {
  let lo = 0,
    hi = diags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (diags[mid].range.start.line < from) lo = mid + 1;
    else hi = mid;
  }
  const out: PlanDiagnostic[] = [];
  for (let i = lo; i < diags.length && diags[i].range.start.line <= to; i++) out.push(diags[i]);
  return out;
}

export function resolveIndicatorOf(
  def: IndicatorDef,
  file: PlanFile,
  res: Resolution | undefined,
  diagnostics: ByLine,
): IndicatorView {
  const r = resolveIndicator(def, file, res?.units);
  const show = (v: ResolvedIndicator['targets'][number]['value'], raw: unknown) =>
    v ? showValue(v, r.unit) : String(raw ?? '?');
  const points: PointView[] = [];
  if (r.baseline) {
    points.push({
      kind: 'baseline',
      year: r.baselineYear,
      text: show(r.baseline.value, r.baseline.def.value?.value),
      ...extent(r.baseline.value),
      source: sourceView(r.baseline.def.source, res),
    });
  }
  for (const t of r.targets) {
    const text = show(t.value, t.def.change?.value ?? t.def.value?.value ?? t.def.text?.value);
    points.push({ kind: 'target', year: t.year, text, ...extent(t.value), source: sourceView(t.def.source, res) });
  }
  const g = def.growth?.value;
  return {
    id: def.id,
    name: def.name?.value ?? def.id,
    unit: def.unit?.value ?? '',
    binding: def.type === 'binding',
    points,
    growth: g ? String(g.value) : undefined,
    growthPoint: g ? { kind: 'target', text: String(g.value), source: sourceView(def.growth?.source, res) } : undefined,
    growthRate: r.growth ? r.growth.quantity.number : undefined,
    growthKind: r.growth?.kind,
    responsible: def.responsible.map(x => res?.scope.orgNames.get(x.id)?.name?.value ?? x.id),
    findings: findingsOf(def, file, diagnostics),
    resolved: r,
  };
}

/** Where a value sits on a chart: its number, the finite ends of the range it admits, and which way it is open. */
function extent(v: ResolvedIndicator['targets'][number]['value']): Pick<PointView, 'number' | 'lo' | 'hi' | 'open'> {
  if (!v) return {};
  const i = v.interval,
    fin = Number.isFinite;
  if (!i) return { number: v.number };
  const lo = fin(i.lo) ? i.lo : undefined,
    hi = fin(i.hi) ? i.hi : undefined;
  const open = lo !== undefined && hi === undefined ? 'up' : hi !== undefined && lo === undefined ? 'down' : undefined;
  const number = v.number !== undefined && fin(v.number) ? v.number : (lo ?? hi);
  return { number, lo: lo ?? number, hi: hi ?? number, open };
}

export function impliedGrowthOf(v: IndicatorView, locale: Locale): string | undefined {
  const kind = v.resolved.growth?.kind ?? paceKind(v.resolved.unit?.dim);
  const imp = impliedGrowth(v.resolved, kind);
  return imp && showPace(imp.interval, imp.kind, locale);
}
