/**
 * The outline of a plan, and the symbols of the whole workspace. Where a plan has actuals, its indicators
 * are grouped by their state (*Monitoring: actuals*: on track, met, behind, not compared, no data), each
 * group in the report's order, its members in document order.
 */
import type { IndicatorState } from '../model/monitoring';
import { INDICATOR_STATES } from '../model/monitoring';
import type { IndicatorDef, PlanFile } from '../model/types';
import type { Range } from '../text/lineIndex';

export type SymbolKind = 'plan' | 'section' | 'indicator' | 'goal' | 'task' | 'funding' | 'organization' | 'source';
export interface PlanSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: PlanSymbol[];
}

/** Each indicator's state and the words for a state, where the plan has actuals to group by. */
export interface StateGrouping {
  stateOf: (def: IndicatorDef) => IndicatorState;
  label: (state: IndicatorState, n: number) => string;
}

export function documentSymbols(file: PlanFile, grouping?: StateGrouping): PlanSymbol[] {
  const r = (s: { start: number; end: number }) => file.lines.rangeOf(s);
  const out: PlanSymbol[] = [];
  if (file.meta)
    out.push({
      name: file.meta.title?.value ?? file.meta.id?.value ?? 'plan',
      detail: file.meta.id?.value,
      kind: 'plan',
      range: r({ start: file.meta.keySpan.start, end: file.meta.span.end }),
      selectionRange: r(file.meta.keySpan),
      children: [],
    });
  const section = (
    name: string,
    kind: SymbolKind,
    defs: {
      id: string;
      keySpan: { start: number; end: number };
      span: { start: number; end: number };
      detail?: string;
      state?: IndicatorState;
    }[],
  ) => {
    if (!defs.length) return;
    const symbolOf = (d: (typeof defs)[number]): PlanSymbol => ({
      name: d.id,
      detail: d.detail,
      kind,
      range: r({ start: d.keySpan.start, end: Math.max(d.span.end, d.keySpan.end) }),
      selectionRange: r(d.keySpan),
      children: [],
    });
    const children = defs.map(symbolOf);
    const range = { start: children[0].range.start, end: children[children.length - 1].range.end };
    out.push({
      name,
      kind: 'section',
      range,
      selectionRange: children[0].selectionRange,
      children: grouping && kind === 'indicator' ? groups(defs.map(d => [d.state!, symbolOf(d)])) : children,
    });
  };
  // A group spans its first member to its last: groups may interleave, which the outline shows in its order.
  const groups = (members: [IndicatorState, PlanSymbol][]): PlanSymbol[] =>
    INDICATOR_STATES.flatMap(state => {
      const of = members.filter(m => m[0] === state).map(m => m[1]);
      if (!of.length) return [];
      const ends = of.map(c => c.range.end).sort((a, b) => a.line - b.line || a.character - b.character);
      return [
        {
          name: grouping!.label(state, of.length),
          kind: 'section' as const,
          range: { start: of[0].range.start, end: ends[ends.length - 1] },
          selectionRange: of[0].selectionRange,
          children: of,
        },
      ];
    });
  section(
    'indicators',
    'indicator',
    [...file.indicators.values()].map(d => ({ ...d, detail: d.name?.value, state: grouping?.stateOf(d) })),
  );
  section(
    'goals',
    'goal',
    [...file.goals.values()].map(d => ({ ...d, detail: d.title?.value })),
  );
  section(
    'tasks',
    'task',
    [...file.tasks.values()].map(d => ({ ...d, detail: d.title?.value })),
  );
  section(
    'funding',
    'funding',
    [...file.funding.values()].map(d => ({ ...d, detail: d.title?.value })),
  );
  section(
    'organizations',
    'organization',
    [...file.organizations.values()].map(d => ({ ...d, detail: d.name?.value })),
  );
  section(
    'sources',
    'source',
    [...file.sources.values()].map(d => ({ ...d, detail: d.title?.value ?? d.path?.value })),
  );
  return out;
}

export function workspaceSymbols(files: PlanFile[], query: string): { uri: string; symbol: PlanSymbol }[] {
  const q = query.toLowerCase();
  const out: { uri: string; symbol: PlanSymbol }[] = [];
  for (const f of files) {
    for (const s of documentSymbols(f))
      for (const c of s.children.flatMap(x => (x.kind === 'section' ? x.children : [x]))) {
        if (!q || c.name.toLowerCase().includes(q) || (c.detail ?? '').toLowerCase().includes(q))
          out.push({ uri: f.uri, symbol: c });
      }
  }
  return out;
}
