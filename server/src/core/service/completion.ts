/**
 * Completion: ids of the right kind where a reference is expected, units with their dimension,
 * enum values, field names with their descriptions from the schema, and snippets.
 */
import type { Resolution } from '../check/scope';
import type { Locale } from '../diagnostics';
import { baseUnitNames, dimensionLabel, parseUnit } from '../quantity/units';
import schema from '../../../../schemas/plan.schema.json';
import { cursorContext } from './yamlContext';

export type CompletionKind = 'reference' | 'unit' | 'value' | 'field' | 'snippet';
export interface CompletionEntry {
  label: string; kind: CompletionKind; detail?: string; documentation?: string;
  /** Text to insert; a snippet (with $1 tab stops) when `snippet` is set. */
  insertText: string; snippet?: boolean; filterText?: string; sortText?: string;
}
export interface CompletionResult { replaceStart: number; items: CompletionEntry[] }

type Def = { properties?: Record<string, Def>; enum?: string[]; title?: string; description?: string; $ref?: string; anyOf?: Def[]; items?: Def; additionalProperties?: Def | boolean };
const root = schema as unknown as Def & { definitions: Record<string, Def> };
const deref = (d: Def | undefined): Def | undefined => d?.$ref ? root.definitions[d.$ref.split('/').pop()!] : d;

/** The schema definition of the mapping at a key path. */
function defAt(path: string[]): Def | undefined {
  let d: Def | undefined = root;
  for (const k of path) {
    d = deref(d);
    if (!d) return undefined;
    const objectBranch: Def | undefined = d.anyOf?.map(deref).find(b => b?.properties);
    const base: Def = objectBranch ?? d;
    const next: Def | undefined = base.properties?.[k] ?? (typeof base.additionalProperties === 'object' ? base.additionalProperties : undefined);
    d = deref(next);
    if (d?.items) d = deref(d.items);
    if (d?.anyOf && !d.properties) d = d.anyOf.map(deref).find(b => b?.properties) ?? d;
  }
  return deref(d);
}

const REF_KEYS: Record<string, 'organization' | 'indicator' | 'goal' | 'item' | 'source'> = {
  responsible: 'organization', lead: 'organization', support: 'organization', payer: 'organization', issued_by: 'organization', successor: 'organization',
  parts: 'indicator', subsets: 'indicator', supports: 'item', doc: 'source',
};

function text(d: Def | undefined, locale: Locale): string | undefined {
  if (!d?.description) return undefined;
  const [en, zh] = d.description.split('\n\n');
  return locale === 'zh-cn' ? zh ?? en : en;
}

const SNIPPETS: Record<string, { label: string; body: string }[]> = {
  indicators: [{ label: 'indicator', body: '${1:id}:\n  name: ${2:指标名称}\n  unit: ${3:亿元}\n  direction: ${4|increase,decrease,maintain|}\n  baseline: { year: ${5:2020}, value: ${6:0} }\n  targets:\n    - { year: ${7:2025}, value: ${8:0}, source: { doc: ${9:main}, quote: "${10}" } }\n  responsible: [${11}]' }],
  targets: [{ label: 'target', body: '{ year: ${1:2025}, value: ${2:0}, source: { doc: ${3:main}, quote: "${4}" } }' }],
  funding: [{ label: 'funding clause', body: '${1:F-id}:\n  title: ${2:条款标题}\n  instrument: ${3|grant,award,subsidy,interest-subsidy,price-support,fund,guarantee,tax|}\n  rate: "${4:30%}"\n  cap: { amount: "${5:500万元}", per: ${6|project,enterprise,enterprise-year|} }\n  source: { doc: ${7:main}, quote: "${8}" }' }],
};

/** The digits and dots that end `s` (a backward scan: `/[\d.]+$/` is quadratic on long digit runs). */
function trailingNumber(s: string): string {
  let i = s.length;
  while (i > 0 && /[\d.]/.test(s[i - 1])) i--;
  return s.slice(i);
}

