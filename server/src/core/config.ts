/** `planlint.config.yaml`: per-rule severities, the growth tolerance and limits, shared by the CLI and the editor. */
import { isScalar, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { Msg, Severity } from './diagnostics';
import type { Span } from './text/lineIndex';
import type { Limits } from './workspace/host';
import { isBuiltInUnit, dimensionBase, type BaseUnit, type UserUnits } from './quantity/units';
import validateConfig from './schema/config-validator.generated.js';
import { schemaProblems } from './schema/validate';

export type RuleSetting = Severity | 'off';
export interface PlanlintConfig {
  rules: Record<string, RuleSetting>;
  /** Percentage points a year. */
  growthTolerance: number;
  /** Percent of the way from a path's start to its target (`schedule_tolerance`); default 10. */
  scheduleTolerance?: number;
  /** Resource limits (set at the workspace root). */
  limits?: Partial<Limits>;
  /** Units the config adds (`units:`). */
  units?: UserUnits;
  /** `require_disable_reason`: a `planlint-disable` comment silences only with a `-- reason`. */
  requireDisableReason?: boolean;
}
/** A problem of a config file, where it is: a config with any problem is not applied. */
export interface ConfigProblem {
  message: Msg;
  span: Span;
}
export const DEFAULT_CONFIG: PlanlintConfig = { rules: {}, growthTolerance: 0.5 };
export const CONFIG_FILE = 'planlint.config.yaml';

const LIMIT_KEYS: Record<string, keyof Limits> = {
  max_plan_bytes: 'maxPlanBytes',
  max_source_bytes: 'maxSourceBytes',
  max_include_depth: 'maxIncludeDepth',
  max_nesting_depth: 'maxNestingDepth',
  max_alias_expansions: 'maxAliasExpansions',
};

/** A short, escaped excerpt of text from the file: a problem never echoes a whole value. */
export function excerpt(value: unknown): string {
  const s = String(value).replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const spanOf = (n: Node | null | undefined): Span | undefined =>
  n?.range ? { start: n.range[0], end: n.range[1] } : undefined;

/**
 * Parses a config file: its shape is checked by schemas/config.schema.json (ajv standalone, as for
 * plans), what a schema cannot say (user units) here; problems keep their positions.
 */
export function parseConfig(text: string): { config: PlanlintConfig; problems: ConfigProblem[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const first = e.message.split('\n')[0];
    return {
      config: DEFAULT_CONFIG,
      problems: [
        {
          span: { start: e.pos[0], end: e.pos[1] },
          message: { en: `not valid YAML: ${first}`, zh: `不是有效的 YAML：${first}` },
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 10 });
  } catch {
    return {
      config: DEFAULT_CONFIG,
      problems: [
        {
          span: { start: 0, end: 0 },
          message: {
            en: 'YAML aliases expand too far for a config',
            zh: '配置中的 YAML 别名展开过多',
          },
        },
      ],
    };
  }
  const problems: ConfigProblem[] = schemaProblems(doc, () => data, validateConfig)
    .map(p => ({
      span: p.span,
      message: { en: excerptQuoted(p.message.en), zh: excerptQuoted(p.message.zh) },
    }))
    .sort((a, b) => a.span.start - b.span.start);
  const raw = (data ?? {}) as {
    rules?: Record<string, RuleSetting>;
    growth_tolerance?: number;
    schedule_tolerance?: number;
    limits?: Record<string, number>;
    units?: Record<string, { dimension: string; factor?: number; additive?: boolean }>;
    require_disable_reason?: boolean;
  };
  const config: PlanlintConfig = { rules: {}, growthTolerance: DEFAULT_CONFIG.growthTolerance };
  if (problems.length) return { config, problems };
  Object.assign(config.rules, raw.rules ?? {});
  if (raw.growth_tolerance !== undefined) config.growthTolerance = raw.growth_tolerance;
  if (raw.schedule_tolerance !== undefined) config.scheduleTolerance = raw.schedule_tolerance;
  if (raw.require_disable_reason) config.requireDisableReason = true;
  if (raw.limits) {
    config.limits = {};
    for (const [k, v] of Object.entries(raw.limits)) config.limits[LIMIT_KEYS[k]] = v;
  }
  if (raw.units) readUnits(doc, raw.units, config, problems);
  return { config, problems };
}

/** Values quoted in a problem are cut short and escaped: a config never echoes what it rejects. */
function excerptQuoted(message: string): string {
  return message.replace(/(['“])([^'”]*)(['”])/g, (_, a: string, v: string, b: string) => `${a}${excerpt(v)}${b}`);
}

/** What the schema cannot say of `units:`: a built-in unit redefined, a factor with nothing to convert to. */
function readUnits(
  doc: Document.Parsed,
  units: Record<string, { dimension: string; factor?: number; additive?: boolean }>,
  config: PlanlintConfig,
  problems: ConfigProblem[],
): void {
  const out: Record<string, BaseUnit> = {};
  const map = doc.get('units', true) as YAMLMap | undefined;
  for (const [name, u] of Object.entries(units)) {
    const pair = map?.items.find(p => isScalar(p.key) && String(p.key.value) === name);
    const span = spanOf(pair?.key as Node | undefined) ?? { start: 0, end: 0 };
    if (isBuiltInUnit(name.trim())) {
      problems.push({
        span,
        message: {
          en: `'${excerpt(name)}' is a built-in unit and cannot be redefined`,
          zh: `“${excerpt(name)}”是内置单位，不能重新定义`,
        },
      });
    } else if (u.factor !== undefined && !dimensionBase(u.dimension)) {
      problems.push({
        span,
        message: {
          en:
            `unit '${excerpt(name)}': dimension '${excerpt(u.dimension)}' has no built-in base unit for a factor ` +
            `to convert to`,
          zh: `单位“${excerpt(name)}”：量纲“${excerpt(u.dimension)}”没有内置基本单位，不能设置 factor`,
        },
      });
    } else
      out[name.trim()] = {
        dim: u.dimension,
        factor: u.factor ?? 1,
        ...(u.additive === false ? { additive: false } : {}),
      };
  }
  if (problems.length) return;
  if (Object.keys(out).length) config.units = { key: JSON.stringify(out), units: out };
}

/** Later settings win: the config file, then one user's editor settings. */
export function mergeConfig(base: PlanlintConfig, over: Partial<PlanlintConfig>): PlanlintConfig {
  return {
    rules: { ...base.rules, ...over.rules },
    growthTolerance: over.growthTolerance ?? base.growthTolerance,
    scheduleTolerance: over.scheduleTolerance ?? base.scheduleTolerance,
    limits: { ...base.limits, ...over.limits },
    units: over.units ?? base.units,
    requireDisableReason: over.requireDisableReason ?? base.requireDisableReason,
  };
}
