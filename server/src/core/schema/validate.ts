/**
 * Schema problems for a plan file: ajv's errors (from the standalone validator, so no eval at
 * check time), narrowed to the most precise node and worded for plan authors.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Msg } from '../diagnostics';
import type { Span } from '../text/lineIndex';
import { spanOf } from '../yaml/nodes';
import { plainJs } from '../yaml/plainJs';
import validate, { type AjvError } from './plan-validator.generated.js';
import schema from '../../../../schemas/plan.schema.json';
import { closest } from '../text/closest';

export interface SchemaProblem {
  span: Span;
  message: Msg;
}

/** Each mapping's keys, indexed once per document: a lookup per error must not search the mapping. */
type KeyIndex = WeakMap<object, Map<string, Pair>>;
function pairOf(map: YAMLMap, key: string, index: KeyIndex): Pair | undefined {
  let keys = index.get(map);
  if (!keys) {
    keys = new Map();
    for (const p of map.items) if (isScalar(p.key) && !keys.has(String(p.key.value))) keys.set(String(p.key.value), p);
    index.set(map, keys);
  }
  return keys.get(key);
}

function nodeAt(doc: Document.Parsed, path: string[], index: KeyIndex): { node?: YamlNode; keySpan?: Span } {
  let node: unknown = doc.contents;
  let keySpan: Span | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairOf(node, seg, index);
      if (!pair) return { node: undefined, keySpan };
      keySpan = spanOf(pair.key as YamlNode);
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
    } else return { node: undefined, keySpan };
  }
  return { node: node as YamlNode, keySpan };
}

/** At most this many schema problems a file; then one "and N more" (a file of 100,000 mistyped entries). */
const MAX_SCHEMA_PROBLEMS = 200;

