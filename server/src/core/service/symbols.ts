/** The outline of a plan, and the symbols of the whole workspace. */
import type { PlanFile } from '../model/types';
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

export function documentSymbols(file: PlanFile): PlanSymbol[] {
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
    }[],
  ) => {
    if (!defs.length) return;
    const children = defs.map(d => ({
      name: d.id,
      detail: d.detail,
      kind,
      range: r({ start: d.keySpan.start, end: Math.max(d.span.end, d.keySpan.end) }),
      selectionRange: r(d.keySpan),
      children: [],
    }));
    const range = { start: children[0].range.start, end: children[children.length - 1].range.end };
    out.push({ name, kind: 'section', range, selectionRange: children[0].selectionRange, children });
  };
  section(
    'indicators',
    'indicator',
    [...file.indicators.values()].map(d => ({ ...d, detail: d.name?.value })),
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
      for (const c of s.children) {
        if (!q || c.name.toLowerCase().includes(q) || (c.detail ?? '').toLowerCase().includes(q))
          out.push({ uri: f.uri, symbol: c });
      }
  }
  return out;
}
