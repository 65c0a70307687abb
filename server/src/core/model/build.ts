/**
 * Builds the typed model from the YAML tree. Lenient by design: whatever has the wrong shape
 * is left out here and reported once, by the `schema` rule, so other rules never cascade.
 */
import { isMap, isScalar, isSeq, type YAMLMap, type Node as YamlNode, type Pair } from 'yaml';
import type { Span } from '../text/lineIndex';
import type { ParsedYaml } from '../yaml/parse';
import { spanOf } from '../yaml/nodes';
import type {
  AnchorDef,
  CapDef,
  FundingDef,
  GoalDef,
  GrowthDef,
  IndicatorDef,
  ItemDef,
  LinkDef,
  Located,
  OrgDef,
  PlanFile,
  PlanMeta,
  PointDef,
  Ref,
  ShareDef,
  SourceDef,
  TaskDef,
  TierDef,
} from './types';

type AnyNode = unknown;

function pairs(map: AnyNode): Pair<YamlNode, YamlNode>[] {
  return isMap(map) ? (map as YAMLMap<YamlNode, YamlNode>).items : [];
}
function get(map: AnyNode, key: string): Pair<YamlNode, YamlNode> | undefined {
  return pairs(map).find(p => isScalar(p.key) && String(p.key.value) === key);
}
function span(node: AnyNode, fallback: Span): Span {
  return spanOf(node as YamlNode) ?? fallback;
}

function scalar(map: AnyNode, key: string): Located<unknown> | undefined {
  const p = get(map, key);
  if (!p || !isScalar(p.value)) return undefined;
  return { value: p.value.value, span: span(p.value, spanOf(p.key)!) };
}
function str(map: AnyNode, key: string): Located<string> | undefined {
  const s = scalar(map, key);
  return s && (typeof s.value === 'string' || typeof s.value === 'number')
    ? { value: String(s.value), span: s.span }
    : undefined;
}
function int(map: AnyNode, key: string): Located<number> | undefined {
  const s = scalar(map, key);
  return s && typeof s.value === 'number' && Number.isInteger(s.value) ? { value: s.value, span: s.span } : undefined;
}
/** A list of ids; a lone string is read as a list of one (the schema still asks for a list). */
function refs(map: AnyNode, key: string): Ref[] {
  const p = get(map, key);
  if (!p) return [];
  const items = isSeq(p.value) ? p.value.items : [p.value];
  const out: Ref[] = [];
  for (const it of items) {
    if (isScalar(it) && (typeof it.value === 'string' || typeof it.value === 'number') && it.range) {
      out.push({ id: String(it.value), span: { start: it.range[0], end: it.range[1] } });
    }
  }
  return out;
}

/** The span of `value.slice(from, to)` inside a scalar's source, when it can be mapped exactly. */
function subSpan(text: string, node: YamlNode, from: number, to: number): Span {
  const s = spanOf(node)!;
  const v = String((node as { value?: unknown }).value ?? '');
  const quoted = (node as { type?: string }).type;
  const base = s.start + (quoted === 'QUOTE_DOUBLE' || quoted === 'QUOTE_SINGLE' ? 1 : 0);
  return text.slice(base + from, base + to) === v.slice(from, to) ? { start: base + from, end: base + to } : s;
}

