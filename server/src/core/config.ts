/** `planlint.config.yaml`: per-rule severities, the growth tolerance and limits, shared by the CLI and the editor. */
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import type { Msg, Severity } from './diagnostics';
import type { Span } from './text/lineIndex';
import type { Limits } from './workspace/host';
import { RULE_CODES } from './rules/meta';
import { DIMENSIONS, isBuiltInUnit, dimensionBase, type BaseUnit, type UserUnits } from './quantity/units';

export type RuleSetting = Severity | 'off';
export interface PlanlintConfig {
  rules: Record<string, RuleSetting>;
  /** Percentage points a year. */
  growthTolerance: number;
  /** Resource limits (set at the workspace root). */
  limits?: Partial<Limits>;
  /** Units the config adds (`units:`). */
  units?: UserUnits;
}
/** A problem of a config file, where it is: a config with any problem is not applied. */
export interface ConfigProblem { message: Msg; span: Span }
export const DEFAULT_CONFIG: PlanlintConfig = { rules: {}, growthTolerance: 0.5 };
export const CONFIG_FILE = 'planlint.config.yaml';

const LIMIT_KEYS: Record<string, keyof Limits> = {
  max_plan_bytes: 'maxPlanBytes', max_source_bytes: 'maxSourceBytes', max_include_depth: 'maxIncludeDepth',
  max_nesting_depth: 'maxNestingDepth', max_alias_expansions: 'maxAliasExpansions',
};
const SETTINGS = new Set(['error', 'warning', 'info', 'hint', 'off']);
const SEVERITIES = 'error, warning, info, hint, off';

/** A short, escaped excerpt of text from the file: a problem never echoes a whole value. */
export function excerpt(value: unknown): string {
  const s = String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const spanOf = (n: Node | null | undefined, fallback: Span): Span =>
  n?.range ? { start: n.range[0], end: n.range[1] } : fallback;

/** Parses a config file; problems keep their positions so each host can show them its way. */
export function parseConfig(text: string): { config: PlanlintConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const whole = { start: 0, end: 0 };
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const first = e.message.split('\n')[0];
    return { config: DEFAULT_CONFIG, problems: [{ span: { start: e.pos[0], end: e.pos[1] },
      message: { en: `not valid YAML: ${first}`, zh: `不是有效的 YAML：${first}` } }] };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config: DEFAULT_CONFIG, problems };
  if (!isMap(root)) {
    return { config: DEFAULT_CONFIG, problems: [{ span: spanOf(root, whole), message: {
      en: 'expected a mapping with `rules`, `growth_tolerance` and `limits`', zh: '应为包含 `rules`、`growth_tolerance` 和 `limits` 的映射' } }] };
  }
  const config: PlanlintConfig = { rules: {}, growthTolerance: DEFAULT_CONFIG.growthTolerance };
  const add = (n: Node | null | undefined, en: string, zh: string) => problems.push({ span: spanOf(n, whole), message: { en, zh } });
  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as Node | null;
    const scalar = isScalar(value) ? value.value : undefined;
    if (key === 'rules') readRules(value, config, add);
    else if (key === 'limits') readLimits(value, config, add);
    else if (key === 'units') readUnits(value, config, add);
    else if (key === 'growth_tolerance') {
      if (typeof scalar === 'number' && scalar >= 0 && Number.isFinite(scalar)) config.growthTolerance = scalar;
      else add(value ?? keyNode, '`growth_tolerance` must be a number of percentage points, 0 or more', '`growth_tolerance` 应为百分点数，不小于 0');
    } else {
      add(keyNode, `unknown setting '${excerpt(key)}' (known: rules, growth_tolerance, limits, units)`,
        `未知设置“${excerpt(key)}”（可用：rules、growth_tolerance、limits、units）`);
    }
  }
  return { config, problems };
}

type Add = (n: Node | null | undefined, en: string, zh: string) => void;