/** How many of `sorted` start with `prefix` (binary search on a sorted list). */
function countWithPrefix(sorted: string[], prefix: string): number {
  const lower = (x: string) => {
    let lo = 0,
      hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lower(`${prefix}\uffff`) - lower(prefix);
}

const decode = (p: string) =>
  p
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
const typeName = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'mapping' : typeof v;
const TYPE_WORDS: Record<string, Msg> = {
  string: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  integer: { en: 'a whole number', zh: '整数' },
  array: { en: 'a list', zh: '列表' },
  object: { en: 'a mapping', zh: '映射' },
  boolean: { en: 'true or false', zh: '布尔值' },
};

function titleOf(s: unknown): string {
  const t = (s as { title?: string } | undefined)?.title;
  return t ? t.split(' · ')[0] : 'a valid value';
}
const defs = (schema as { definitions: Record<string, unknown> }).definitions;
function refTitle(ref: unknown): string {
  const name = typeof ref === 'string' ? ref.split('/').pop()! : '';
  return titleOf(defs[name]);
}

function message(e: AjvError, where: string): Msg {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return {
        en: `${where} is missing the required field '${p.missingProperty}'`,
        zh: `${where}缺少必填字段“${p.missingProperty}”`,
      };
    case 'dependencies':
      return {
        en: `a file with '${p.property}' needs a 'plan' section (id, title, period)`,
        zh: `含有“${p.property}”的文件需要“plan”部分（id、title、period）`,
      };
    case 'additionalProperties': {
      const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      const guess = closest(String(p.additionalProperty), known);
      const hint = guess
        ? { en: `; did you mean '${guess}'?`, zh: `；是否应为“${guess}”？` }
        : { en: ` (known: ${known.join(', ')})`, zh: `（可用字段：${known.join('、')}）` };
      return {
        en: `unknown field '${p.additionalProperty}'${hint.en}`,
        zh: `未知字段“${p.additionalProperty}”${hint.zh}`,
      };
    }
    case 'type': {
      const types = String(p.type).split(',');
      const want = types.map(t => TYPE_WORDS[t] ?? { en: t, zh: t });
      return {
        en: `${where} must be ${want.map(w => w.en).join(' or ')}, not ${typeName(e.data)}`,
        zh: `${where}应为${want.map(w => w.zh).join('或')}，而不是${typeName(e.data)}`,
      };
    }
    case 'enum': {
      const name = (e as { propertyName?: string }).propertyName;
      if (name !== undefined) {
        // A name that must be one of a list (a rule code under `rules`).
        const guess = closest(name, p.allowedValues as string[]);
        const kind =
          where === "'rules'" ? { en: 'rule', zh: '规则' } : { en: `name in ${where}`, zh: `${where}中的名称` };
        const hint = guess ? { en: `; did you mean '${guess}'?`, zh: `；是否应为“${guess}”？` } : { en: '', zh: '' };
        return { en: `unknown ${kind.en} '${name}'${hint.en}`, zh: `未知${kind.zh}“${name}”${hint.zh}` };
      }
      const allowed = (p.allowedValues as unknown[]).join(', ');
      return {
        en: `'${String(e.data)}' is not allowed for ${where}; use one of: ${allowed}`,
        zh: `${where}不能为“${String(e.data)}”，可选值：${allowed}`,
      };
    }
    case 'const':
      return {
        en: `${where} must be ${JSON.stringify(p.allowedValue)}`,
        zh: `${where}必须为 ${JSON.stringify(p.allowedValue)}`,
      };
    case 'pattern':
      return {
        en: `'${String(e.data)}' is not a source anchor: write doc#pN, { doc, para } or { doc, quote }`,
        zh: `“${String(e.data)}”不是来源锚点：应写作 文档#p段号、{ doc, para } 或 { doc, quote }`,
      };
    case 'minItems':
      return { en: `${where} needs at least ${p.limit} item(s)`, zh: `${where}至少需要${p.limit}项` };
    case 'maxItems':
      return { en: `${where} has more than ${p.limit} items`, zh: `${where}超过${p.limit}项` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { en: `${where} must be ${p.comparison} ${p.limit}`, zh: `${where}必须 ${p.comparison} ${p.limit}` };
    case 'minLength':
      return { en: `${where} must not be empty`, zh: `${where}不能为空` };
    case 'anyOf': {
      const branches = ((e.parentSchema?.anyOf as unknown[]) ?? []).map(b => {
        const r = (b as { $ref?: string }).$ref;
        if (r) return refTitle(r);
        const t = (b as { type?: string | string[] }).type;
        return Array.isArray(t) ? 'a quantity' : t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : 'text';
      });
      return {
        en: `${where} must be ${branches.join(' or ')}`,
        zh: `${where}格式不正确，应为：${branches.join(' 或 ')}`,
      };
    }
    default:
      return { en: `${where}: ${e.message ?? 'invalid'}`, zh: `${where}：${e.message ?? '无效'}` };
  }
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** The problems of a parsed YAML document against a schema's validator: the plan's by default. */
export function schemaProblems(
  doc: Document.Parsed,
  js?: () => unknown,
  validator: Validator = validate,
): SchemaProblem[] {
  const data = js ? js() : plainJs(doc, 1000);
  if (validator(data)) return [];
  const errors = validator.errors ?? [];
  // Where a field may take several shapes (anyOf), report only what the shape the author chose
  // got wrong; only when no shape fits, report the anyOf itself.
  const anyOfPaths = new Set(errors.filter(e => e.keyword === 'anyOf').map(e => e.instancePath));
  // Counted once, not searched per anyOf: the errors below each path, and the type/anyOf errors at it.
  const paths = errors.map(e => e.instancePath).sort();
  const atPath = new Map<string, number>();
  for (const e of errors)
    if (e.keyword === 'type' || e.keyword === 'anyOf')
      atPath.set(e.instancePath, (atPath.get(e.instancePath) ?? 0) + 1);
  const kept = errors.filter(e => {
    if (e.keyword === 'anyOf') return countWithPrefix(paths, e.instancePath) - (atPath.get(e.instancePath) ?? 0) === 0;
    return !(e.keyword === 'type' && anyOfPaths.has(e.instancePath));
  });
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const index: KeyIndex = new WeakMap();
  for (const [i, e] of kept.entries()) {
    if (out.length === MAX_SCHEMA_PROBLEMS) {
      const n = kept.length - i;
      out.push({
        span: { start: 0, end: 0 },
        message: { en: `and ${n} more schema problem(s) in this file`, zh: `本文件另有${n}处结构问题` },
      });
      break;
    }
    const path = decode(e.instancePath);
    const { node, keySpan } = nodeAt(doc, path, index);
    const last = path[path.length - 1];
    const where =
      last === undefined
        ? 'the file'
        : /^\d+$/.test(last)
          ? `item ${Number(last) + 1} of '${path[path.length - 2]}'`
          : `'${last}'`;
    let span: Span | undefined;
    const name = (e as { propertyName?: string }).propertyName;
    if (e.keyword === 'propertyNames') continue; // said by the enum error on the name itself
    if (name !== undefined) span = nodeAt(doc, [...path, name], index).keySpan;
    else if (e.keyword === 'additionalProperties')
      span = nodeAt(doc, [...path, String(e.params.additionalProperty)], index).keySpan;
    else if (e.keyword === 'dependencies') span = nodeAt(doc, [String(e.params.property)], index).keySpan;
    else if (e.keyword === 'required') span = keySpan ?? spanOf(node);
    else span = spanOf(node) ?? keySpan;
    span ??= { start: 0, end: 0 };
    const msg = message(e, where);
    const k = `${span.start}:${msg.en}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ span, message: msg });
  }
  return out;
}