const SHORTHAND = /^\s*([^#\s]+)#p(\d+)\s*$/;

function anchor(text: string, node: AnyNode): AnchorDef | undefined {
  if (isScalar(node) && typeof node.value === 'string') {
    const s = spanOf(node)!;
    const m = SHORTHAND.exec(node.value);
    if (!m) return { span: s, shorthand: true };
    const docStart = node.value.indexOf(m[1]);
    const paraStart = node.value.lastIndexOf('#p') + 2;
    return {
      span: s,
      shorthand: true,
      doc: { id: m[1], span: subSpan(text, node, docStart, docStart + m[1].length) },
      para: { value: Number(m[2]), span: subSpan(text, node, paraStart, paraStart + m[2].length) },
    };
  }
  if (!isMap(node)) return undefined;
  const doc = str(node, 'doc');
  const quote = str(node, 'quote');
  return {
    span: spanOf(node)!,
    shorthand: false,
    doc: doc && { id: doc.value, span: doc.span },
    para: int(node, 'para'),
    quote,
  };
}

function point(text: string, node: AnyNode): PointDef | undefined {
  if (!isMap(node)) return undefined;
  const itemsPair = get(node, 'items');
  const partial = scalar(node, 'items_partial')?.value;
  return {
    span: spanOf(node)!,
    year: int(node, 'year'),
    value: scalar(node, 'value'),
    change: scalar(node, 'change'),
    text: str(node, 'text'),
    growth: scalar(node, 'growth'),
    items: itemsPair && isSeq(itemsPair.value) ? listed(itemsPair) : undefined,
    itemsPartial: partial === true ? true : undefined,
    source: anchor(text, get(node, 'source')?.value),
  };
}

/** A target's `items`: the listed names (non-text entries are schema problems, left out here). */
function listed(p: Pair<YamlNode, YamlNode>): PointDef['items'] {
  const seq = p.value as unknown as { items: unknown[] };
  const values = seq.items
    .filter(isScalar)
    .filter(n => typeof n.value === 'string' || typeof n.value === 'number')
    .map(n => ({ value: String(n.value), span: spanOf(n)! }));
  return { keySpan: spanOf(p.key)!, span: spanOf(p.value)!, values };
}

function points(text: string, node: AnyNode): PointDef[] {
  return isSeq(node) ? node.items.map(t => point(text, t)).filter((t): t is PointDef => !!t) : [];
}

function growth(text: string, p: Pair<YamlNode, YamlNode> | undefined): GrowthDef | undefined {
  if (!p?.value) return undefined;
  const s = spanOf(p.value)!;
  if (isScalar(p.value)) return { span: s, value: { value: p.value.value, span: s } };
  if (isMap(p.value))
    return { span: s, value: scalar(p.value, 'value'), source: anchor(text, get(p.value, 'source')?.value) };
  return undefined;
}

function base(uri: string, p: Pair<YamlNode, YamlNode>, text: string) {
  const keySpan = spanOf(p.key)!;
  return {
    id: String((p.key as { value: unknown }).value),
    keySpan,
    span: span(p.value, keySpan),
    uri,
    source: anchor(text, get(p.value, 'source')?.value),
  };
}

function indicator(uri: string, text: string, p: Pair<YamlNode, YamlNode>): IndicatorDef {
  const v = p.value;
  const type = str(v, 'type')?.value;
  return {
    kind: 'indicator',
    ...base(uri, p, text),
    name: str(v, 'name'),
    unit: str(v, 'unit'),
    category: str(v, 'category')?.value,
    type: type === 'binding' || type === '约束性' ? 'binding' : 'expected',
    direction: str(v, 'direction'),
    baseline: point(text, get(v, 'baseline')?.value),
    targets: points(text, get(v, 'targets')?.value),
    actuals: points(text, get(v, 'actuals')?.value),
    growth: growth(text, get(v, 'growth')),
    parts: refs(v, 'parts'),
    partsSpan: spanOf(get(v, 'parts')?.value),
    subsets: refs(v, 'subsets'),
    responsible: refs(v, 'responsible'),
    bounds: bounds(get(v, 'bounds')?.value),
    aligns: links(get(v, 'aligns')?.value),
    allocatedTo: links(get(v, 'allocated_to')?.value),
  };
}

/** `aligns` / `allocated_to`: a link or a list of links; entries of the wrong shape are schema problems. */
function links(node: AnyNode): LinkDef[] {
  const items = isSeq(node) ? node.items : node ? [node] : [];
  return items.filter(isMap).map(n => ({
    span: spanOf(n)!,
    plan: str(n, 'plan'),
    indicator: str(n, 'indicator'),
    must: str(n, 'must'),
  }));
}

/** `bounds: [min, max]`: numbers or null at either end (the schema checks the shape). */
function bounds(node: AnyNode): IndicatorDef['bounds'] {
  if (!isSeq(node) || node.items.length !== 2) return undefined;
  const end = (n: unknown) =>
    isScalar(n) && typeof n.value === 'number' && Number.isFinite(n.value) ? n.value : undefined;
  return { span: spanOf(node)!, min: end(node.items[0]), max: end(node.items[1]) };
}

function goal(uri: string, text: string, p: Pair<YamlNode, YamlNode>): GoalDef {
  const v = p.value;
  return {
    kind: 'goal',
    ...base(uri, p, text),
    title: str(v, 'title'),
    indicators: refs(v, 'indicators'),
    responsible: refs(v, 'responsible'),
  };
}

function task(uri: string, text: string, p: Pair<YamlNode, YamlNode>): TaskDef {
  const v = p.value;
  return {
    kind: 'task',
    ...base(uri, p, text),
    title: str(v, 'title'),
    lead: refs(v, 'lead'),
    support: refs(v, 'support'),
    goals: refs(v, 'goals'),
    due: int(v, 'due'),
  };
}

function funding(uri: string, text: string, p: Pair<YamlNode, YamlNode>): FundingDef {
  const v = p.value;
  const amountNode = get(v, 'amount')?.value;
  const thresholdNode = get(v, 'threshold')?.value;
  const capNode = get(v, 'cap')?.value;
  const capNodes = isSeq(capNode) ? capNode.items : capNode ? [capNode] : [];
  const caps: CapDef[] = capNodes
    .filter(isMap)
    .map(c => ({ span: spanOf(c)!, amount: scalar(c, 'amount'), per: str(c, 'per') }));
  const tiersNode = get(v, 'tiers')?.value;
  const tiers: TierDef[] = isSeq(tiersNode)
    ? tiersNode.items
        .filter(isMap)
        .map(t => ({ span: spanOf(t)!, level: str(t, 'level')?.value, amount: scalar(t, 'amount') }))
    : [];
  const costShare: ShareDef[] = pairs(get(v, 'cost_share')?.value)
    .filter(sp => isScalar(sp.value))
    .map(sp => ({
      level: String((sp.key as { value: unknown }).value),
      keySpan: spanOf(sp.key)!,
      value: { value: (sp.value as { value: unknown }).value, span: spanOf(sp.value)! },
    }));
  return {
    kind: 'funding',
    ...base(uri, p, text),
    title: str(v, 'title'),
    instrument: str(v, 'instrument'),
    rate: scalar(v, 'rate'),
    threshold: isMap(thresholdNode) ? scalar(thresholdNode, 'value') : scalar(v, 'threshold'),
    thresholdOf: isMap(thresholdNode) ? str(thresholdNode, 'of') : undefined,
    amount: isScalar(amountNode) ? scalar(v, 'amount') : undefined,
    amountMin: isMap(amountNode) ? scalar(amountNode, 'min') : undefined,
    amountMax: isMap(amountNode) ? scalar(amountNode, 'max') : undefined,
    caps,
    durationYears: int(v, 'duration_years'),
    startYear: int(v, 'start_year'),
    payer: refs(v, 'payer'),
    costShare,
    tiers,
    tiersOrder: str(v, 'tiers_order'),
    supports: refs(v, 'supports'),
  };
}

function organization(uri: string, p: Pair<YamlNode, YamlNode>): OrgDef {
  const v = p.value;
  const keySpan = spanOf(p.key)!;
  const aliasNode = get(v, 'aliases')?.value;
  const aliases = isSeq(aliasNode)
    ? aliasNode.items.filter(isScalar).map(a => ({ value: String(a.value), span: spanOf(a)! }))
    : [];
  const successor = str(v, 'successor');
  return {
    id: String((p.key as { value: unknown }).value),
    keySpan,
    span: span(v, keySpan),
    uri,
    name: str(v, 'name'),
    aliases,
    until: int(v, 'until'),
    successor: successor && { id: successor.value, span: successor.span },
    change: str(v, 'change'),
  };
}

function sourceDef(uri: string, p: Pair<YamlNode, YamlNode>): SourceDef {
  const keySpan = spanOf(p.key)!;
  return {
    id: String((p.key as { value: unknown }).value),
    keySpan,
    span: span(p.value, keySpan),
    uri,
    path: str(p.value, 'path'),
    title: str(p.value, 'title'),
  };
}

function meta(root: AnyNode): PlanMeta | undefined {
  const p = get(root, 'plan');
  if (!p) return undefined;
  const v = p.value;
  const periodNode = get(v, 'period')?.value;
  let period: PlanMeta['period'];
  if (isSeq(periodNode)) {
    const [a, b] = periodNode.items;
    const year = (n: unknown) =>
      isScalar(n) && typeof n.value === 'number' && Number.isInteger(n.value)
        ? { value: n.value, span: spanOf(n)! }
        : undefined;
    period = { span: spanOf(periodNode)!, first: year(a), last: year(b) };
  }
  return {
    keySpan: spanOf(p.key)!,
    span: span(v, spanOf(p.key)!),
    id: str(v, 'id'),
    title: str(v, 'title'),
    region: str(v, 'region')?.value,
    period,
    baselineYear: int(v, 'baseline_year'),
    issuedBy: refs(v, 'issued_by'),
  };
}

/**
 * The definitions built from the pairs of the editor's chunk-parsed versions. The incremental parser
 * hands an unchanged section entry over as the same pair object (yaml/incremental.ts); at the same
 * offset, in the same file, its definition is the same, so it is shared between versions instead of
 * built again for every entry at every keystroke (half of what an edit allocated at 2,000 indicators).
 * Weak: a definition goes when its entry's parse does.
 */
const builtFromPair = new WeakMap<object, { uri: string; start: number; def: unknown }>();

/** Keeps the first definition of each key; later ones are `duplicate-id`s. `shared`: see builtFromPair. */
function collect<T>(section: AnyNode, make: (p: Pair<YamlNode, YamlNode>) => T, shared?: string): Map<string, T> {
  const out = new Map<string, T>();
  for (const p of pairs(section)) {
    if (!isScalar(p.key)) continue;
    const id = String(p.key.value);
    if (out.has(id)) continue;
    const start = p.key.range?.[0] ?? -1;
    const built = shared === undefined ? undefined : builtFromPair.get(p);
    if (built && built.uri === shared && built.start === start) {
      out.set(id, built.def as T);
      continue;
    }
    const def = make(p);
    if (shared !== undefined) builtFromPair.set(p, { uri: shared, start, def });
    out.set(id, def);
  }
  return out;
}

const REGISTRY_KEYS = new Set(['planlint', 'organizations', 'sources', 'include']);

export function buildPlanFile(uri: string, text: string, yaml: ParsedYaml): PlanFile {
  const root = yaml.syntax.length || yaml.limit ? undefined : yaml.doc.contents;
  const section = (k: string) => get(root, k)?.value;
  // Only a chunk-parsed version hands over unchanged entries as the same pairs: a whole parse shares none.
  const shared = yaml.entries ? uri : undefined;
  const indicators = collect(section('indicators'), p => indicator(uri, text, p), shared);
  const goals = collect(section('goals'), p => goal(uri, text, p), shared);
  const tasks = collect(section('tasks'), p => task(uri, text, p), shared);
  const fundingMap = collect(section('funding'), p => funding(uri, text, p), shared);
  const items: ItemDef[] = [...indicators.values(), ...goals.values(), ...tasks.values(), ...fundingMap.values()].sort(
    (a, b) => a.keySpan.start - b.keySpan.start,
  );
  const includeNode = section('include');
  const includeItems = isSeq(includeNode) ? includeNode.items : includeNode ? [includeNode] : [];
  return {
    uri,
    text,
    lines: yaml.lines,
    yaml,
    isRegistry: isMap(root) && pairs(root).every(p => isScalar(p.key) && REGISTRY_KEYS.has(String(p.key.value))),
    meta: meta(root),
    includes: includeItems
      .filter(isScalar)
      .filter(n => typeof n.value === 'string')
      .map(n => ({ value: String(n.value), span: spanOf(n)! })),
    sources: collect(section('sources'), p => sourceDef(uri, p)),
    organizations: collect(section('organizations'), p => organization(uri, p)),
    indicators,
    goals,
    tasks,
    funding: fundingMap,
    items,
  };
}