function readRules(node: Node | null, config: PlanlintConfig, add: Add): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) { add(node, `\`rules\` must map rule codes to ${SEVERITIES}`, `\`rules\` 应将规则代码映射为 ${SEVERITIES}`); return; }
  for (const pair of node.items) {
    const k = pair.key as Node, v = pair.value as Node | null;
    const code = isScalar(k) ? String(k.value) : '';
    if (!RULE_CODES.has(code)) { add(k, `unknown rule '${excerpt(code)}'`, `未知规则“${excerpt(code)}”`); continue; }
    const setting = isScalar(v) ? v.value : undefined;
    if (typeof setting !== 'string' || !SETTINGS.has(setting)) {
      add(v ?? k, `rule '${code}': '${excerpt(setting ?? '')}' is not one of ${SEVERITIES}`,
        `规则 ${code}：“${excerpt(setting ?? '')}”不是 ${SEVERITIES} 之一`);
      continue;
    }
    config.rules[code] = setting as RuleSetting;
  }
}

function readLimits(node: Node | null, config: PlanlintConfig, add: Add): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) { add(node, '`limits` must be a mapping', '`limits` 应为映射'); return; }
  config.limits = {};
  for (const pair of node.items) {
    const k = pair.key as Node, v = pair.value as Node | null;
    const name = isScalar(k) ? LIMIT_KEYS[String(k.value)] : undefined;
    if (!name) {
      const known = Object.keys(LIMIT_KEYS).join(', ');
      add(k, `unknown limit '${excerpt(isScalar(k) ? k.value : '')}' (known: ${known})`, `未知限制“${excerpt(isScalar(k) ? k.value : '')}”（可用：${known}）`);
      continue;
    }
    const n = isScalar(v) ? v.value : undefined;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
      add(v ?? k, `limit '${String((k as { value: unknown }).value)}' must be a whole number, 1 or more`,
        `限制 ${String((k as { value: unknown }).value)} 应为不小于 1 的整数`);
      continue;
    }
    config.limits[name] = n;
  }
}

/** `units:` — `标箱: { dimension: containers }` (a new dimension), `海里: { dimension: length, factor: 1852 }`. */
function readUnits(node: Node | null, config: PlanlintConfig, add: Add): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) { add(node, '`units` must map unit names to { dimension, factor }', '`units` 应将单位名映射为 { dimension, factor }'); return; }
  const units: Record<string, BaseUnit> = {};
  for (const pair of node.items) {
    const k = pair.key as Node, v = pair.value as Node | null;
    const name = isScalar(k) ? String(k.value).trim() : '';
    const dim = isMap(v) ? v.get('dimension') : undefined;
    const factor = isMap(v) ? v.get('factor') : undefined;
    if (!name || isBuiltInUnit(name)) {
      add(k, `'${excerpt(name)}' is a built-in unit and cannot be redefined`, `“${excerpt(name)}”是内置单位，不能重新定义`);
      continue;
    }
    if (typeof dim !== 'string' || !dim.trim()) {
      add(v ?? k, `unit '${excerpt(name)}' needs a \`dimension\``, `单位“${excerpt(name)}”需要 dimension`);
      continue;
    }
    const known = DIMENSIONS[dim] !== undefined || dimensionBase(dim) !== undefined;
    if (factor !== undefined && (typeof factor !== 'number' || !(factor > 0) || !Number.isFinite(factor))) {
      add(v, `unit '${excerpt(name)}': \`factor\` must be a positive number`, `单位“${excerpt(name)}”：factor 应为正数`);
      continue;
    }
    if (factor !== undefined && !dimensionBase(dim)) {
      add(v, `unit '${excerpt(name)}': dimension '${excerpt(dim)}' has no built-in base unit for a factor to convert to`,
        `单位“${excerpt(name)}”：量纲“${excerpt(dim)}”没有内置基本单位，不能设置 factor`);
      continue;
    }
    units[name] = { dim: known || factor === undefined ? dim : dim, factor: typeof factor === 'number' ? factor : 1 };
  }
  if (Object.keys(units).length) config.units = { key: JSON.stringify(units), units };
}

/** Later settings win: the config file, then one user's editor settings. */
export function mergeConfig(base: PlanlintConfig, over: Partial<PlanlintConfig>): PlanlintConfig {
  return {
    rules: { ...base.rules, ...over.rules }, growthTolerance: over.growthTolerance ?? base.growthTolerance,
    limits: { ...base.limits, ...over.limits }, units: over.units ?? base.units,
  };
}