export function completeAt(text0: string, offset: number, res: Resolution | undefined, locale: Locale): CompletionResult {
  const ctx = cursorContext(text0, offset);
  const items: CompletionEntry[] = [];
  const zh = locale === 'zh-cn';
  const key = ctx.key;
  if (key) {
    let kind = REF_KEYS[key];
    if (key === 'indicators' && ctx.path[0] === 'goals') kind = 'indicator';
    if (key === 'goals' && ctx.path[0] === 'tasks') kind = 'goal';
    if (kind && res) {
      if (kind === 'organization') {
        const seen = new Set<string>();
        for (const [name, org] of res.scope.orgNames) {
          if (seen.has(name)) continue;
          seen.add(name);
          const alias = name !== org.id;
          items.push({ label: name, kind: 'reference', insertText: name, detail: org.name?.value,
            documentation: alias ? (zh ? `“${org.id}”的别名` : `alias of ${org.id}`) : org.until ? (zh ? `存续至 ${org.until.value} 年` : `existed until ${org.until.value}`) : undefined,
            sortText: `${org.until ? 1 : 0}${alias ? 1 : 0}${name}` });
        }
      } else if (kind === 'source') {
        for (const [id, s] of res.sourceStates) items.push({ label: id, kind: 'reference', insertText: id, detail: s.def.title?.value ?? s.def.path?.value });
      } else {
        for (const it of res.scope.items.values()) {
          const ok = kind === 'item' ? it.kind === 'task' || it.kind === 'goal' : it.kind === kind;
          if (!ok) continue;
          const name = it.kind === 'indicator' ? it.name?.value : it.title?.value;
          items.push({ label: it.id, kind: 'reference', insertText: it.id, detail: name, documentation: it.kind });
        }
      }
    } else if (key === 'unit' || (key === 'value' && /\d$/.test(ctx.prefix))) {
      const num = key === 'value' ? trailingNumber(ctx.prefix) : '';
      for (const base of baseUnitNames()) for (const p of ['', '万', '亿']) {
        const u = parseUnit(p + base);
        if (!u || (p && ['%', '百分点', '个百分点', 'pp', '指数'].includes(base))) continue;
        const dim = dimensionLabel(u.dim);
        items.push({ label: p + base, kind: 'unit', insertText: num + p + base, filterText: num + p + base, detail: zh ? dim.zh : dim.en });
      }
    } else if (key === 'source') {
      if (res) for (const [id, s] of res.sourceStates) items.push({ label: `${id}#p`, kind: 'reference', insertText: `${id}#p\${1}`, snippet: true, detail: s.def.title?.value });
    } else {
      const d = defAt([...ctx.path, key]);
      for (const v of d?.enum ?? []) items.push({ label: v, kind: 'value', insertText: v, documentation: text(d, locale) });
    }
  } else if (ctx.atKey) {
    const d = defAt(ctx.path);
    const props = deref(d)?.properties ?? (deref(d)?.anyOf?.map(deref).find(b => b?.properties)?.properties);
    if (props && !(ctx.path.length === 1 && ['indicators', 'goals', 'tasks', 'funding', 'organizations', 'sources'].includes(ctx.path[0]))) {
      for (const [name, p] of Object.entries(props)) {
        const pd = deref(p);
        items.push({ label: name, kind: 'field', insertText: `${name}: `, detail: pd?.title ?? deref(p)?.title, documentation: text(pd, locale) });
      }
    }
    const section = ctx.path[ctx.path.length - 1];
    for (const s of SNIPPETS[ctx.inList && section === 'targets' ? 'targets' : ctx.path.length === 1 ? section : ''] ?? []) {
      items.push({ label: s.label, kind: 'snippet', insertText: s.body, snippet: true, detail: zh ? '代码片段' : 'snippet' });
    }
  } else if (ctx.inList && ctx.path[ctx.path.length - 1] === 'targets') {
    for (const s of SNIPPETS.targets) items.push({ label: s.label, kind: 'snippet', insertText: s.body, snippet: true });
  }
  return { replaceStart: ctx.prefixStart, items };
}
